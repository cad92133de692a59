import type { PensionEntry } from "../../answers";

/**
 * Reading the pension history (answers.pension, oldest first). Only 职工养老 (scheme staff) entries hold a
 * pension relation in the sense of 国办发〔2009〕66号; an entry with `temporary` was paid into a 临时基本养老
 * 保险缴费账户 (第五条) and never held it.
 */
export function staffEntries(entries: readonly PensionEntry[]): PensionEntry[] {
  return entries.filter((e) => e.scheme === "staff");
}

/** The province that holds the relation now: the last 职工养老 entry without `temporary`. */
export function relationProvince(entries: readonly PensionEntry[]): string | undefined {
  return staffEntries(entries)
    .filter((e) => !e.temporary)
    .at(-1)?.province;
}

/** 职工养老 years that held the relation at one province, wherever they stand in the list (累计). */
export function relationYearsAt(entries: readonly PensionEntry[], province: string): number {
  return staffEntries(entries)
    .filter((e) => !e.temporary && e.province === province)
    .reduce((sum, e) => sum + e.years, 0);
}

/** Every 职工养老 year, all provinces, temporary accounts included (they are gathered at the claim place). */
export function totalStaffYears(entries: readonly PensionEntry[]): number {
  return staffEntries(entries).reduce((sum, e) => sum + e.years, 0);
}

export function residentEntries(entries: readonly PensionEntry[]): PensionEntry[] {
  return entries.filter((e) => e.scheme === "resident");
}
