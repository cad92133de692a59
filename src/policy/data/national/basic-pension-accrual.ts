import type { Dated } from "../../types";

/**
 * 国发〔2005〕38号 第六部分 (facts.md Addendum C §1.2): "退休时的基础养老金月标准以当地上年度在岗职工月平均
 * 工资和本人指数化月平均缴费工资的平均值为基数，缴费每满1年发给1%。" The per cent given for each full year.
 *
 * `from` is the decision's date (2005-12-03): the day its 计发办法 first applied to retirees is not in facts.md,
 * so the engine refuses only dates before the document existed. Nothing found repeals it (Addendum C §1.1).
 * Not coded: 过渡性养老金 for people who started work before 国发〔1997〕26号 (set by each province).
 */
export const BASIC_PENSION_PERCENT_PER_YEAR: readonly Dated<number>[] = [
  {
    from: "2005-12-03",
    value: 1,
    cite: { source: "gf-2005-38", clause: "六、改革基本养老金计发办法" },
    checked: "2026-11-30",
  },
];
