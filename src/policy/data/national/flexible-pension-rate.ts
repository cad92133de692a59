import type { Dated } from "../../types";

export interface FlexiblePensionRate {
  /** What the person pays, in per cent of the chosen base. */
  ratePercent: number;
  /** The part of it credited to the personal account, in per cent of the base. */
  accountPercent: number;
}

/**
 * 国发〔2005〕38号 第三部分 (facts.md Addendum C §1.3): "城镇个体工商户和灵活就业人员参加基本养老保险的…缴费比例
 * 为20%，其中8%记入个人账户". Still 20% in the provinces checked (江苏 2019, 2025). From 2006-01-01, the day the
 * 8% account share began.
 */
export const FLEXIBLE_PENSION_RATE: readonly Dated<FlexiblePensionRate>[] = [
  {
    from: "2006-01-01",
    value: { ratePercent: 20, accountPercent: 8 },
    cite: { source: "gf-2005-38", clause: "三、扩大基本养老保险覆盖范围" },
    checked: "2026-11-30",
  },
];
