import type { Dated } from "../../types";

export interface LumpSumCondition {
  /** Only people enrolled before this day (社会保险法实施前参保). */
  enrolledBefore: string;
  /** …and still short after this many years of extended payment (延长缴费五年后仍不足十五年). */
  afterExtensionYears: number;
}

/**
 * 人社部令第13号 第二条 (facts.md Addendum C §3.1): "社会保险法实施前参保、延长缴费五年后仍不足十五年的，可以一次性
 * 缴费至满十五年。" In force from 2011-07-01. The 2024 办法 第二条 keeps 一次性缴费 "按照规定"; whether this
 * condition still applies after the reform was not found (the rule says so).
 */
export const LUMP_SUM_PAYMENT: readonly Dated<LumpSumCondition>[] = [
  {
    from: "2011-07-01",
    value: { enrolledBefore: "2011-07-01", afterExtensionYears: 5 },
    cite: { source: "rsbl-2011-13", clause: "第二条" },
    checked: "2026-11-30",
  },
];
