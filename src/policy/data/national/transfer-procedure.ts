import type { Dated } from "../../types";

/** The national 医保关系转移接续 procedure in force on a date (facts.md §1.1, §1.3). */
export interface TransferProcedure {
  /** Working days the old place has to finish the transfer-out (and send the personal account). */
  outWorkingDays: number;
  /** Working days the new place has after receiving it. */
  inWorkingDays: number;
  /** Working days the new place has to send the 联系函 (contact letter), in the older procedure. */
  letterWorkingDays?: number;
  /** The application can be made online through 国家医保服务平台. */
  online: boolean;
}

export const TRANSFER_PROCEDURE: readonly Dated<TransferProcedure>[] = [
  {
    from: "2016-09-01",
    until: "2021-11-01",
    value: { letterWorkingDays: 15, outWorkingDays: 15, inWorkingDays: 15, online: false },
    cite: { source: "rstf-2016-94" },
    checked: "2026-11-30",
  },
  {
    // 43号 was issued on 2021-11-01; its effective date is unverified (facts.md Addendum B §13.2).
    from: "2021-11-01",
    value: { outWorkingDays: 10, inWorkingDays: 5, online: true },
    cite: { source: "ybbf-2021-43", clause: "转移接续时限" },
    checked: "2026-11-30",
  },
];
