import type { LocalPolicy } from "./types";

/** 常州 (Addendum B §7): 居住证 holders may join 居民医保 only if previously insured in 常州. */
export const CHANGZHOU: LocalPolicy = {
  code: "320400",
  checked: "2026-11-30",
  residentAdult: [
    {
      value: "conditional",
      seen: "2025-08-26",
      cite: { source: "changzhou-2025" },
      condition: "changzhou_prior_enrolment",
      permit: "required",
      checked: "2026-11-30",
    },
  ],
  flexibleCost: [{ ratePercent: 9, dataYear: "2024", cite: { source: "changzhou-account" } }],
};
