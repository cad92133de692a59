import type { LocalPolicy } from "./types";

/** 长沙 (facts.md §5.2, 2022): non-locals first needed a 居住证 and employee pension insurance. */
export const CHANGSHA: LocalPolicy = {
  code: "430100",
  checked: "2026-11-30",
  flexibleStaff: [
    {
      value: "conditional",
      seen: "2022",
      cite: { source: "changsha-2022" },
      condition: "changsha_pension_first",
      permit: "required",
      checked: "2026-11-30",
    },
  ],
};
