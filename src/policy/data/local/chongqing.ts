import type { LocalPolicy } from "./types";

const news = { source: "chongqing-2023" };
const rates2025 = { source: "chongqing-rates-2025", clause: "个体参保人员" };

/** 重庆 (Addendum B §10). */
export const CHONGQING: LocalPolicy = {
  code: "500100",
  checked: "2026-11-30",
  flexibleStaff: [
    {
      value: "open",
      cite: { source: "chongqing-flexible" },
      condition: "chongqing_working_age",
      permit: "not_required",
      checked: "2026-11-30",
    },
  ],
  residentAdult: [
    { value: "open", seen: "2023-12-22", cite: news, permit: "required", checked: "2026-11-30" },
  ],
  flexibleCost: [
    { yearlyYuan: 2670, dataYear: "2023", tier: "一档（无个人账户）", cite: news },
    { yearlyYuan: 5874, dataYear: "2023", tier: "二档（有个人账户）", cite: news },
    { yearlyYuan: 3075, dataYear: "2025", tier: "一档（无个人账户）", cite: rates2025 },
    { yearlyYuan: 6765, dataYear: "2025", tier: "二档（有个人账户）", cite: rates2025 },
  ],
  residentPremium: [
    {
      year: 2024,
      yearKind: "coverage",
      amounts: [
        { group: "tier1", yuan: 380 },
        { group: "tier2", yuan: 755 },
      ],
      cite: news,
    },
    {
      year: 2024,
      yearKind: "published",
      amounts: [
        { group: "tier1", yuan: 400 },
        { group: "tier2", yuan: 775 },
      ],
      cite: { source: "chongqing-rates-2025", clause: "居民医保参保人员（2024年缴费标准）" },
    },
  ],
  channels: [
    {
      code: "local_app",
      name: "“渝快办”App、“重庆医保”App 或“重庆市医疗保障局”微信公众号",
      for: ["enrol"],
      cite: news,
    },
  ],
};
