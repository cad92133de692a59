import { gapMonths, monthIndex } from "../../lib/dates";
import type { MedicalEntry } from "../answers";
import { inForce } from "../dated";
import { GAP_RULES, RESIDENT_WAITING } from "../data/national/continuity";
import { LOCAL_POLICIES } from "../data/local";
import type { Conclusion } from "../types";
import type { Profile } from "./profile";
import type { Target } from "./target";

export interface Continuity {
  /** Whole months without cover between the old enrolment and the new one. */
  gapMonths: number;
  waiting: "none" | "new_place_rules";
  backpayMonths: number;
  because: Conclusion[];
  /** What the waiting period is under the rules in force, when there is one. */
  waitingDetail?: Conclusion;
}

function coveredMonths(e: MedicalEntry, until: string): number {
  return monthIndex(e.to ?? until) - monthIndex(e.from) + 1;
}

/**
 * Gap and waiting period on moving from `prev` to `target` (人社部发〔2015〕80号 三; 医保办发〔2021〕43号
 * 待遇衔接; 国办发〔2024〕38号 for 居民医保 from 2025).
 */
export function continuity(p: Profile, prev: MedicalEntry, target: Target): Continuity | undefined {
  const rule = inForce(GAP_RULES, p.asOf);
  if (!rule) return undefined;
  const gap = prev.to !== undefined && prev.to < p.start ? gapMonths(prev.to, p.start) : 0;
  const crossScheme = prev.scheme !== target.scheme;
  const because: Conclusion[] = [
    {
      code:
        gap === 0
          ? prev.to && prev.to < p.start
            ? "gap.none_between"
            : "gap.overlap"
          : p.startGiven
            ? "gap.counted"
            : "gap.counted_if_now",
      params: { months: gap, start: p.start.slice(0, 7), ...(prev.to ? { last: prev.to.slice(0, 7) } : {}) },
      cites: [rule.cite],
    },
  ];
  const shortEnough = gap <= rule.value.maxGapWithoutWaiting;
  const crossOk =
    !crossScheme ||
    rule.value.crossSchemeMinMonths === undefined ||
    coveredMonths(prev, p.start) >= rule.value.crossSchemeMinMonths;
  if (shortEnough && crossOk) {
    because.push({
      code: gap > 0 ? "gap.backpay_no_waiting" : "gap.none_no_waiting",
      params: { max: rule.value.maxGapWithoutWaiting, months: gap },
      cites: [rule.cite, { source: "rsbf-2015-80", clause: "三、妥善处理医保关系转移接续中的有关权益" }],
    });
    return { gapMonths: gap, waiting: "none", backpayMonths: gap, because };
  }
  if (shortEnough && !crossOk) {
    because.push({
      code: "gap.cross_scheme_needs_2_years",
      params: { months: rule.value.crossSchemeMinMonths ?? 24 },
      cites: [rule.cite],
    });
  }
  return {
    gapMonths: gap,
    waiting: "new_place_rules",
    backpayMonths: 0,
    because,
    waitingDetail: waitingDetail(p, target, gap),
  };
}

function waitingDetail(p: Profile, target: Target, gap: number): Conclusion {
  if (target.scheme === "resident") {
    const rw = inForce(RESIDENT_WAITING, p.asOf);
    if (rw) {
      const yearsMissed = Math.floor(gap / 12);
      return {
        code: "waiting.resident_38",
        params: {
          fixed: rw.value.fixedMonths,
          perYear: rw.value.perYearMissedMonths,
          yearsMissed,
          total: rw.value.fixedMonths + yearsMissed * rw.value.perYearMissedMonths,
          longBreakYears: rw.value.longBreakYears,
          minTotal: rw.value.minTotalMonths,
        },
        cites: [rw.cite],
      };
    }
  }
  const local = LOCAL_POLICIES.get(p.city.code)?.flexibleWaitingMonths;
  const rule = inForce(GAP_RULES, p.asOf);
  if (target.scheme === "staff" && p.answers.work !== "employee" && local && target.city === p.city.code) {
    return {
      code: "waiting.staff_local",
      params: { months: local.value, city: p.city.short, seen: local.seen },
      cites: [local.cite],
    };
  }
  if (rule?.value.maxWaitingMonths !== undefined) {
    return { code: "waiting.staff_max", params: { max: rule.value.maxWaitingMonths }, cites: [rule.cite] };
  }
  return {
    code: "waiting.local_rules",
    cites: rule ? [rule.cite] : [{ source: "rsbf-2015-80", clause: "三" }],
  };
}
