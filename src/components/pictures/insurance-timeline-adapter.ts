/**
 * From the answers and the advice of today's engine to the timeline's props. The lead adapts this file when
 * the engine's output changes; the picture itself only knows its props (types.ts).
 */
import { MEDICAL_SCHEME_NAMES, PENSION_SCHEME_NAMES, TIMELINE_TEXTS } from "../../content/zh-CN/pictures";
import { monthIndex, yearMonthOf } from "../../lib/dates";
import type { Advice } from "../../policy/advise";
import type { Answers } from "../../policy/answers";
import { findCity } from "../../policy/data/regions";
import { coveredUntil } from "../../policy/rules/coverage";
import type { InsuranceTimelineProps, SchemeKind, TimelineGap, TimelineLane, YearMonth } from "./types";

/** One period of one scheme at one place, in months: what the timeline needs from any engine. */
export interface DatedPeriod {
  kind: "medical" | "pension";
  scheme: SchemeKind;
  /** City (medical) or province (pension) code: periods of the same kind, scheme and place share a lane. */
  place: string;
  /** "南京". */
  placeName: string;
  from: YearMonth;
  /** Last month paid; absent: still running. */
  to?: YearMonth;
}

/** A run of months without any medical insurance. */
export interface GapRun {
  from: YearMonth;
  to: YearMonth;
  months: number;
  /** The run ends the month before the new enrolment starts: the gap the advice prices. */
  beforeStart: boolean;
}

const ym = (value: string) => value.slice(0, 7);

/** One lane per kind, scheme and place, in the order of their first period. */
export function lanesOf(periods: readonly DatedPeriod[]): TimelineLane[] {
  const lanes = new Map<string, TimelineLane>();
  const sorted = [...periods].sort((a, b) => monthIndex(a.from) - monthIndex(b.from));
  for (const p of sorted) {
    const id = `${p.kind}-${p.scheme}-${p.place}`;
    const names = p.kind === "medical" ? MEDICAL_SCHEME_NAMES : PENSION_SCHEME_NAMES;
    const lane = lanes.get(id) ?? {
      id,
      kind: p.kind,
      scheme: p.scheme,
      label: TIMELINE_TEXTS.lane(names[p.scheme], p.placeName),
      periods: [],
    };
    lane.periods.push({ from: ym(p.from), ...(p.to ? { to: ym(p.to) } : {}) });
    lanes.set(id, lane);
  }
  return [...lanes.values()];
}

/**
 * The months without medical insurance, from the first month insured to the month before `start` (the
 * new enrolment; today when none is planned). Like the engine's gapMonths, the months of the last day
 * insured and of the start are covered. A period still running covers everything until the start.
 */
export function medicalGaps(
  periods: readonly { from: string; to?: string | undefined }[],
  now: YearMonth,
  start: string,
): GapRun[] {
  if (periods.length === 0) return [];
  const startIndex = monthIndex(start);
  const covered = new Set<number>();
  for (const p of periods) {
    const last = p.to ? monthIndex(p.to) : Math.max(monthIndex(now), startIndex - 1);
    for (let m = monthIndex(p.from); m <= last; m++) covered.add(m);
  }
  const first = Math.min(...covered);
  const end = Math.max(...covered, startIndex - 1);
  const runs: GapRun[] = [];
  for (let m = first; m <= end; m++) {
    if (covered.has(m)) continue;
    const from = m;
    while (m + 1 <= end && !covered.has(m + 1)) m++;
    runs.push({
      from: yearMonthOf(from),
      to: yearMonthOf(m),
      months: m - from + 1,
      beforeStart: m === startIndex - 1,
    });
  }
  return runs;
}

/**
 * What a gap costs, from the advice: the gap before the new enrolment is priced by the engine's continuity
 * (补交 without waiting period, or a waiting period, and lost continuity when it warns of more than 3 months);
 * earlier gaps are only counted (the engine does not price them).
 */
export function gapLabel(run: GapRun, advice: Advice): string {
  const cont = advice.medical.transfer?.continuity ?? advice.medical.continuity;
  if (!run.beforeStart || !cont || cont.gapMonths !== run.months) return TIMELINE_TEXTS.gapPlain(run.months);
  const lost = advice.warnings.some((w) => w.code === "warning.gap_over_3_months");
  const label =
    cont.waiting === "none"
      ? TIMELINE_TEXTS.gapBackpay(run.months)
      : lost
        ? TIMELINE_TEXTS.gapWaitingLost(run.months)
        : TIMELINE_TEXTS.gapWaiting(run.months);
  return cont.because[0]?.code === "gap.counted_if_now" ? TIMELINE_TEXTS.ifStartsNow(label) : label;
}

/**
 * The timeline of today's answers: medical periods by scheme and city, gaps priced by the advice. Pension
 * entries carry years, not months, so they have no lane yet: once they carry months, map them to
 * DatedPeriod with kind "pension" (place: the province) and they get lanes of their own.
 */
export function timelineFromAdvice(answers: Answers, advice: Advice): InsuranceTimelineProps | undefined {
  if (answers.medical.length === 0) return undefined;
  const now = ym(advice.asOf);
  // An enrolment whose start is not known has no place on a time axis: it is left out of the picture.
  // A 居民医保 year paid covers to 31 December whatever end the person gave (rules/coverage.ts), as the
  // advice counts it: the picture shows no gap the advice does not see.
  const periods: DatedPeriod[] = answers.medical.flatMap((e) => {
    if (e.from === undefined) return [];
    const until = coveredUntil(e);
    return [
      {
        kind: "medical" as const,
        scheme: e.scheme,
        place: e.city,
        placeName: findCity(e.city)?.short ?? e.city,
        from: ym(e.from),
        ...(until ? { to: ym(until) } : {}),
      },
    ];
  });
  if (periods.length === 0) return undefined;
  const medical = periods.filter((p) => p.kind === "medical");
  const gaps: TimelineGap[] = medicalGaps(medical, now, answers.plannedStart ?? advice.asOf).map((run) => ({
    from: run.from,
    to: run.to,
    label: gapLabel(run, advice),
  }));
  return { title: TIMELINE_TEXTS.title, now, lanes: lanesOf(periods), gaps };
}
