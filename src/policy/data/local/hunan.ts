import type { LocalPolicy } from "./types";

const notice = { source: "hunan-resident-2026" };

/** 湖南 incl. 长沙 (docs/research/city-costs.md): the 2026年度 居民医保 premium and window are province-wide. */
export const HUNAN: LocalPolicy = {
  code: "430000",
  checked: "2026-11-30",
  residentPremium: [
    { year: 2026, yearKind: "coverage", amounts: [{ group: "all", yuan: 400 }], cite: notice },
  ],
  enrolmentWindow: { kind: "dated", coverageYear: 2026, from: "2025-09-01", to: "2026-01-31", cite: notice },
};
