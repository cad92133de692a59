/**
 * Calendar helpers on ISO strings (YYYY-MM-DD, YYYY-MM). No Date objects cross module boundaries, so
 * nothing depends on the device's time zone; "today" is taken in China time (Asia/Shanghai).
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const YEAR_MONTH = /^(\d{4})-(\d{2})$/;

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A real calendar date between 1900 and 2100 ("2026-02-30" and "2026-13-01" are not). */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return y >= 1900 && y <= 2100 && mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

export function isYearMonth(value: string): boolean {
  const m = YEAR_MONTH.exec(value);
  if (!m) return false;
  const [y, mo] = [Number(m[1]), Number(m[2])];
  return y >= 1900 && y <= 2100 && mo >= 1 && mo <= 12;
}

/** Months since year 0 for "YYYY-MM" or "YYYY-MM-DD": lets month arithmetic be plain subtraction. */
export function monthIndex(value: string): number {
  return Number(value.slice(0, 4)) * 12 + Number(value.slice(5, 7)) - 1;
}

export function yearMonthOf(index: number): string {
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}`;
}

export function addMonths(yearMonth: string, months: number): string {
  return yearMonthOf(monthIndex(yearMonth) + months);
}

export function yearOf(value: string): number {
  return Number(value.slice(0, 4));
}

/**
 * Whole calendar months with no cover between the month of `lastCovered` and the month of `start`,
 * both excluded: last covered 2025-09-30, new start 2026-01-01 → 3 (October, November, December).
 */
export function gapMonths(lastCovered: string, start: string): number {
  return Math.max(0, monthIndex(start) - monthIndex(lastCovered) - 1);
}

/** Completed years of age on `asOf` for someone born in `birth` (YYYY-MM; the day is not asked). */
export function ageOn(birth: string, asOf: string): number {
  return Math.floor((monthIndex(asOf) - monthIndex(birth)) / 12);
}

export function compareIso(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Today in China as YYYY-MM-DD. China keeps UTC+8 all year (no daylight saving since 1991), so this is
 * plain arithmetic: no Intl time-zone data to load, which costs about 100 ms on a slow phone.
 */
export function todayInChina(now: Date = new Date()): string {
  return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

/** "2026-06-20" → "2026年6月20日"; "2026-06" → "2026年6月"; "2026" → "2026年". */
export function formatChineseDate(value: string): string {
  const [y, m, d] = value.split("-");
  if (d) return `${y}年${Number(m)}月${Number(d)}日`;
  if (m) return `${y}年${Number(m)}月`;
  return `${y}年`;
}
