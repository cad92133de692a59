import type { LocalPolicy } from "./types";

/** 南宁 (docs/research/city-costs.md). Its access rules are 广西's (guangxi.ts). */
export const NANNING: LocalPolicy = {
  code: "450100",
  checked: "2026-11-30",
  residentPremium: [
    {
      year: 2025,
      yearKind: "coverage",
      amounts: [{ group: "all", yuan: 400 }],
      cite: { source: "nanning-resident-2025" },
    },
  ],
};
