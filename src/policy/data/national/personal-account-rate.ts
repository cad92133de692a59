import type { Dated } from "../../types";

/**
 * The share of the contribution wage credited to the 职工养老 personal account (facts.md Addendum C §1.3):
 * "从2006年1月1日起，个人账户的规模统一由本人缴费工资的11%调整为8%，全部由个人缴费形成". Read through news
 * quoting 国发〔2005〕38号; 社会保险法 第十二条 is the legal basis now. The 11% before 2006 is not coded (its
 * start is not in facts.md).
 */
export const PERSONAL_ACCOUNT_PERCENT: readonly Dated<number>[] = [
  { from: "2006-01-01", value: 8, cite: { source: "account-8pct-2006-news" }, checked: "2026-11-30" },
];
