import type { MedicalEntry } from "../answers";
import { earlierVersion, inForce } from "../dated";
import { findCity } from "../data/regions";
import { LOCAL_POLICIES } from "../data/local";
import { TRANSFER_PROCEDURE } from "../data/national/transfer-procedure";
import type { Conclusion } from "../types";
import { RESIDENT_COVERAGE_YEAR } from "../data/national/continuity";
import { continuity, type Continuity } from "./continuity";
import { coveredUntil } from "./coverage";
import type { Profile } from "./profile";
import type { Target } from "./target";

/**
 * required: must be applied for (职工医保 to 职工医保, 43号 情形①);
 * optional: may be applied for (between 职工医保 and 居民医保, 情形③);
 * next_year: 居民医保 to 居民医保 is done after enrolling for the next year (情形②);
 * automatic: the province starts it by itself (广西); not_needed: the province needs none (河北).
 */
export type TransferKind = "required" | "optional" | "next_year" | "automatic" | "not_needed";

export interface TransferAdvice {
  kind: TransferKind;
  from: MedicalEntry;
  to: Target;
  because: Conclusion[];
  continuity?: Continuity;
  /** What to do, in order. */
  steps: Conclusion[];
  /** Contribution years add up, and the personal account moves with the person. */
  yearsCombined: boolean;
  accountMoves: boolean;
  /** The same two facts as conclusions, with their sources. */
  outcomes: Conclusion[];
  /** "This changed on …": an older procedure that the one in force replaced. */
  changes: Conclusion[];
}

const SITUATIONS = { source: "transfer-situations-guide", clause: "三种情形" };

function kindOf(p: Profile, prev: MedicalEntry, target: Target): { kind: TransferKind; because: Conclusion } {
  const prevProvince = findCity(prev.city)?.provinceCode;
  const targetProvince = findCity(target.city)?.provinceCode;
  if (
    prev.scheme === "staff" &&
    target.scheme === "staff" &&
    prevProvince === targetProvince &&
    targetProvince
  ) {
    const within = LOCAL_POLICIES.get(targetProvince)?.staffTransferWithinProvince;
    if (within) {
      return {
        kind: within.value,
        because: {
          code:
            within.value === "automatic"
              ? "transfer.within_province_automatic"
              : "transfer.within_province_not_needed",
          params: { province: p.province.short },
          cites: [within.cite],
        },
      };
    }
  }
  if (prev.scheme === "staff" && target.scheme === "staff") {
    return {
      kind: "required",
      because: {
        code: "transfer.staff_to_staff",
        cites: [{ source: "ybbf-2021-43", clause: "职工医保制度内转移" }, SITUATIONS],
      },
    };
  }
  if (prev.scheme === "resident" && target.scheme === "resident") {
    return {
      kind: "next_year",
      because: {
        code: "transfer.resident_to_resident",
        cites: [{ source: "ybbf-2021-43", clause: "居民医保制度内转移" }, SITUATIONS],
      },
    };
  }
  return {
    kind: "optional",
    because: {
      code: "transfer.cross_scheme",
      cites: [{ source: "ybbf-2021-43", clause: "跨制度转移" }, SITUATIONS],
    },
  };
}

function steps(
  p: Profile,
  prev: MedicalEntry,
  target: Target,
  kind: TransferKind,
  cont?: Continuity,
): Conclusion[] {
  const oldCity = findCity(prev.city)?.short ?? "";
  const newCity = findCity(target.city)?.short ?? "";
  const ended = (coveredUntil(prev) ?? "9999-12-31") < p.start;
  const list: Conclusion[] = [];
  const certificate = [
    { source: "rsbf-2015-80", clause: "二、规范医保关系转移接续手续" },
    { source: "quanzhou-transfer-2022" },
  ];
  if (ended) list.push({ code: "step.certificate_old", params: { city: oldCity }, cites: certificate });
  else if (prev.scheme === "staff")
    list.push({ code: "step.stop_old", params: { city: oldCity }, cites: certificate });
  else if (target.scheme === "staff")
    // 居民医保 → 职工医保: never stop the paid year first; it covers during the staff waiting period.
    list.push({
      code: "step.resident_pauses",
      params: { city: oldCity },
      cites: RESIDENT_COVERAGE_YEAR.switchCites,
    });
  else
    list.push({
      code: "step.resident_next_year",
      params: { old: oldCity, city: newCity },
      cites: [{ source: "ybbf-2021-43", clause: "居民医保制度内转移" }, SITUATIONS],
    });
  list.push({
    code:
      p.answers.work === "employee" && target.scheme === "staff"
        ? "step.enrol_new_employer"
        : "step.enrol_new_self",
    params: { city: newCity },
    cites: [{ source: "transfer-checks-guide", clause: "转入地核实已参保" }],
  });
  if (cont && cont.backpayMonths > 0) {
    list.push({
      code: "step.backpay",
      params: { months: cont.backpayMonths },
      cites: cont.because.flatMap((c) => c.cites).slice(-2),
    });
  }
  if (kind === "not_needed") return list;
  const procedure = inForce(TRANSFER_PROCEDURE, p.asOf);
  if (kind === "automatic") {
    const within = LOCAL_POLICIES.get(findCity(target.city)?.provinceCode ?? "")?.staffTransferWithinProvince;
    list.push({
      code: "step.transfer_automatic",
      params: { province: p.province.short },
      cites: within ? [within.cite] : [SITUATIONS],
    });
    return list;
  }
  if (!procedure) {
    list.push({
      code: "step.apply_transfer_local",
      cites: [{ source: "rsbf-2015-80", clause: "二、规范医保关系转移接续手续" }],
    });
    return list;
  }
  const localApp =
    LOCAL_POLICIES.get(p.city.code)?.channels?.find((c) => c.for.includes("transfer")) ??
    LOCAL_POLICIES.get(p.province.code)?.channels?.find((c) => c.for.includes("transfer"));
  if (kind === "next_year") {
    list.push({ code: "step.apply_transfer_next_year", params: { city: newCity }, cites: [procedure.cite] });
  } else if (procedure.value.online) {
    list.push({
      code: "step.apply_transfer_online",
      params: { city: newCity, may: kind === "optional", ...(localApp ? { app: localApp.name } : {}) },
      cites: [procedure.cite, ...(localApp ? [localApp.cite] : [])],
    });
  } else {
    list.push({ code: "step.apply_transfer_office", cites: [procedure.cite] });
  }
  if (procedure.value.letterWorkingDays !== undefined) {
    list.push({
      code: "step.letter",
      params: { days: procedure.value.letterWorkingDays },
      cites: [procedure.cite],
    });
  }
  list.push(
    {
      code: "step.transfer_out",
      params: { days: procedure.value.outWorkingDays, city: oldCity, account: prev.scheme === "staff" },
      cites: [procedure.cite],
    },
    {
      code: "step.transfer_in",
      params: { days: procedure.value.inWorkingDays, city: newCity },
      cites: [procedure.cite],
    },
  );
  if (procedure.value.online) list.push({ code: "step.track_progress", cites: [procedure.cite] });
  list.push({
    code: "step.benefits_new_place",
    params: { city: newCity },
    cites: [{ source: "news-2025-hukou-lifted", clause: "待遇参照新参保地政策执行" }],
  });
  return list;
}

function changes(p: Profile): Conclusion[] {
  const now = inForce(TRANSFER_PROCEDURE, p.asOf);
  const before = now && earlierVersion(TRANSFER_PROCEDURE, now);
  if (!now || !before) return [];
  const total = (v: typeof now.value) => (v.letterWorkingDays ?? 0) + v.outWorkingDays + v.inWorkingDays;
  return [
    {
      code: "changed.transfer_procedure",
      params: { issued: now.from.slice(0, 7), before: total(before.value), now: total(now.value) },
      cites: [before.cite, now.cite],
    },
  ];
}

/** The 医保关系转移接续 for moving from `prev` to `target`, with its steps and time limits. */
export function transferAdvice(p: Profile, prev: MedicalEntry, target: Target): TransferAdvice | undefined {
  if (prev.city === target.city) return undefined;
  const { kind, because } = kindOf(p, prev, target);
  const cont = continuity(p, prev, target);
  const staffToStaff = prev.scheme === "staff" && target.scheme === "staff";
  const moves = staffToStaff && (kind === "required" || kind === "automatic");
  const clause = { source: "rsbf-2015-80", clause: "三、妥善处理医保关系转移接续中的有关权益" };
  const outcomes: Conclusion[] = moves
    ? [
        { code: "transfer.years_combined", cites: [clause] },
        {
          code: "transfer.account_moves",
          cites: [clause, { source: "ybbf-2021-43", clause: "个人账户划转" }],
        },
      ]
    : [];
  return {
    kind,
    from: prev,
    to: target,
    because: [because],
    ...(cont ? { continuity: cont } : {}),
    steps: steps(p, prev, target, kind, cont),
    yearsCombined: moves,
    accountMoves: moves,
    outcomes,
    changes: changes(p),
  };
}
