/**
 * Where the retirement bars go: one scale in years of contributions. The years paid start at 0; the time
 * left until the statutory retirement month follows them (each year still to come is a year that can be
 * paid); the minimum is a line across both, so the eye sees whether the two reach it.
 */
import { monthIndex } from "../../lib/dates";
import { niceMax, scaleX, spanOf, yearTicks, type Span } from "./scale";
import type { RetirementBarProps } from "./types";

export interface RetirementGeometry {
  /** The end of the scale, in years. */
  max: number;
  /** Whole months from this month to the retirement month (0 once it is reached). */
  monthsLeft: number;
  reached: boolean;
  paid: Span;
  /** Absent once the retirement month is reached. */
  remaining?: Span;
  minimumX: number;
  ticks: { x: number; years: number }[];
}

export function retirementGeometry({
  today,
  retirementMonth,
  paidYears,
  minimumYears,
}: Pick<RetirementBarProps, "today" | "retirementMonth" | "paidYears" | "minimumYears">): RetirementGeometry {
  const monthsLeft = Math.max(0, monthIndex(retirementMonth) - monthIndex(today));
  const paid = Math.max(0, paidYears);
  const reachable = paid + monthsLeft / 12;
  const longest = Math.max(minimumYears, reachable);
  const max = niceMax(longest, longest > 30 ? 10 : 5);
  return {
    max,
    monthsLeft,
    reached: monthsLeft === 0,
    paid: spanOf(0, paid, max),
    ...(monthsLeft > 0 ? { remaining: spanOf(paid, reachable, max) } : {}),
    minimumX: scaleX(minimumYears, max),
    ticks: yearTicks(max, minimumYears).map((years) => ({ x: scaleX(years, max), years })),
  };
}
