import type { LocalPolicy } from "./types";

/** 珠海 (facts.md §5.2). */
export const ZHUHAI: LocalPolicy = {
  code: "440400",
  checked: "2026-11-30",
  flexibleCost: [{ ratePercent: 7, dataYear: "2023", cite: { source: "zhuhai-flexible" } }],
};
