import type { Dated } from "../../types";

/**
 * 国办发〔2009〕66号 第五条: from these ages (男性年满50周岁、女性年满40周岁) a move to a province other than
 * the 户籍 province keeps the pension relation at the old place and opens a 临时基本养老保险缴费账户 at the new
 * one. Still applied in 2025 (facts.md Addendum A §1.3); never assume it ended.
 */
export const TEMPORARY_ACCOUNT_AGE: readonly Dated<{ male: number; female: number }>[] = [
  {
    from: "2010-01-01",
    value: { male: 50, female: 40 },
    cite: { source: "gbf-2009-66", clause: "第五条" },
    checked: "2026-11-30",
  },
];
