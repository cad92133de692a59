import type { Citation } from "../../types";

/**
 * Paying back a 职工养老 gap (facts.md Addendum C §3.2). No national text was read; the strongest evidence is a
 * 河南 notice of 2020 citing 人社部发〔2016〕132号, used here as the example it is:
 * - "《劳动法》施行后在用人单位就业的劳动者，在单位就业期间应缴费但未缴费的，允许补缴劳动关系存续时段的养老保险费，
 *   补缴起始时间不早于1995年1月1日。"
 * - "无雇工个体工商户和灵活就业人员不得事后追补缴费。"
 * - "超过法定退休年龄且无参保缴费记录人员不得通过一次性补缴的方式纳入企业职工基本养老保险。"
 * And 人社厅发〔2019〕94号 (facts.md §7): lump-sum back payments of 3 years or more need court, arbitration, audit
 * or labour-inspection documents to be transferred.
 */
export const HENAN_BACKPAY_EXAMPLE = {
  employerGapEarliest: "1995-01-01",
  cite: { source: "henan-2020-contributions" } satisfies Citation,
  nationalCited: { source: "rsbf-2016-132" } satisfies Citation,
} as const;

export const LUMP_SUM_TRANSFER_PROOF = {
  /** Back payments of this many years or more at once need legal documents to be transferred. */
  years: 3,
  cite: { source: "rstf-2019-94", clause: "一次性补缴3年以上的转移" } satisfies Citation,
} as const;
