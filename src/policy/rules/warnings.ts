import { findCity } from "../data/regions";
import { LOCAL_POLICIES } from "../data/local";
import { NATIONAL_HUKOU_LIFT } from "../data/national/continuity";
import type { Conclusion } from "../types";
import type { MedicalOption } from "./medical-options";
import type { Profile } from "./profile";
import type { Recommendation } from "./recommend";
import { sameEnrolment, type Target } from "./target";
import type { TransferAdvice } from "./transfer";

const NO_DOUBLE = [
  { source: "rsbf-2009-191", clause: "第二条（不得同时参加和重复享受待遇）" },
  { source: "rsbf-2015-80", clause: "一（参加职工医保的，不再享受原参保地居民医保待遇）" },
];

/** Two basic schemes at once, now or once the new enrolment starts: benefits come from one only. */
export function duplicateWarning(p: Profile, target: Target | undefined): Conclusion | undefined {
  const others = target ? p.ongoing.filter((e) => !sameEnrolment(e, target)) : [];
  const alreadyTwo = p.ongoing.length >= 2;
  if (!alreadyTwo && (!target || others.length === 0 || p.ongoing.length === 0)) return undefined;
  const other = others[0] ?? p.ongoing[0];
  if (!other) return undefined;
  const toStaff = target?.scheme === "staff" && other.scheme === "resident";
  const because: Conclusion[] = toStaff
    ? [
        {
          code: "duplicate.resident_paused_when_staff_starts",
          cites: [{ source: "transfer-checks-guide" }, ...NO_DOUBLE],
        },
      ]
    : [
        {
          code: "duplicate.stop_other",
          params: { city: findCity(other.city)?.short ?? "" },
          cites: NO_DOUBLE,
        },
      ];
  // Switching from one 居民医保 to another happens at the yearly renewal: no overlap if the old is not renewed.
  if (!alreadyTwo && target?.scheme === "resident" && other.scheme === "resident") return undefined;
  return {
    code: "warning.duplicate_enrolment",
    params: { scheme: other.scheme, city: findCity(other.city)?.short ?? "" },
    cites: NO_DOUBLE,
    because,
  };
}

export function gapWarning(t: TransferAdvice | undefined, cont = t?.continuity): Conclusion | undefined {
  if (!cont || cont.waiting !== "new_place_rules" || cont.gapMonths <= 3) return undefined;
  return {
    code: "warning.gap_over_3_months",
    params: { months: cont.gapMonths },
    cites: cont.because.flatMap((c) => c.cites),
    ...(cont.waitingDetail ? { because: [cont.waitingDetail] } : {}),
  };
}

/** 居民医保 is paid once a year in an enrolment period; outside it a fixed waiting period applies (38号). */
export function enrolmentWindowWarning(
  p: Profile,
  options: readonly MedicalOption[],
): Conclusion | undefined {
  if (!options.some((o) => o.code.startsWith("resident") && o.status !== "closed")) return undefined;
  const window =
    LOCAL_POLICIES.get(p.city.code)?.enrolmentWindow ??
    LOCAL_POLICIES.get(p.city.provinceCode)?.enrolmentWindow;
  return {
    code: "warning.enrolment_window",
    params: window
      ? {
          city: p.city.short,
          from: window.from,
          to: window.to,
          ...(window.extension ? { extension: window.extension } : {}),
        }
      : {},
    cites: [
      { source: "gbf-2024-38", clause: "未在集中参保期内参保的，设置固定待遇等待期3个月" },
      ...(window ? [window.cite] : []),
    ],
  };
}

/** Apply for a 居住证 first, when an option opens only with one. */
export function permitAction(p: Profile, options: readonly MedicalOption[]): Conclusion | undefined {
  const waiting = options.filter((o) => o.status === "after_step");
  if (waiting.length === 0) return undefined;
  const receipt = LOCAL_POLICIES.get(p.city.code)?.receiptAccepted;
  return {
    code: "action.apply_residence_permit",
    params: {
      city: p.city.short,
      options: waiting.map((o) => o.code).join(","),
      receiptAccepted: receipt?.value ? 1 : 0,
    },
    cites: [
      { source: "gwjcf-2016-23", clause: "第十条（依据《居住证暂行条例》办理居住证）" },
      ...(receipt ? [receipt.cite] : []),
    ],
  };
}

/** For options the sources cannot confirm here: say so, give the national rule, say whom to ask. */
export function unconfirmedNotice(
  p: Profile,
  options: readonly MedicalOption[],
  rec: Recommendation,
): Conclusion | undefined {
  const unsure = options.filter(
    (o) => o.status === "unconfirmed" || (o.status === "conditional" && !o.sameAs),
  );
  if (unsure.length === 0) return undefined;
  const hints = LOCAL_POLICIES.get(p.city.code)?.hints ?? [];
  return {
    code: "notice.city_rule_unconfirmed",
    params: {
      city: p.city.short,
      options: unsure.map((o) => o.code).join(","),
      ...(rec.better ? { better: rec.better.code } : {}),
    },
    cites: [
      ...(p.asOf >= NATIONAL_HUKOU_LIFT.on ? NATIONAL_HUKOU_LIFT.cites : []),
      { source: "hotline-12393" },
    ],
    because: [
      ...unsure.flatMap((o) =>
        o.because.filter((b) => b.code.startsWith("city.") || b.code.startsWith("permit.")),
      ),
      ...hints.map((h) => ({ code: `hint.${h.code}`, cites: [h.cite] })),
    ],
  };
}
