import type { Dated } from "../../types";

/** What cross-province direct settlement (跨省异地就医直接结算) covers, by date. */
export interface DirectSettlementScope {
  inpatient: boolean;
  outpatient: boolean;
  /** 门诊慢特病: started as a pilot for 5 conditions; the 2026 list is UNVERIFIED (facts.md §6). */
  chronicOutpatient: boolean;
}

/**
 * 人社部发〔2016〕44号 (seed 000) set inpatient-only settlement; 医保发〔2022〕22号 added outpatient care and
 * 门诊慢特病 (facts.md §0.4, §6). Only the year (2016) and year (2022; the month of issue is UNVERIFIED, facts.md §6) are known:
 * the dates are written that far and compare as the start of that year or month.
 */
export const DIRECT_SETTLEMENT_SCOPE: readonly Dated<DirectSettlementScope>[] = [
  {
    from: "2016",
    until: "2022",
    value: { inpatient: true, outpatient: false, chronicOutpatient: false },
    cite: { source: "rsbf-2016-44", clause: "加快推进基本医疗保险异地就医直接结算" },
    checked: "2026-11-30",
  },
  {
    from: "2022",
    value: { inpatient: true, outpatient: true, chronicOutpatient: true },
    cite: { source: "ybf-2022-22" },
    checked: "2026-11-30",
  },
];
