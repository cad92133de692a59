/**
 * Where the claim-place bars go: one scale in years for every province, long enough for the longest bar
 * and for the 10-year line of 国办发〔2009〕66号 第六条, so bars can be compared by eye (10 years is twice 5).
 */
import { niceMax, scaleX, spanOf, yearTicks, type Span } from "./scale";
import type { ClaimPlaceBarsProps, ClaimPlaceRow } from "./types";

export interface ClaimPlaceGeometry {
  /** The end of the scale, in years. */
  max: number;
  rows: { row: ClaimPlaceRow; counted: Span; extra?: Span }[];
  thresholdX: number;
  ticks: { x: number; years: number }[];
}

export function claimPlaceGeometry({
  rows,
  threshold,
}: Pick<ClaimPlaceBarsProps, "rows" | "threshold">): ClaimPlaceGeometry {
  const longest = Math.max(threshold, ...rows.map((r) => r.years + (r.extraYears ?? 0)));
  const max = niceMax(longest, longest > 30 ? 10 : 5);
  return {
    max,
    rows: rows.map((row) => {
      const extraYears = row.extraYears ?? 0;
      return {
        row,
        counted: spanOf(0, row.years, max),
        ...(extraYears > 0 ? { extra: spanOf(row.years, row.years + extraYears, max) } : {}),
      };
    }),
    thresholdX: scaleX(threshold, max),
    ticks: yearTicks(max, threshold).map((years) => ({ x: scaleX(years, max), years })),
  };
}
