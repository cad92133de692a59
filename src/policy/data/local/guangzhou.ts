import type { LocalPolicy } from "./types";

/** 广州 (seed 000; facts.md §5.2, Addendum B §4). Both rules predate the national changes. */
export const GUANGZHOU: LocalPolicy = {
  code: "440100",
  checked: "2026-11-30",
  residentAdult: [
    {
      value: "closed",
      seen: "2016",
      cite: { source: "seed-000-notes", clause: "穗府办〔2014〕47号" },
      checked: "2026-11-30",
    },
    {
      value: "conditional",
      seen: "2022-10-28",
      cite: { source: "guangzhou-resident-2022" },
      condition: "guangzhou_staff_24_months",
      permit: "required",
      checked: "2026-11-30",
    },
  ],
  flexibleCost: [
    {
      minBasePercent: 60,
      maxBasePercent: 300,
      wageOf: "city",
      ratePercent: 8,
      dataYear: "2022",
      from: "2022-12-01",
      until: "2027-01-01",
      cite: { source: "guangzhou-flex-rate-2022", clause: "二（二）" },
    },
    {
      minBasePercent: 60,
      maxBasePercent: 300,
      wageOf: "city",
      ratePercent: 6.5,
      dataYear: "2024",
      from: "2024-03",
      until: "2026-01-01",
      cite: { source: "guangzhou-flex-cut-2024", clause: "一、" },
    },
  ],
  residentPremium: [
    {
      year: 2023,
      yearKind: "published",
      amounts: [
        { group: "in_school", yuan: 398 },
        { group: "other", yuan: 528 },
      ],
      cite: { source: "guangzhou-resident-2023", clause: "二、三、" },
    },
  ],
};
