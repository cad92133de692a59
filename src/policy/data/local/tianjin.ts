import type { LocalPolicy } from "./types";

const checked = "2026-11-30";

/** 天津 (Addendum B §11): 未就业 and flexible workers with a 天津 居住证 may join 居民医保. */
export const TIANJIN: LocalPolicy = {
  code: "120100",
  checked: "2026-11-30",
  residentAdult: [
    {
      value: "open",
      seen: "2022-11-22",
      cite: { source: "tianjin-resident-2022" },
      permit: "required",
      checked,
    },
  ],
  /** Pupils at 天津 schools whatever their 户籍; children not at school with a 居住证 or its 受理回执. */
  residentChild: [
    {
      value: "conditional",
      seen: "2022-11-22",
      cite: { source: "tianjin-resident-2022" },
      condition: "tianjin_child_school_or_permit",
      permit: "not_required",
      checked,
    },
  ],
  /** The Q&A shows no date; the base was not found (2025 figures conflict), so the person types it. */
  flexibleCost: [
    {
      ratePercent: 8.5,
      extraYearlyYuan: 260,
      dataYear: "undated",
      cite: { source: "tianjin-flex-qa", clause: "8.5%（含生育保险0.5%）；大额医疗救助260元/年" },
    },
  ],
  residentPremium: [
    {
      year: 2024,
      yearKind: "coverage",
      amounts: [
        { group: "tier_low", yuan: 380 },
        { group: "tier_high", yuan: 1010 },
        { group: "child", yuan: 380 },
      ],
      cite: {
        source: "tianjin-resident-2024",
        clause: "学生儿童按照低档个人缴费标准参保缴费，享受高档缴费报销待遇",
      },
    },
  ],
};
