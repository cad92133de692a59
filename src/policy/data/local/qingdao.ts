import type { LocalPolicy } from "./types";

/** 青岛 (facts.md §5.2). */
export const QINGDAO: LocalPolicy = {
  code: "370200",
  checked: "2026-11-30",
  flexibleCost: [
    {
      minBaseYuan: 3980,
      minBasePercent: 60,
      maxBasePercent: 300,
      wageOf: "province",
      ratePercent: 8.5,
      dataYear: "2023",
      cite: { source: "qingdao-2023" },
    },
  ],
};
