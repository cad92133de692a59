import type { LocalPolicy } from "./types";

/**
 * 陕西 (docs/research/city-costs.md): a 西安 notice states the province-wide 2025 financing, paid in the autumn
 * of 2025 for the 待遇享受期 of 2026: 1100 yuan, of which 400 paid by the person.
 */
export const SHAANXI: LocalPolicy = {
  code: "610000",
  checked: "2026-11-30",
  residentPremium: [
    {
      year: 2026,
      yearKind: "coverage",
      amounts: [{ group: "all", yuan: 400 }],
      cite: { source: "xian-resident-2026", clause: "全省2025年城乡居民医保筹资标准统一为1100元" },
    },
  ],
};
