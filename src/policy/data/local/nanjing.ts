import type { LocalPolicy } from "./types";

/** 南京 (Addendum B §6): ordinary non-local adults were not covered in 2022–2023. */
export const NANJING: LocalPolicy = {
  code: "320100",
  checked: "2026-11-30",
  residentChild: [
    {
      value: "conditional",
      seen: "2023-08-07",
      cite: { source: "nanjing-resident-2023" },
      condition: "nanjing_child_parent",
      checked: "2026-11-30",
    },
  ],
  residentAdult: [
    {
      value: "conditional",
      seen: "2023-08-07",
      cite: { source: "nanjing-resident-2023" },
      condition: "nanjing_talent_permit",
      checked: "2026-11-30",
    },
  ],
  flexibleCost: [
    {
      minBaseYuan: 4494,
      minBaseIs: "employee_lower",
      ratePercent: 8,
      dataYear: "2023",
      from: "2023-04-01",
      cite: { source: "nanjing-flexible-2023" },
    },
  ],
  residentPremium: [
    {
      year: 2025,
      yearKind: "coverage",
      amounts: [
        { group: "elderly", yuan: 560 },
        { group: "other", yuan: 660 },
        { group: "child", yuan: 320 },
        { group: "student", yuan: 270 },
      ],
      cite: { source: "nanjing-resident-2025" },
    },
  ],
};
