import type { LocalPolicy } from "./types";

const sz = { source: "shenzhen-flexible-2022" };
const cut2024 = { source: "shenzhen-flex-2024" };
const checked = "2026-11-30";

/** 深圳 (facts.md §5.2, Addendum B §3). */
export const SHENZHEN: LocalPolicy = {
  code: "440300",
  checked: "2026-11-30",
  flexibleStaff: [
    {
      value: "open",
      from: "2022-05-10",
      seen: "2022-05",
      cite: sz,
      condition: "shenzhen_flexible_below_retirement",
      permit: "not_required",
      checked,
    },
  ],
  residentChild: [
    {
      value: "conditional",
      from: "2025-09-01",
      seen: "2025-08-09",
      cite: { source: "shenzhen-children-2025" },
      condition: "shenzhen_child_under_7",
      permit: "required",
      checked,
    },
  ],
  flexibleCost: [
    {
      minBasePercent: 60,
      maxBasePercent: 300,
      wageOf: "city",
      wageYuan: 11620,
      ratePercent: 8,
      extraPercent: 0.2,
      dataYear: "2022",
      from: "2022-05-10",
      tier: "基本医疗保险一档",
      cite: sz,
    },
    {
      minBaseYuan: 6475,
      minBaseIs: "employee_lower",
      ratePercent: 7,
      dataYear: "2024",
      from: "2024-01-01",
      until: "2025-01-01",
      tier: "基本医疗保险一档",
      cite: cut2024,
    },
    // 2025: the rate of 7% runs on to 2025-12-31; no 2025 base was found, so the base is the person's.
    {
      ratePercent: 7,
      dataYear: "2025",
      from: "2025-01-01",
      until: "2026-01-01",
      tier: "基本医疗保险一档",
      cite: cut2024,
    },
    {
      minBaseYuan: 6727,
      minBaseIs: "employee_lower",
      ratePercent: 8,
      dataYear: "2026",
      from: "2026-01-01",
      until: "2027-01-01",
      tier: "基本医疗保险一档",
      cite: { source: "shenzhen-flex-2026" },
    },
  ],
  flexibleWaitingMonths: {
    value: 0,
    seen: "2022-04-28",
    cite: { source: "shenzhen-no-wait-2022", clause: "当月参保，次月即可享受医疗保险待遇" },
  },
};
