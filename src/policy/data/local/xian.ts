import type { LocalPolicy } from "./types";

/**
 * 西安 (docs/research/city-costs.md). 职工医保 as 灵活就业 in 2026: base 4,990 (市医保发〔2025〕38号) × 8%
 * (市医保发〔2025〕34号, cut from 9% for 2026) + 8 yuan 大额医疗补助 a month; both read on a local site that
 * names the notices (secondary). The 居民医保 premium is the province's (shaanxi.ts).
 */
export const XIAN: LocalPolicy = {
  code: "610100",
  checked: "2026-11-30",
  flexibleCost: [
    {
      minBaseYuan: 4990,
      ratePercent: 8,
      extraMonthlyYuan: 8,
      dataYear: "2026",
      from: "2026-01",
      until: "2027-01",
      cite: { source: "xian-2025-34" },
      baseCite: { source: "xian-2025-38" },
    },
  ],
  enrolmentWindow: {
    kind: "dated",
    coverageYear: 2026,
    from: "2025-10",
    to: "2025-12-25",
    cite: { source: "xian-resident-2026", clause: "集中缴费时间为2025年10月至12月25日" },
  },
};
