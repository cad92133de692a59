import type { LocalPolicy } from "./types";

/** 呼和浩特 (Addendum A §4.2): 2026年度 individual premium. */
export const HOHHOT: LocalPolicy = {
  code: "150100",
  checked: "2026-11-30",
  residentPremium: [
    {
      year: 2026,
      yearKind: "coverage",
      amounts: [{ group: "all", yuan: 400 }],
      cite: { source: "hohhot-premium-2026" },
    },
  ],
};
