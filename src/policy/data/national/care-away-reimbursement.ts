import type { Dated } from "../../types";

/** How care away from the insured place is paid under 医保发〔2022〕22号 (facts.md §6). */
export interface CareAwayReimbursement {
  /** Long-term residents are paid by the home area's local standard (原则上执行参保地规定的本地就医标准). */
  longTerm: "home_local_standard";
  /** At most this many percentage points lower for referred and emergency cases. */
  referralEmergencyMaxCutPoints: number;
  /** At most this many points lower for other temporary cases (no referral, not an emergency). */
  otherTemporaryMaxCutPoints: number;
}

/** Read in a 昆明 guide restating the national rule [secondary]; local cuts are often smaller. */
export const CARE_AWAY_REIMBURSEMENT: readonly Dated<CareAwayReimbursement>[] = [
  {
    from: "2022",
    value: {
      longTerm: "home_local_standard",
      referralEmergencyMaxCutPoints: 10,
      otherTemporaryMaxCutPoints: 20,
    },
    cite: { source: "care-away-rates-guide", clause: "报销政策（转述医保发〔2022〕22号）" },
    checked: "2026-11-30",
  },
];
