import type { LocalPolicy } from "./types";

/**
 * 上海 (facts.md Addendum B §2). Children: only if a parent's 《上海市居住证》 reaches the 积分 standard score.
 * Non-local adults: no rule found (the scope excerpt lists none), so unconfirmed — never "open with a
 * 居住证". One named group is official: family of an overseas-talent residence-permit holder.
 */
export const SHANGHAI: LocalPolicy = {
  code: "310100",
  checked: "2026-11-30",
  residentChild: [
    {
      value: "conditional",
      seen: "2022-07-14",
      cite: {
        source: "shanghai-resident-rules",
        clause: "持《上海市居住证》积分达到标准分值人员的18周岁以下子女",
      },
      condition: "shanghai_points",
      checked: "2026-11-30",
    },
  ],
  residentPremium: [
    {
      year: 2024,
      yearKind: "published",
      amounts: [
        { group: "age_70_plus", yuan: 595 },
        { group: "age_60_69", yuan: 765 },
        { group: "age_19_59", yuan: 935 },
        { group: "child", yuan: 295 },
      ],
      cite: { source: "shanghai-premium-2024" },
    },
  ],
  flexibleCost: [
    {
      ratePercent: 10,
      dataYear: "2025",
      from: "2025-03-01",
      until: "2025-07-01",
      cite: { source: "shanghai-flex-rate-2025", clause: "二、（含生育保险）" },
    },
    {
      minBaseYuan: 7460,
      minBaseIs: "employee_lower",
      ratePercent: 10,
      dataYear: "2025",
      from: "2025-07-01",
      until: "2026-03-01",
      cite: { source: "shanghai-flex-rate-2025", clause: "二、（含生育保险）" },
      baseCite: { source: "shanghai-bases-2025" },
    },
  ],
  hints: [{ code: "shanghai_overseas_talent", cite: { source: "shanghai-premium-2024" } }],
};
