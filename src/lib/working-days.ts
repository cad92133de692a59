/**
 * Working days on ISO dates: Monday to Friday. Public holidays (春节, 国庆 …) and the weekend days
 * worked in exchange for them (调休) are NOT modelled: each year's holiday calendar is published by the
 * State Council late in the year before, and the app holds none. Texts that use these dates say so.
 */
import { isIsoDate } from "./dates";

const DAY_MS = 86_400_000;

function toUtc(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
}

/** 0 = Sunday … 6 = Saturday, of a YYYY-MM-DD date (UTC arithmetic: no time zone involved). */
export function weekday(iso: string): number {
  return new Date(toUtc(iso)).getUTCDay();
}

/**
 * The day on which `days` working days after `from` have passed: `from` itself is not counted (an office
 * that receives an application on a Monday and has 5 working days has until the next Monday).
 */
export function addWorkingDays(from: string, days: number): string {
  if (!isIsoDate(from)) throw new Error(`not a date: ${from}`);
  if (!Number.isInteger(days) || days < 0) throw new Error(`not a number of days: ${days}`);
  let t = toUtc(from);
  let left = days;
  while (left > 0) {
    t += DAY_MS;
    const d = new Date(t).getUTCDay();
    if (d !== 0 && d !== 6) left--;
  }
  return new Date(t).toISOString().slice(0, 10);
}
