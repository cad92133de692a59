/**
 * Where the insurance timeline's bars go: one month is one slice of the axis, from the first month of any
 * period or gap to `now` (or later, when a gap or a period reaches further). A period covers its first and
 * last months in full, so January to December is twelve slices.
 */
import { monthIndex, yearMonthOf } from "../../lib/dates";
import { round, VIEW_WIDTH, type Span } from "./scale";
import type { InsuranceTimelineProps, TimelineGap, TimelineLane, YearMonth } from "./types";

export interface TimelineBar extends Span {
  from: YearMonth;
  /** The last month drawn (inclusive): `now` for an ongoing period. */
  to: YearMonth;
  ongoing: boolean;
}

export interface TimelineGeometry {
  /** First and last month of the axis (inclusive). */
  start: YearMonth;
  end: YearMonth;
  months: number;
  lanes: { lane: TimelineLane; bars: TimelineBar[] }[];
  gaps: (Span & { gap: TimelineGap; number: number })[];
  /** January of every `step` years inside the axis. */
  ticks: { x: number; year: number }[];
  /** The left edge of the month `now`, and its right edge. */
  nowX: number;
  nowEndX: number;
}

const ym = (value: string) => value.slice(0, 7);

/** Years between ticks: at most about six labelled ticks, whatever the span. */
function tickStep(months: number): number {
  return [1, 2, 5, 10].find((step) => months / 12 / step <= 6) ?? 20;
}

export function timelineGeometry(
  { now, lanes, gaps }: Pick<InsuranceTimelineProps, "now" | "lanes" | "gaps">,
  width = VIEW_WIDTH,
): TimelineGeometry | undefined {
  const nowIndex = monthIndex(now);
  const firsts = [...lanes.flatMap((l) => l.periods.map((p) => p.from)), ...gaps.map((g) => g.from)];
  if (firsts.length === 0) return undefined;
  const lasts = [...lanes.flatMap((l) => l.periods.map((p) => p.to ?? now)), ...gaps.map((g) => g.to), now];
  const start = Math.min(...firsts.map(monthIndex));
  const end = Math.max(...lasts.map(monthIndex), ...firsts.map(monthIndex));
  const months = end - start + 1;
  const at = (index: number) => round(((index - start) / months) * width);
  /** From the left edge of `from` to the right edge of `to`, at least one month wide. */
  const span = (from: number, to: number): Span => ({
    x: at(from),
    width: round(at(Math.max(from, to) + 1) - at(from)),
  });

  const step = tickStep(months);
  const ticks: { x: number; year: number }[] = [];
  for (let year = Math.ceil(start / 12); year * 12 <= end; year++) {
    if (year % step === 0 && year * 12 > start) ticks.push({ x: at(year * 12), year });
  }

  return {
    start: yearMonthOf(start),
    end: yearMonthOf(end),
    months,
    lanes: lanes.map((lane) => ({
      lane,
      bars: [...lane.periods]
        .sort((a, b) => monthIndex(a.from) - monthIndex(b.from))
        .map((p) => {
          const last = p.to === undefined ? Math.max(nowIndex, monthIndex(p.from)) : monthIndex(p.to);
          return {
            ...span(monthIndex(p.from), last),
            from: ym(p.from),
            to: yearMonthOf(last),
            ongoing: p.to === undefined,
          };
        }),
    })),
    gaps: [...gaps]
      .sort((a, b) => monthIndex(a.from) - monthIndex(b.from))
      .map((gap, i) => ({ ...span(monthIndex(gap.from), monthIndex(gap.to)), gap, number: i + 1 })),
    ticks,
    nowX: at(nowIndex),
    nowEndX: at(nowIndex + 1),
  };
}
