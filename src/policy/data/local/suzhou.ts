import type { LocalPolicy } from "./types";

const flex = { source: "suzhou-flexible-2022" };

/** 苏州 (facts.md §5.2, Addendum B §7). */
export const SUZHOU: LocalPolicy = {
  code: "320500",
  checked: "2026-11-30",
  residentChild: [
    {
      value: "conditional",
      seen: "2022-10-18",
      cite: { source: "suzhou-resident-2022" },
      condition: "suzhou_school_or_points",
      checked: "2026-11-30",
    },
  ],
  flexibleStaff: [
    {
      value: "open",
      seen: "2022",
      cite: flex,
      permit: "required",
      materials: ["residence_permit"],
      checked: "2026-11-30",
    },
  ],
  residentAdult: [
    { value: "closed", seen: "2022-10-18", cite: { source: "suzhou-resident-2022" }, checked: "2026-11-30" },
  ],
  flexibleCost: [
    {
      minBaseYuan: 4250,
      ratePercent: 8,
      extraMonthlyYuan: 5,
      dataYear: "2022",
      from: "2022-01-01",
      until: "2023-01-01",
      cite: { source: "suzhou-flexible-2022-notice", clause: "三、" },
    },
    {
      minBaseYuan: 4494,
      minBaseIs: "employee_lower",
      ratePercent: 8,
      extraMonthlyYuan: 5,
      dataYear: "2024",
      from: "2024-01",
      cite: { source: "suzhou-flexible-2024" },
    },
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
