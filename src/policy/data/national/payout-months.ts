import type { Citation } from "../../types";

/** One row of the table: the months, or the values the sources disagree on. */
export type PayoutMonthsRow =
  { age: number; months: number } | { age: number; months: undefined; conflicting: readonly number[] };

/**
 * 国发〔2005〕38号 附件《个人账户养老金计发月数表》, whole ages 40 to 70 (facts.md Addendum C §1.4): the
 * personal-account pension is "个人账户储存额除以计发月数". Every value agrees across the secondary sources
 * read, except age 47 (207 on one page, 208 on another): it is kept unknown, never one of the two. The
 * official attachment was not read. Ages outside 40–70 are not in the table (a 济宁 local rule uses 40 and 70
 * for them; not national, not coded).
 */
export const PAYOUT_MONTHS_CITE: Citation = { source: "gf-2005-38-months-table" };

export const PAYOUT_MONTHS: readonly PayoutMonthsRow[] = [
  { age: 40, months: 233 },
  { age: 41, months: 230 },
  { age: 42, months: 226 },
  { age: 43, months: 223 },
  { age: 44, months: 220 },
  { age: 45, months: 216 },
  { age: 46, months: 212 },
  { age: 47, months: undefined, conflicting: [207, 208] },
  { age: 48, months: 204 },
  { age: 49, months: 199 },
  { age: 50, months: 195 },
  { age: 51, months: 190 },
  { age: 52, months: 185 },
  { age: 53, months: 180 },
  { age: 54, months: 175 },
  { age: 55, months: 170 },
  { age: 56, months: 164 },
  { age: 57, months: 158 },
  { age: 58, months: 152 },
  { age: 59, months: 145 },
  { age: 60, months: 139 },
  { age: 61, months: 132 },
  { age: 62, months: 125 },
  { age: 63, months: 117 },
  { age: 64, months: 109 },
  { age: 65, months: 101 },
  { age: 66, months: 93 },
  { age: 67, months: 84 },
  { age: 68, months: 75 },
  { age: 69, months: 65 },
  { age: 70, months: 56 },
];
