import type { Dated } from "../../types";

const ART2 = { source: "npcsc-2024-retirement", clause: "第二条" };

/**
 * Minimum contribution years for a monthly 职工养老 pension (《国务院关于渐进式延迟法定退休年龄的办法》
 * 第二条; facts.md §7, Addendum A §3.3): "2029年12月31日前…仍为15年。从2030年1月1日起，按照每年提高6个月的
 * 节奏…由15年逐步提高至20年".
 *
 * Unlike other dated values, `from` and `until` here are the day the person REACHES the statutory retirement
 * age, not asOf: the reform's table goes by that year (成都人社局 worked example, Addendum A §3.3). The first
 * entry has no stated start ("仍为", still), so it runs from the earliest date the app knows. Whether the
 * article is in force at all is asked of asOf separately (rules/pension/minimum-years.ts).
 *
 * Not coded: early retirement (弹性提前退休) uses the year of actual retirement, resting on one example
 * (Addendum A §3.3); rules/pension/flexible-retirement.ts applies it only to name the figure.
 */
/** 第二条 is asked of asOf from the day the reform took effect (npcsc-2024-retirement, effective 2025-01-01). */
export const MINIMUM_YEARS_IN_FORCE_FROM = "2025-01-01";

export const MINIMUM_CONTRIBUTION_YEARS: readonly Dated<number>[] = [
  { from: "1900-01-01", until: "2030-01-01", value: 15, cite: ART2, checked: "2026-11-30" },
  { from: "2030-01-01", until: "2031-01-01", value: 15.5, cite: ART2, checked: "2026-11-30" },
  { from: "2031-01-01", until: "2032-01-01", value: 16, cite: ART2, checked: "2026-11-30" },
  { from: "2032-01-01", until: "2033-01-01", value: 16.5, cite: ART2, checked: "2026-11-30" },
  { from: "2033-01-01", until: "2034-01-01", value: 17, cite: ART2, checked: "2026-11-30" },
  { from: "2034-01-01", until: "2035-01-01", value: 17.5, cite: ART2, checked: "2026-11-30" },
  { from: "2035-01-01", until: "2036-01-01", value: 18, cite: ART2, checked: "2026-11-30" },
  { from: "2036-01-01", until: "2037-01-01", value: 18.5, cite: ART2, checked: "2026-11-30" },
  { from: "2037-01-01", until: "2038-01-01", value: 19, cite: ART2, checked: "2026-11-30" },
  { from: "2038-01-01", until: "2039-01-01", value: 19.5, cite: ART2, checked: "2026-11-30" },
  { from: "2039-01-01", value: 20, cite: ART2, checked: "2026-11-30" },
];
