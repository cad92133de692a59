import type { Citation, Conclusion } from "../../types";

/** 0 or 1, for flags carried in params (params hold strings and numbers only). */
type Flag = 0 | 1;

/** A level of the 灵活就业 contribution base: the lower limit, the average, the upper limit, or a typed base. */
export type BaseLevel = "lower" | "average" | "upper" | "typed";

/** The parameters of every money conclusion, by code. A text that reads a missing param is a type error. */
export type MoneyParams = {
  // 灵活就业 养老 contribution (rules/money/flexible-pension-cost.ts)
  "money.flex_pension_rate": { rate: number; account: number };
  "money.flex_pension_range": { minPercent: number; maxPercent: number };
  "money.flex_pension_limits": {
    place: string;
    year: number;
    from?: string;
    until?: string;
    lower: number;
    upper?: number;
    older: Flag;
  };
  "money.flex_pension_at": {
    level: BaseLevel;
    base: number;
    /** The per cents of 38号: paid, and credited to the account. */
    rate: number;
    account: number;
    monthly: number;
    toAccount: number;
    /** Absent where the limits changed mid-year (广东, 河南 2025-07-01): only monthly figures are shown. */
    yearly?: number;
    /** 1 when the average is the upper limit ÷ 3, not a published figure. */
    derived?: Flag;
  };
  "money.flex_pension_needs_base": { place: string; earliest?: string };
  "money.flex_pension_typed_outside": {
    base: number;
    lower: number;
    upper?: number;
    side: "below" | "above";
  };

  // Medical per year (rules/money/medical-yearly.ts)
  "money.medical_flex_yearly": {
    city: string;
    base: number;
    rate: number;
    extraPercent?: number;
    extraMonthly?: number;
    /** Yuan a year on top, added once to the year (天津 大额医疗救助). */
    extraYearly?: number;
    monthly: number;
    /** monthly (to the fen, as the sources print it) × 12, plus extraYearly. */
    yearly: number;
    dataYear?: string;
    tier?: string;
    baseFrom: "local" | "province" | "typed";
    /** A local base that is the 职工医保 lower limit: the source does not say flexible workers pay on it. */
    baseIs?: "employee_lower";
    /** For a province's base: its year, and 1 when asOf is past its period. */
    baseYear?: number;
    baseOlder?: Flag;
    rateFrom: "local" | "typed";
    /** 1 when asOf is past the period of the local figures used (a newer one was not found). */
    older?: Flag;
  };
  "money.medical_flex_local_yearly": {
    city: string;
    /** A fixed monthly amount, where the source gives that (北京 584.92). */
    monthly?: number;
    yearly: number;
    dataYear: string;
    tier?: string;
    older?: Flag;
  };
  "money.medical_flex_needs_figures": {
    city: string;
    missing: "base" | "rate" | "both";
    rate?: number;
    extraMonthly?: number;
    extraYearly?: number;
    minBasePercent?: number;
    wageOf?: "province" | "city";
    dataYear?: string;
    older?: Flag;
  };
  "money.medical_resident_year": { year: number };
  "money.medical_resident_waiting_if_late": { fixed: number };
  "money.medical_staff_waiting_unknown": { city: string; max?: number };
  "money.medical_staff_retirement_years": Record<string, never>;

  // Pension estimate (rules/money/pension-estimate.ts)
  "money.pension_total": { total: number; basic: number; account: number };
  "money.pension_basic": { base: number; index: number; years: number; percent: number; monthly: number };
  "money.pension_base_sourced": { place: string; year: number; yuan: number; derived: Flag };
  "money.pension_base_typed": { yuan: number };
  "money.pension_base_needed": { place?: string };
  "money.pension_account": { balance: number; months: number; monthly: number };
  "money.pension_months_table": { age: number; months: number };
  "money.pension_months_interpolated": {
    years: number;
    extraMonths: number;
    value: number;
    lowerAge: number;
    lowerValue: number;
    upperValue: number;
  };
  "money.pension_months_unknown": {
    years: number;
    extraMonths: number;
    reason: "contested_47" | "outside_table";
  };
  "money.pension_balance_estimated": { monthlyBase: number; years: number; percent: number; balance: number };
  "money.pension_balance_known": {
    known: number;
    monthlyBase?: number;
    futureYears: number;
    percent: number;
    balance: number;
  };
  "money.pension_balance_needs_base": Record<string, never>;
  "money.pension_below_minimum": { years: number; min: number; reachYear: number };
  "money.assume_index_is_tier": { index: number };
  "money.assume_no_interest": Record<string, never>;
  "money.assume_no_wage_growth": { year: number };
  "money.assume_full_years": { years: number; counted: number };
  "money.assume_future_years": { past: number; future: number };
  "money.own_figure": { what: "pension_base" | "account_balance" | "monthly_base"; yuan: number };
  "money.transitional_not_computed": Record<string, never>;
  "money.change_more_years": { extraYears: number; total: number };
  "money.change_higher_tier": { index: number; total: number };
  "money.change_later_retirement": { years: number; extraMonths: number; total: number };

  // 断缴, 补缴, 退保 (rules/money/pension-gaps.ts)
  "money.gap_years_add_up": Record<string, never>;
  "money.backpay_flexible_not_allowed": Record<string, never>;
  "money.backpay_employer_gap": { earliest: string };
  "money.backpay_lump_sum_transfer_proof": { years: number };
  "money.backpay_past_age_no_record": Record<string, never>;
  "money.backpay_national_not_found": Record<string, never>;
  "money.no_cash_out_before_age": Record<string, never>;
  "money.settle_abroad_keeps_account": Record<string, never>;
  "money.cash_out_loss_of_nationality": Record<string, never>;
  "money.account_inherited": Record<string, never>;
  "money.short_keep_paying": { min?: number };
  "money.short_lump_sum": {
    before: string;
    extension: number;
    status: "may_qualify" | "not_eligible" | "unknown";
  };
  "money.short_lump_sum_after_reform_unconfirmed": Record<string, never>;
  "money.short_linkage": Record<string, never>;
  "money.short_terminate": Record<string, never>;
};

export type MoneyCode = keyof MoneyParams;

/** One money conclusion: its code narrows its params. Assignable to the engine's Conclusion. */
export type MoneyConclusion = {
  [K in MoneyCode]: { code: K; params: MoneyParams[K]; cites: Citation[]; because?: Conclusion[] };
}[MoneyCode];

/** Builds a conclusion whose params are checked against its code. */
export function money<K extends MoneyCode>(
  code: K,
  params: MoneyParams[K],
  cites: Citation[],
): Extract<MoneyConclusion, { code: K }> {
  return { code, params, cites } as Extract<MoneyConclusion, { code: K }>;
}

export const round2 = (x: number): number => Math.round(x * 100) / 100;

/** The first conclusion with this code, narrowed to its params. */
export function findMoney<K extends MoneyCode>(
  list: readonly MoneyConclusion[],
  code: K,
): Extract<MoneyConclusion, { code: K }> | undefined {
  return list.find((c): c is Extract<MoneyConclusion, { code: K }> => c.code === code);
}

/** Every conclusion with this code, narrowed to its params. */
export function allMoney<K extends MoneyCode>(
  list: readonly MoneyConclusion[],
  code: K,
): Extract<MoneyConclusion, { code: K }>[] {
  return list.filter((c): c is Extract<MoneyConclusion, { code: K }> => c.code === code);
}
