import type { LocalPolicy } from "./types";

const sz = { source: "shenzhen-flexible-2022" };
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
      tier: "基本医疗保险一档",
      cite: sz,
    },
  ],
};
