import { addMonths, monthIndex } from "../../../lib/dates";
import type { RetirementParams } from "../../codes/pension";
import { inForce } from "../../dated";
import { STATUTORY_RETIREMENT_AGE, type RetirementCategory } from "../../data/national/retirement-age";
import type { Citation } from "../../types";

/** The statutory retirement age of one person under the 2024 reform. */
export interface StatutoryRetirement {
  category: RetirementCategory;
  /** The statutory age in months (60 years 3 months = 723). */
  ageMonths: number;
  /** Months added by the reform (0 for people born before the first delayed birth month). */
  delayMonths: number;
  /** YYYY-MM in which the age is reached: the birth month plus the statutory age. */
  month: string;
  cites: Citation[];
}

/**
 * 第一条: one month more for each block of birth months (4, or 2 for women of the former 50 category) from
 * the first delayed birth month, up to the cap. Undefined when the reform is not in force on asOf.
 */
export function statutoryRetirement(
  birth: string,
  category: RetirementCategory,
  asOf: string,
): StatutoryRetirement | undefined {
  const rule = inForce(STATUTORY_RETIREMENT_AGE, asOf);
  if (!rule) return undefined;
  const step = rule.value[category];
  const after = monthIndex(birth) - monthIndex(step.firstDelayedBirth);
  const delayMonths =
    after < 0 ? 0 : Math.min(step.maxDelayMonths, Math.floor(after / step.birthMonthsPerStep) + 1);
  const ageMonths = step.originalYears * 12 + delayMonths;
  return {
    category,
    ageMonths,
    delayMonths,
    month: addMonths(birth, ageMonths),
    cites: [rule.cite, { source: "retirement-age-examples" }],
  };
}

/** The parameters the texts show for one retirement. */
export function retirementParams(r: StatutoryRetirement): RetirementParams {
  return {
    month: r.month,
    years: Math.floor(r.ageMonths / 12),
    months: r.ageMonths % 12,
    category: r.category,
  };
}

/** Reached in the month itself: the day of birth is not asked. */
export function hasReached(r: StatutoryRetirement, asOf: string): boolean {
  return monthIndex(asOf) >= monthIndex(r.month);
}
