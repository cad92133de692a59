import type { LocalPolicy } from "./types";

const src = { source: "fuzhou-flexible" };

/** 福州 (facts.md §5.2). */
export const FUZHOU: LocalPolicy = {
  code: "350100",
  checked: "2026-11-30",
  flexibleCost: [
    { minBasePercent: 60, wageOf: "province", ratePercent: 10, dataYear: "2023", cite: src },
    {
      minBaseYuan: 4433,
      minBasePercent: 60,
      wageOf: "province",
      ratePercent: 10,
      dataYear: "2024",
      from: "2024-07-01",
      until: "2025-07-01",
      cite: { source: "fuzhou-flex-2024" },
    },
  ],
  residentPremium: [
    {
      year: 2025,
      yearKind: "published",
      amounts: [{ group: "all", yuan: 450 }],
      cite: { source: "fuzhou-resident-2025" },
    },
  ],
};
