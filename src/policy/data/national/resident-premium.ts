import type { Citation } from "../../types";

/**
 * National minimum 居民医保 financing by coverage year (年度). A notice of year N sets the premium paid
 * in the autumn of N for cover in N+1 (facts.md §4, Addendum A §4.1).
 */
export interface NationalPremium {
  coverageYear: number;
  individualYuan: number;
  subsidyYuan: number;
  cite: Citation;
}

export const NATIONAL_RESIDENT_PREMIUM: readonly NationalPremium[] = [
  { coverageYear: 2025, individualYuan: 400, subsidyYuan: 670, cite: { source: "resident-financing-2024" } },
  { coverageYear: 2026, individualYuan: 400, subsidyYuan: 700, cite: { source: "resident-financing-2025" } },
];
