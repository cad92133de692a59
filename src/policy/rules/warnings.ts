import type { WindowParams } from "../codes/medical";
import { inForce } from "../dated";
import { findCity } from "../data/regions";
import { LOCAL_POLICIES } from "../data/local";
import type { EnrolmentWindow } from "../data/local/types";
import { GAP_RULES, NATIONAL_HUKOU_LIFT } from "../data/national/continuity";
import type { Citation, Conclusion } from "../types";
import type { Continuity } from "./continuity";
import { coverageYear } from "./coverage";
import type { MedicalOption } from "./medical-options";
import type { Profile } from "./profile";
import type { Recommendation } from "./recommend";
import type { TransferAdvice } from "./transfer";
import { sameEnrolment, type Target } from "./target";

const NO_DOUBLE: Citation[] = [
  { source: "rsbf-2009-191", clause: "第二条（不得同时参加和重复享受待遇）" },
  { source: "rsbf-2015-80", clause: "一（参加职工医保的，不再享受原参保地居民医保待遇）" },
];

/** Two basic schemes at once, now or once the new enrolment starts: benefits come from one only. */
export function duplicateWarning(
  p: Profile,
  target: Target | undefined,
  transfer?: TransferAdvice,
): Conclusion | undefined {
  const others = target ? p.ongoing.filter((e) => !sameEnrolment(e, target)) : [];
  const alreadyTwo = p.ongoing.length >= 2;
  if (!alreadyTwo && (!target || others.length === 0 || p.ongoing.length === 0)) return undefined;
  const other = others[0] ?? p.ongoing[0];
  if (!other) return undefined;
  // Switching from one 居民医保 to another happens at the yearly renewal: no overlap if the old is not renewed.
  if (!alreadyTwo && target?.scheme === "resident" && other.scheme === "resident") return undefined;
  const city = findCity(other.city)?.short ?? "";
  const toStaff = target?.scheme === "staff" && other.scheme === "resident";
  // The transfer's first step already says the resident year runs on and then pauses: do not say it twice.
  const saidInSteps = transfer?.steps.some((s) => s.code === "step.resident_pauses") ?? false;
  if (toStaff && saidInSteps) {
    return { code: "warning.duplicate_enrolment", params: { scheme: other.scheme, city }, cites: NO_DOUBLE };
  }
  return {
    code: "warning.duplicate_enrolment",
    params: { scheme: other.scheme, city },
    cites: NO_DOUBLE,
    because: [
      toStaff
        ? {
            code: "duplicate.resident_paused_when_staff_starts",
            cites: [{ source: "resident-to-staff-guide" }, ...NO_DOUBLE],
          }
        : { code: "duplicate.stop_other", params: { city }, cites: NO_DOUBLE },
    ],
  };
}

/** A gap longer than 43号's back-payable months: a waiting period and lost continuity (any scheme, any move). */
export function gapWarning(
  p: Profile,
  cont: Continuity | undefined,
  target?: Target,
): Conclusion | undefined {
  const max = inForce(GAP_RULES, p.asOf)?.value.maxGapWithoutWaiting;
  if (!cont || !target || max === undefined || cont.gapMonths <= max) return undefined;
  return {
    code: "warning.gap_over_3_months",
    params: { months: cont.gapMonths, scheme: target.scheme },
    cites: [...cont.because.flatMap((c) => c.cites), ...(cont.waitingDetail?.cites ?? [])],
  };
}

const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * The window the advice shows for asOf: a yearly rule gives the window of the coverage year being bought
 * now; a dated window is shown as it is, marked past once it has ended (never as current).
 */
export function windowFor(w: EnrolmentWindow, city: string, asOf: string): WindowParams {
  if (w.kind === "dated") {
    const end = w.to;
    return { city, coverageYear: w.coverageYear, from: w.from, to: w.to, past: end < asOf };
  }
  let year = coverageYear(asOf);
  const window = (y: number) => {
    const extensionTo =
      w.extensionToMonth !== undefined
        ? `${y}-${String(w.extensionToMonth).padStart(2, "0")}-${lastDay(y, w.extensionToMonth)}`
        : undefined;
    return {
      city,
      coverageYear: y,
      from: `${y - 1}-${w.from}`,
      to: `${y - 1}-${w.to}`,
      ...(extensionTo ? { extensionTo } : {}),
    };
  };
  let found = window(year);
  // Past the window (and its extension) of this year's cover: the next one opens later this year.
  if ((found.extensionTo ?? found.to) < asOf) {
    year += 1;
    found = window(year);
  }
  return { ...found, past: false };
}

/** 居民医保 is paid once a year in an enrolment period; outside it a fixed waiting period applies (38号). */
export function enrolmentWindowWarning(
  p: Profile,
  options: readonly MedicalOption[],
): Conclusion | undefined {
  if (!options.some((o) => o.code.startsWith("resident") && o.status !== "closed")) return undefined;
  // The city's own window, else its province's (长沙 has rules of its own but takes 湖南's window).
  const window =
    LOCAL_POLICIES.get(p.city.code)?.enrolmentWindow ??
    LOCAL_POLICIES.get(p.city.provinceCode)?.enrolmentWindow;
  return {
    code: "warning.enrolment_window",
    params: window ? { window: windowFor(window, p.city.short, p.asOf) } : {},
    cites: [
      { source: "gbf-2024-38", clause: "未在居民医保集中参保期内参保的，设置固定待遇等待期3个月" },
      ...(window ? [window.cite] : []),
    ],
  };
}

/**
 * Apply for a 居住证 first: only for options whose local rule is open to 居住证 holders (status after_step).
 * A closed, conditional or unconfirmed route never becomes "get a permit, then join".
 */
export function permitAction(p: Profile, options: readonly MedicalOption[]): Conclusion | undefined {
  const waiting = options.filter((o) => o.status === "after_step");
  if (waiting.length === 0) return undefined;
  const receipt =
    LOCAL_POLICIES.get(p.city.code)?.receiptAccepted ??
    LOCAL_POLICIES.get(p.city.provinceCode)?.receiptAccepted;
  return {
    code: "action.apply_residence_permit",
    params: {
      city: p.city.short,
      options: waiting.map((o) => o.code),
      receiptAccepted: receipt?.value === true,
      applying: p.permit === "applying",
      // A child's 居住证 is the parents': the parents are the ones to apply.
      forChild: p.child && p.age < 18,
    },
    cites: [
      { source: "gwjcf-2016-23", clause: "第十条（依据《居住证暂行条例》办理居住证）" },
      ...waiting.flatMap((o) => o.because.filter((b) => b.code === "city.open").flatMap((b) => b.cites)),
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
  const hints = (LOCAL_POLICIES.get(p.city.code)?.hints ?? []).map((h): Conclusion => ({
    code: `hint.${h.code}`,
    cites: [h.cite],
  }));
  return {
    code: "notice.city_rule_unconfirmed",
    params: {
      city: p.city.short,
      options: unsure.map((o) => o.code),
      ...(rec.better ? { better: rec.better.code } : {}),
    },
    cites: [
      ...(p.asOf >= NATIONAL_HUKOU_LIFT.on ? NATIONAL_HUKOU_LIFT.cites : []),
      { source: "hotline-12393" },
    ],
    ...(hints.length > 0 ? { because: hints } : {}),
  };
}
