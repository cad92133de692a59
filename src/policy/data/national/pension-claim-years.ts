import type { Dated } from "../../types";

/**
 * 国办发〔2009〕66号 第六条 (二)(三)(四): the years of contributions at one place (累计缴费年限满10年) that make
 * it the place where the pension is claimed. In force from 2010-01-01; 人社部规〔2016〕5号 一 restates it, and
 * nothing found says a later document changed it (facts.md Addendum A §1.3, §1.4).
 */
export const CLAIM_PLACE_MIN_YEARS: readonly Dated<number>[] = [
  { from: "2010-01-01", value: 10, cite: { source: "gbf-2009-66", clause: "第六条" }, checked: "2026-11-30" },
];
