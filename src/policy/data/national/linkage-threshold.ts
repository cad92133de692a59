import type { Dated } from "../../types";

/**
 * 人社部发〔2014〕17号 第三条: 城镇职工养老保险缴费年限满15年（含延长缴费至15年）→ 城乡居民养老转入职工养老;
 * 不足15年 → 职工养老转入城乡居民养老. In force from 2014-07-01 (facts.md Addendum A §2.1).
 * Whether the 15 follows the rising minimum of 2030 and later is UNVERIFIED (Addendum A §2.3): the rule keeps
 * 15 and says so (rules/pension/linkage.ts); it never hard-codes the new minimum here.
 */
export const LINKAGE_STAFF_YEARS: readonly Dated<number>[] = [
  {
    from: "2014-07-01",
    value: 15,
    cite: { source: "rsbf-2014-17", clause: "第三条" },
    checked: "2026-11-30",
  },
];
