import type { Dated } from "../../types";

export interface FlexibleBaseRange {
  /** Lowest and highest base the person may choose, in per cent of the average wage named in `of`. */
  minPercent: number;
  maxPercent: number;
  /** in_post: 在岗职工平均工资 (38号); all_employees: 全口径就业人员平均工资 (13号). */
  of: "in_post" | "all_employees";
}

/**
 * The base a 灵活就业人员 pays 职工养老 on (facts.md Addendum C §1.3), a dated formula:
 * - 国发〔2005〕38号 第三部分: "缴费基数为当地上年度在岗职工平均工资" — one base, 100%, no range.
 * - 国办发〔2019〕13号, for contributions from 2019-05-01: "可以在全口径的平均工资的60%到300%之间自愿选择适当
 *   的缴费基数" (read through news and local notices citing it; its own sentence was not read).
 * Each province publishes the yuan limits every year; they are stored as published (data/pension-bases), never
 * recomputed from these per cents (浙江 2025: lower limit = 60% of the 2023 average).
 */
export const FLEXIBLE_PENSION_BASE_RANGE: readonly Dated<FlexibleBaseRange>[] = [
  {
    from: "2006-01-01",
    until: "2019-05-01",
    value: { minPercent: 100, maxPercent: 100, of: "in_post" },
    cite: { source: "gf-2005-38", clause: "三、扩大基本养老保险覆盖范围" },
    checked: "2026-11-30",
  },
  {
    from: "2019-05-01",
    value: { minPercent: 60, maxPercent: 300, of: "all_employees" },
    cite: { source: "gbf-2019-13", clause: "个体工商户和灵活就业人员缴费基数" },
    checked: "2026-11-30",
  },
];
