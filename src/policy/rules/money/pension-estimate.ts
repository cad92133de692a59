import { monthIndex, yearOf } from "../../../lib/dates";
import { inForce } from "../../dated";
import { BASIC_PENSION_PERCENT_PER_YEAR } from "../../data/national/basic-pension-accrual";
import { PAYOUT_MONTHS_CITE } from "../../data/national/payout-months";
import { PERSONAL_ACCOUNT_PERCENT } from "../../data/national/personal-account-rate";
import type { Citation } from "../../types";
import { minimumYearsFor } from "../pension/minimum-years";
import { money, round2, type BaseLevel, type MoneyConclusion } from "./conclusions";
import { payoutMonths } from "./payout-months";
import { contributionLimits, pensionBase, type Place } from "./place-figures";

export interface PensionEstimateInput {
  asOf: string;
  /** Where the pension is expected to be claimed: its 计发基数 and contribution limits are used where sourced. */
  place?: Place;
  /** The retirement month and the age then, in months (rules/pension/retirement-age.ts statutoryRetirement). */
  retirement: { month: string; ageMonths: number };
  /** Years already paid (职工养老, deemed years included). */
  pastYears: number;
  /** Years the person expects to pay from now until retirement. */
  futureYears: number;
  /** The usual 缴费档次 as an index: 0.6, 1 or 3 (60%, 100%, 300% of the average). */
  index: number;
  /** 计发基数 typed by the person (yuan a month); replaces the sourced one. */
  typedPensionBaseYuan?: number;
  /** The personal-account balance today, as the person read it (12333, 社保卡). */
  knownBalanceYuan?: number;
  /** The monthly contribution base typed by the person, for the account; else the province's limit at the 档次. */
  typedMonthlyBaseYuan?: number;
}

export interface PensionEstimate {
  /** Monthly figures, yuan; absent where an input is missing or the years are below the minimum. */
  basicYuan?: number;
  accountYuan?: number;
  totalYuan?: number;
  conclusions: MoneyConclusion[];
}

/** Whole months from asOf's month to the retirement month, in years (0 when already reached): the futureYears. */
export function yearsUntilRetirement(asOf: string, retirementMonth: string): number {
  return Math.max(0, round2((monthIndex(retirementMonth) - monthIndex(asOf)) / 12));
}

/** The base level that a 档次 index pays on: 60% the lower limit, 100% the average, 300% the upper limit. */
const LEVEL: Readonly<Record<string, Exclude<BaseLevel, "typed">>> = {
  "0.6": "lower",
  "1": "average",
  "3": "upper",
};
const HIGHER: Readonly<Record<string, number>> = { "0.6": 1, "1": 3 };

/**
 * 国发〔2005〕38号 第六部分: "基础养老金月标准以当地上年度在岗职工月平均工资和本人指数化月平均缴费工资的平均值为
 * 基数，缴费每满1年发给1%" = C × (1 + I) ÷ 2 × N × 1% (指数化月平均缴费工资 = C × I, Addendum C §2).
 */
export function basicPension(base: number, index: number, fullYears: number, percent: number): number {
  return round2(((base * (1 + index)) / 2) * fullYears * (percent / 100));
}

/** "个人账户养老金月标准为个人账户储存额除以计发月数". */
export function accountPension(balance: number, months: number): number {
  return round2(balance / months);
}

/** Monthly base for the account at a 档次: typed, or the province's published limit (average: stated or upper ÷ 3). */
function monthlyBaseFor(input: PensionEstimateInput): { yuan: number; cite?: Citation } | undefined {
  if (input.typedMonthlyBaseYuan !== undefined) return { yuan: input.typedMonthlyBaseYuan };
  const level = LEVEL[String(input.index)];
  const limits = input.place && contributionLimits(input.place, input.asOf);
  if (!level || !limits) return undefined;
  const f = limits.figure;
  if (level === "lower") return { yuan: limits.lowerYuan, cite: limits.lowerCite };
  if (level === "upper") return f.upperYuan === undefined ? undefined : { yuan: f.upperYuan, cite: f.cite };
  const average = f.averageYuan ?? (f.upperYuan === undefined ? undefined : round2(f.upperYuan / 3));
  return average === undefined ? undefined : { yuan: average, cite: f.cite };
}

/**
 * The pension at the retirement month, as 38号's formula gives it with the person's figures, labelled 估算.
 * Every assumption is a conclusion; so is what would change the figure. Not computed: the 过渡性养老金 of people
 * who started work before 国发〔1997〕26号 (each province's own method). Undefined before 38号 applies.
 */
export function pensionEstimate(input: PensionEstimateInput): PensionEstimate | undefined {
  const accrual = inForce(BASIC_PENSION_PERCENT_PER_YEAR, input.asOf);
  const accountRate = inForce(PERSONAL_ACCOUNT_PERCENT, input.asOf);
  if (!accrual || !accountRate) return undefined;
  const out: MoneyConclusion[] = [];
  const baseLines: MoneyConclusion[] = [];
  const balanceLines: MoneyConclusion[] = [];
  const F = [accrual.cite];

  // C: the 计发基数, sourced for the place or typed by the person.
  const sourced = input.place && pensionBase(input.place, input.asOf);
  const C = input.typedPensionBaseYuan ?? sourced?.figure.yuan;
  if (input.typedPensionBaseYuan !== undefined) {
    baseLines.push(money("money.pension_base_typed", { yuan: input.typedPensionBaseYuan }, F));
    baseLines.push(money("money.own_figure", { what: "pension_base", yuan: input.typedPensionBaseYuan }, F));
  } else if (sourced) {
    const { figure } = sourced;
    baseLines.push(
      money(
        "money.pension_base_sourced",
        {
          place: sourced.placeName,
          year: figure.period.year,
          yuan: figure.yuan,
          derived: figure.derivedFrom ? 1 : 0,
        },
        [figure.cite],
      ),
    );
  } else {
    baseLines.push(money("money.pension_base_needed", {}, F));
  }

  // The personal-account balance at retirement: known today plus future months, or all years at one base.
  const base = monthlyBaseFor(input);
  const yearly = (b: number) => b * 12 * (accountRate.value / 100);
  const balanceAt = (extraYears: number, b: number | undefined = base?.yuan) =>
    input.knownBalanceYuan !== undefined
      ? b === undefined && input.futureYears + extraYears > 0
        ? undefined
        : round2(
            input.knownBalanceYuan + (b === undefined ? 0 : yearly(b) * (input.futureYears + extraYears)),
          )
      : b === undefined
        ? undefined
        : round2(yearly(b) * (input.pastYears + input.futureYears + extraYears));
  const balance = balanceAt(0);
  const accountCites = [accountRate.cite, ...(base?.cite ? [base.cite] : [])];
  if (balance === undefined)
    balanceLines.push(money("money.pension_balance_needs_base", {}, [accountRate.cite]));
  else if (input.knownBalanceYuan !== undefined) {
    balanceLines.push(
      money(
        "money.pension_balance_known",
        {
          known: input.knownBalanceYuan,
          ...(base ? { monthlyBase: base.yuan } : {}),
          futureYears: input.futureYears,
          percent: accountRate.value,
          balance,
        },
        accountCites,
      ),
    );
    balanceLines.push(
      money("money.own_figure", { what: "account_balance", yuan: input.knownBalanceYuan }, F),
    );
  } else if (base) {
    balanceLines.push(
      money(
        "money.pension_balance_estimated",
        {
          monthlyBase: base.yuan,
          years: input.pastYears + input.futureYears,
          percent: accountRate.value,
          balance,
        },
        accountCites,
      ),
    );
  }
  if (input.typedMonthlyBaseYuan !== undefined) {
    balanceLines.push(
      money("money.own_figure", { what: "monthly_base", yuan: input.typedMonthlyBaseYuan }, F),
    );
  }

  const years = input.pastYears + input.futureYears;
  const total = (atIndex: number, extraYears: number, ageMonths: number, b?: number) => {
    const months = payoutMonths(ageMonths);
    const bal = balanceAt(extraYears, b);
    if (C === undefined || months.kind === "unknown" || bal === undefined) return undefined;
    return round2(
      basicPension(C, atIndex, Math.floor(years + extraYears), accrual.value) +
        accountPension(bal, months.months),
    );
  };

  // The minimum years for a monthly pension (2024 办法 第二条), by the year the retirement age is reached.
  const min = minimumYearsFor(`${input.retirement.month}-01`, input.asOf);
  const below = min !== undefined && years < min.years;
  const result: PensionEstimate = { conclusions: out };
  const months = payoutMonths(input.retirement.ageMonths);
  if (below) {
    out.unshift(
      money(
        "money.pension_below_minimum",
        { years, min: min.years, reachYear: yearOf(input.retirement.month) },
        [min.cite, { source: "social-insurance-law", clause: "第十六条" }],
      ),
      ...baseLines,
      ...balanceLines,
    );
  } else {
    const fullYears = Math.floor(years);
    if (C !== undefined) {
      result.basicYuan = basicPension(C, input.index, fullYears, accrual.value);
      out.push(
        money(
          "money.pension_basic",
          {
            base: C,
            index: input.index,
            years: fullYears,
            percent: accrual.value,
            monthly: result.basicYuan,
          },
          [...F, ...(sourced && input.typedPensionBaseYuan === undefined ? [sourced.figure.cite] : [])],
        ),
      );
    }
    out.push(...baseLines, months.conclusion);
    if (balance !== undefined && months.kind !== "unknown") {
      result.accountYuan = accountPension(balance, months.months);
      out.push(
        money(
          "money.pension_account",
          { balance, months: round2(months.months), monthly: result.accountYuan },
          [{ source: "gf-2005-38", clause: "六、改革基本养老金计发办法" }, PAYOUT_MONTHS_CITE],
        ),
      );
    }
    out.push(...balanceLines);
    if (result.basicYuan !== undefined && result.accountYuan !== undefined) {
      result.totalYuan = round2(result.basicYuan + result.accountYuan);
      out.unshift(
        money(
          "money.pension_total",
          { total: result.totalYuan, basic: result.basicYuan, account: result.accountYuan },
          F,
        ),
      );
    }
    if (years !== fullYears) out.push(money("money.assume_full_years", { years, counted: fullYears }, F));
  }

  // Assumptions.
  out.push(money("money.assume_future_years", { past: input.pastYears, future: input.futureYears }, F));
  out.push(
    money("money.assume_index_is_tier", { index: input.index }, [
      { source: "shanghai-index-qa" },
      { source: "index-formula-explainer" },
    ]),
  );
  out.push(
    money("money.assume_no_interest", {}, [
      { source: "social-insurance-law", clause: "第十四条（记账利率）" },
    ]),
  );
  const figuresYear = sourced?.figure.period.year ?? yearOf(input.asOf);
  out.push(
    money("money.assume_no_wage_growth", { year: figuresYear }, [{ source: "index-formula-explainer" }]),
  );
  out.push(
    money("money.transitional_not_computed", {}, [{ source: "gf-2005-38", clause: "六（过渡性养老金）" }]),
  );

  // What would change it.
  const age = input.retirement.ageMonths;
  const toMin = below ? Math.ceil(min.years - years) : 5;
  const more = total(input.index, toMin, age);
  if (more !== undefined) out.push(money("money.change_more_years", { extraYears: toMin, total: more }, F));
  const higher = HIGHER[String(input.index)];
  if (!below && higher !== undefined && input.typedMonthlyBaseYuan === undefined) {
    const higherBase = monthlyBaseFor({ ...input, index: higher });
    const t =
      higherBase && input.knownBalanceYuan === undefined ? total(higher, 0, age, higherBase.yuan) : undefined;
    if (t !== undefined) out.push(money("money.change_higher_tier", { index: higher, total: t }, F));
  }
  const later = below ? undefined : total(input.index, 1, age + 12);
  if (later !== undefined) {
    out.push(
      money(
        "money.change_later_retirement",
        { years: Math.floor((age + 12) / 12), extraMonths: (age + 12) % 12, total: later },
        F,
      ),
    );
  }
  return result;
}
