import type { LocalPolicy } from "./types";

const flex = { source: "suzhou-flexible-2022" };

/** 苏州 (facts.md §5.2, Addendum B §7). */
export const SUZHOU: LocalPolicy = {
  code: "320500",
  residentChild: [
    {
      value: "conditional",
      from: "2022-01-01",
      seen: "2022-10-18",
      cite: { source: "suzhou-resident-2022" },
      condition: "suzhou_school_or_points",
    },
  ],
  flexibleStaff: [
    {
      value: "open",
      from: "2022-01-01",
      seen: "2022",
      cite: flex,
      permit: "required",
      materials: ["residence_permit"],
    },
  ],
  residentAdult: [
    { value: "closed", from: "2022-01-01", seen: "2022-10-18", cite: { source: "suzhou-resident-2022" } },
  ],
  flexibleCost: [
    { minBaseYuan: 4250, ratePercent: 8, extraMonthlyYuan: 5, dataYear: "2022—2023", cite: flex },
  ],
  flexibleWaitingMonths: { value: 3, seen: "2022", cite: flex },
  residentPremium: [
    {
      year: 2023,
      yearKind: "published",
      amounts: [
        { group: "elderly", yuan: 490 },
        { group: "adult", yuan: 510 },
        { group: "child", yuan: 300 },
        { group: "student", yuan: 190 },
      ],
      cite: { source: "suzhou-resident-2022", clause: "2023年居民医保个人缴费" },
    },
  ],
};
