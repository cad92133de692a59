import { gapMonths, monthIndex, yearOf } from "../../lib/dates";
import type { MedicalEntry } from "../answers";
import { inForce } from "../dated";
import { GAP_RULES, RESIDENT_WAITING, RESIDENT_COVERAGE_YEAR } from "../data/national/continuity";
import { LOCAL_POLICIES } from "../data/local";
import type { Citation, Conclusion } from "../types";
import { coveredUntil, dayOf, isMonthEnd } from "./coverage";
import type { Profile } from "./profile";
import type { Target } from "./target";

export interface Continuity {
  /** Whole calendar months without cover between the old enrolment and the new one (SCENARIOS.md). */
  gapMonths: number;
  waiting: "none" | "new_place_rules";
  /** Months of 职工医保 to pay back to keep continuity (never months of 居民医保, which is paid by the year). */
  backpayMonths: number;
  /**
   * Whole months of continuous cover up to the switch, across cities and schemes; undefined when an
   * enrolment of the chain has no known start (then 43号 ②'s two years cannot be checked).
   */
  continuousMonths?: number;
  because: Conclusion[];
  /** What the waiting period is under the rules in force, when there is one. */
  waitingDetail?: Conclusion;
}

/**
 * Whole calendar months covered, first and last (a month begun or ended part-way is not counted); the first
 * is undefined when the start is not known.
 */
function wholeMonths(e: MedicalEntry, until: number): { first: number | undefined; last: number } {
  const first = e.from === undefined ? undefined : monthIndex(e.from) + (dayOf(e.from) > 1 ? 1 : 0);
  const end = coveredUntil(e);
  const last = end === undefined ? until : monthIndex(end) - (isMonthEnd(end) ? 0 : 1);
  return { first, last: Math.min(last, until) };
}

/**
 * 43号 ② "已连续2年（含）以上参保": continuous cover up to the switch, counted in whole months across every
 * city and scheme — walking back from `prev` while the earlier enrolments join on without a break.
 */
export function continuousMonths(p: Profile, prev: MedicalEntry): number | undefined {
  const until = monthIndex(p.start) - 1;
  const own = wholeMonths(prev, until);
  let first = own.first;
  if (first === undefined) return undefined;
  let changed = true;
  while (changed) {
    changed = false;
    for (const e of p.medical) {
      const span = wholeMonths(e, until);
      if (span.last < first - 1 || (span.first !== undefined && span.first >= first)) continue;
      if (span.first === undefined) return undefined; // joins on, but from when is not known
      first = span.first;
      changed = true;
    }
  }
  return Math.max(0, own.last - first + 1);
}

const RS80: Citation = { source: "rsbf-2015-80", clause: "三、妥善处理医保关系转移接续中的有关权益" };

function gapReason(p: Profile, prev: MedicalEntry, gap: number, cite: Citation): Conclusion {
  const end = coveredUntil(prev);
  if (gap > 0) {
    return p.startGiven
      ? {
          code: "gap.counted",
          params: { months: gap, start: p.start.slice(0, 7), ...(end ? { last: end.slice(0, 7) } : {}) },
          cites: [cite],
        }
      : { code: "gap.counted_if_now", params: { months: gap, start: p.start.slice(0, 7) }, cites: [cite] };
  }
  return end && end < p.start
    ? {
        code: "gap.none_between",
        params: { last: end.slice(0, 7), start: p.start.slice(0, 7) },
        cites: [cite],
      }
    : { code: "gap.overlap", cites: [cite] };
}

/** A 居民医保 year paid but ended part-way in the answers: it still covers to 31 December. */
function paidYear(prev: MedicalEntry): Conclusion[] {
  if (prev.scheme !== "resident" || prev.to === undefined || prev.to.slice(5) === "12-31") return [];
  const year = yearOf(prev.to);
  const rule = RESIDENT_COVERAGE_YEAR;
  return [{ code: "gap.resident_paid_year", params: { year, to: prev.to.slice(0, 7) }, cites: rule.cites }];
}

/** 国办发〔2024〕38号: fixed 3 months, one more for each year without cover (provinces set the details). */
function resident38(p: Profile, yearsMissed: number): Conclusion | undefined {
  const rw = inForce(RESIDENT_WAITING, p.asOf);
  if (!rw) return undefined;
  const v = rw.value;
  return {
    code: "waiting.resident_38",
    params: {
      fixed: v.fixedMonths,
      perYear: v.perYearMissedMonths,
      yearsMissed,
      total: v.fixedMonths + yearsMissed * v.perYearMissedMonths,
      longBreakYears: v.longBreakYears,
      minTotal: v.minTotalMonths,
    },
    cites: [rw.cite],
  };
}

/** The waiting period of 职工医保 after a long gap: the city's figure for flexible workers, else 43号's cap. */
function staffWaiting(p: Profile, target: Target): Conclusion {
  const rule = inForce(GAP_RULES, p.asOf);
  const local = LOCAL_POLICIES.get(p.city.code)?.flexibleWaitingMonths;
  if (p.answers.work !== "employee" && local && target.city === p.city.code) {
    return {
      code: "waiting.staff_local",
      params: { months: local.value, city: p.city.short, seen: local.seen },
      cites: [local.cite],
    };
  }
  if (rule?.value.maxWaitingMonths !== undefined) {
    return { code: "waiting.staff_max", params: { max: rule.value.maxWaitingMonths }, cites: [rule.cite] };
  }
  return { code: "waiting.local_rules", cites: rule ? [rule.cite] : [RS80] };
}

/**
 * Gap and waiting period on moving from `prev` to `target` — to another city, another scheme, or back to
 * the same enrolment after a lapse:
 * - into 职工医保 (医保办发〔2021〕43号 待遇衔接): ① from 职工医保, a gap of up to 3 months is paid back and
 *   cover goes on; ② from 居民医保, the same only after 2 continuous years; ③ a longer gap may bring a
 *   waiting period of at most 6 months. While a 居民医保 year paid goes on, there is no gap at all.
 * - into 居民医保 from 2025 (国办发〔2024〕38号): enrolling late or after a break waits a fixed 3 months plus
 *   1 for each year missed; a 居民医保 year paid and renewed for the next is continuous; ② above still
 *   spares someone switching from 职工医保 after 2 continuous years with a gap of up to 3 months.
 */
export function continuity(p: Profile, prev: MedicalEntry, target: Target): Continuity | undefined {
  const rule = inForce(GAP_RULES, p.asOf);
  if (!rule) return undefined;
  const end = coveredUntil(prev);
  const gap = end !== undefined && end < p.start ? gapMonths(end, p.start) : 0;
  const continuous = continuousMonths(p, prev);
  const max = rule.value.maxGapWithoutWaiting;
  const twoYears = rule.value.crossSchemeMinMonths;
  const because: Conclusion[] = [gapReason(p, prev, gap, rule.cite), ...paidYear(prev)];
  const result = (waiting: Continuity["waiting"], backpay: number, detail?: Conclusion): Continuity => ({
    gapMonths: gap,
    waiting,
    backpayMonths: backpay,
    ...(continuous !== undefined ? { continuousMonths: continuous } : {}),
    because,
    ...(detail ? { waitingDetail: detail } : {}),
  });
  const crossScheme = prev.scheme !== target.scheme;
  const longEnough = twoYears === undefined || (continuous !== undefined && continuous >= twoYears);
  if (crossScheme && twoYears !== undefined && gap <= max) {
    because.push(
      continuous === undefined
        ? { code: "gap.continuous_unknown", params: { need: twoYears, max }, cites: [rule.cite] }
        : longEnough
          ? { code: "gap.continuous", params: { months: continuous }, cites: [rule.cite] }
          : {
              code: "gap.cross_scheme_needs_2_years",
              params: { months: continuous, need: twoYears, max },
              cites: [rule.cite],
            },
    );
  }

  if (target.scheme === "resident" && inForce(RESIDENT_WAITING, p.asOf)) {
    if (prev.scheme === "resident") return residentToResident(p, prev, gap, result);
    // From 职工医保: 43号 ② when it applies, else 38号 (a break in cover).
    if (gap <= max && longEnough) {
      because.push({ code: "gap.none_no_waiting", cites: [rule.cite] });
      return result("none", 0);
    }
    return result("new_place_rules", 0, resident38(p, Math.floor(gap / 12)));
  }

  if (gap === 0 && (!crossScheme || longEnough)) {
    because.push({ code: "gap.none_no_waiting", cites: [rule.cite, RS80] });
    return result("none", 0);
  }
  if (gap === 0) {
    // 居民医保 → 职工医保 with under 2 years: the staff scheme may wait; the paid resident year covers meanwhile.
    const detail: Conclusion = { code: "waiting.cross_scheme_short", cites: [rule.cite] };
    if (prev.scheme === "resident")
      because.push({
        code: "waiting.resident_paid_year_continues",
        cites: RESIDENT_COVERAGE_YEAR.switchCites,
      });
    return result("new_place_rules", 0, detail);
  }
  if (gap <= max && (!crossScheme || longEnough)) {
    const backpay = target.scheme === "staff" ? gap : 0;
    because.push({ code: "gap.backpay_no_waiting", params: { max, months: gap }, cites: [rule.cite, RS80] });
    return result("none", backpay);
  }
  if (gap <= max)
    return result("new_place_rules", 0, { code: "waiting.cross_scheme_short", cites: [rule.cite] });
  return result(
    "new_place_rules",
    0,
    target.scheme === "staff" ? staffWaiting(p, target) : { code: "waiting.local_rules", cites: [rule.cite] },
  );
}

/**
 * 居民医保 → 居民医保 under 38号: the year paid covers to 31 December; enrolling for the next year in its
 * enrolment period keeps cover continuous. Starting later than 1 January of the year after the last year
 * paid is enrolling late (fixed 3 months), and every whole year in between adds a month.
 */
function residentToResident(
  p: Profile,
  prev: MedicalEntry,
  gap: number,
  result: (w: Continuity["waiting"], b: number, d?: Conclusion) => Continuity,
): Continuity {
  if (prev.to === undefined || gap === 0) return result("none", 0);
  const lastPaid = yearOf(prev.to);
  const startYear = yearOf(p.start);
  const startsOnNewYear = monthIndex(p.start) === monthIndex(`${lastPaid + 1}-01`);
  if (startYear === lastPaid + 1 && startsOnNewYear) return result("none", 0);
  const yearsMissed = Math.max(0, startYear - lastPaid - 1);
  return result("new_place_rules", 0, resident38(p, yearsMissed));
}
