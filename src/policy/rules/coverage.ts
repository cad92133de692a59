import { daysInMonth, monthIndex, yearOf } from "../../lib/dates";
import type { MedicalEntry } from "../answers";
import { USUAL_ENROLMENT_PERIOD } from "../data/national/enrolment-period";

/** Dates in the medical history are days (YYYY-MM-DD) or, where only the month matters, months (YYYY-MM). */
const isYearMonth = (d: string) => d.length === 7;
export const dayOf = (d: string) => (isYearMonth(d) ? 1 : Number(d.slice(8, 10)));
export const isMonthEnd = (d: string) =>
  isYearMonth(d) || dayOf(d) === daysInMonth(yearOf(d), Number(d.slice(5, 7)));

/**
 * The last day an enrolment covers (undefined: still running). 居民医保 is paid and used by the calendar
 * year (facts.md Addendum C §5: 闽政办〔2025〕3号 "居民医保按年缴费和享受待遇"; local notices "保障周期为1月1日
 * 至12月31日"), so a year paid is covered to 31 December whatever day the person gives as its end.
 */
export function coveredUntil(e: MedicalEntry): string | undefined {
  if (e.to === undefined) return undefined;
  if (e.scheme === "resident") return `${e.to.slice(0, 4)}-12-31`;
  return isYearMonth(e.to) ? `${e.to}-${daysInMonth(yearOf(e.to), Number(e.to.slice(5, 7)))}` : e.to;
}

/** The first day an enrolment covers, when known. */
export const coveredFrom = (e: MedicalEntry) =>
  e.from === undefined ? undefined : isYearMonth(e.from) ? `${e.from}-01` : e.from;

/**
 * The coverage year (年度) someone enrolling on asOf pays for: from September the enrolment period for
 * next year is usually open (facts.md Addendum B §13.3: "通常为上一年9月至12月，以当地公布为准").
 */
export function coverageYear(asOf: string): number {
  return (monthIndex(asOf) % 12) + 1 >= USUAL_ENROLMENT_PERIOD.fromMonth ? yearOf(asOf) + 1 : yearOf(asOf);
}
