import { inForce } from "../../dated";
import { FLEXIBLE_PENSION_BASE_RANGE } from "../../data/national/flexible-pension-base-range";
import { FLEXIBLE_PENSION_RATE, type FlexiblePensionRate } from "../../data/national/flexible-pension-rate";
import type { Citation } from "../../types";
import { money, round2, type BaseLevel, type MoneyConclusion } from "./conclusions";
import { contributionLimits, earliestLimits, ownerName, type Place } from "./place-figures";

export interface FlexiblePensionCostInput {
  place: Place;
  asOf: string;
  /** A base the person typed (from the local notice or 12333), yuan a month. */
  typedBaseYuan?: number;
}

export interface FlexiblePensionLine {
  level: BaseLevel;
  baseYuan: number;
  monthlyYuan: number;
  toAccountYuan: number;
}

export interface FlexiblePensionCost {
  /** One line per base level found (lower, average, upper) and the typed base; the figures of the conclusions. */
  lines: FlexiblePensionLine[];
  conclusions: MoneyConclusion[];
}

/**
 * 国发〔2005〕38号 第三部分: "缴费比例为20%，其中8%记入个人账户" — what one month costs at a base, and what of it
 * goes to the personal account.
 */
export function monthlyAt(
  baseYuan: number,
  rate: FlexiblePensionRate,
): { monthly: number; toAccount: number } {
  return {
    monthly: round2((baseYuan * rate.ratePercent) / 100),
    toAccount: round2((baseYuan * rate.accountPercent) / 100),
  };
}

/**
 * The monthly 职工养老 contribution of a 灵活就业人员 at the lower limit, the average and the upper limit of the
 * province's base (国办发〔2019〕13号: "可以在…60%到300%之间自愿选择"), and at a typed base. The limits are the
 * province's published yuan figures; the average is the published one, or the upper limit ÷ 3 (marked derived).
 * Where no limits are sourced for the date, only a typed base gives a figure. Undefined before 38号's rate.
 */
export function flexiblePensionCost(input: FlexiblePensionCostInput): FlexiblePensionCost | undefined {
  const rate = inForce(FLEXIBLE_PENSION_RATE, input.asOf);
  if (!rate) return undefined;
  const conclusions: MoneyConclusion[] = [
    money("money.flex_pension_rate", { rate: rate.value.ratePercent, account: rate.value.accountPercent }, [
      rate.cite,
      { source: "social-insurance-law", clause: "第十二条" },
    ]),
  ];
  const range = inForce(FLEXIBLE_PENSION_BASE_RANGE, input.asOf);
  if (range && range.value.minPercent !== range.value.maxPercent) {
    conclusions.push(
      money(
        "money.flex_pension_range",
        { minPercent: range.value.minPercent, maxPercent: range.value.maxPercent },
        [range.cite, { source: "wenzhou-2019-99" }],
      ),
    );
  }

  const lines: FlexiblePensionLine[] = [];
  const add = (level: BaseLevel, base: number, cites: Citation[], fullYear: boolean, derived?: boolean) => {
    const { monthly, toAccount } = monthlyAt(base, rate.value);
    lines.push({ level, baseYuan: base, monthlyYuan: monthly, toAccountYuan: toAccount });
    conclusions.push(
      money(
        "money.flex_pension_at",
        {
          level,
          base,
          rate: rate.value.ratePercent,
          account: rate.value.accountPercent,
          monthly,
          toAccount,
          ...(fullYear ? { yearly: round2(monthly * 12) } : {}),
          ...(derived ? { derived: 1 as const } : {}),
        },
        [rate.cite, ...cites],
      ),
    );
  };

  const limits = contributionLimits(input.place, input.asOf);
  if (limits) {
    const { figure } = limits;
    conclusions.push(
      money(
        "money.flex_pension_limits",
        {
          place: limits.placeName,
          year: figure.period.year,
          ...(figure.period.from ? { from: figure.period.from } : {}),
          ...(figure.period.until ? { until: figure.period.until } : {}),
          lower: limits.lowerYuan,
          ...(figure.upperYuan !== undefined ? { upper: figure.upperYuan } : {}),
          older: limits.older ? 1 : 0,
        },
        [figure.cite, ...(limits.lowerCite === figure.cite ? [] : [limits.lowerCite])],
      ),
    );
    // 广东 and 河南 changed their limits on 2025-07-01: a year at these figures would mix two limits.
    const fullYear = figure.period.from === undefined || figure.period.from.endsWith("-01-01");
    add("lower", limits.lowerYuan, [limits.lowerCite], fullYear);
    if (figure.averageYuan !== undefined) add("average", figure.averageYuan, [figure.cite], fullYear);
    else if (figure.upperYuan !== undefined)
      add("average", round2(figure.upperYuan / 3), [figure.cite], fullYear, true);
    if (figure.upperYuan !== undefined) add("upper", figure.upperYuan, [figure.cite], fullYear);
  } else if (input.typedBaseYuan === undefined) {
    const earliest = earliestLimits(input.place);
    conclusions.push(
      money(
        "money.flex_pension_needs_base",
        { place: ownerName(input.place), ...(earliest ? { earliest } : {}) },
        [range?.cite ?? rate.cite],
      ),
    );
  }

  if (input.typedBaseYuan !== undefined) {
    add("typed", input.typedBaseYuan, [], true);
    conclusions.push(
      money("money.own_figure", { what: "monthly_base", yuan: input.typedBaseYuan }, [rate.cite]),
    );
    if (limits) {
      const upper = limits.figure.upperYuan;
      const side =
        input.typedBaseYuan < limits.lowerYuan
          ? "below"
          : upper !== undefined && input.typedBaseYuan > upper
            ? "above"
            : undefined;
      if (side) {
        conclusions.push(
          money(
            "money.flex_pension_typed_outside",
            {
              base: input.typedBaseYuan,
              lower: limits.lowerYuan,
              ...(upper !== undefined ? { upper } : {}),
              side,
            },
            [limits.figure.cite],
          ),
        );
      }
    }
  }
  return { lines, conclusions };
}
