import type { LocalPolicy } from "./types";

const src = { source: "fuzhou-flexible" };

/** 福州 (facts.md §5.2). */
export const FUZHOU: LocalPolicy = {
  code: "350100",
  checked: "2026-11-30",
  flexibleCost: [{ minBasePercent: 60, wageOf: "province", ratePercent: 10, dataYear: "2023", cite: src }],
};
