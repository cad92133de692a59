import { PAYOUT_MONTHS, PAYOUT_MONTHS_CITE } from "../../data/national/payout-months";
import { money, type MoneyConclusion } from "./conclusions";

export type PayoutMonths =
  | { kind: "table"; months: number; conclusion: MoneyConclusion }
  | { kind: "interpolated"; months: number; conclusion: MoneyConclusion }
  | { kind: "unknown"; conclusion: MoneyConclusion };

const row = (age: number) => PAYOUT_MONTHS.find((r) => r.age === age);

/**
 * 计发月数 at a retirement age in months (60 years 3 months = 723). Whole ages: the table of 38号's attachment.
 * Between whole ages (the 2024 reform retires people at ages in months): no national table was found
 * (Addendum C §1.5), so this is linear interpolation between the two rows, labelled as an estimate and shown
 * with both rows — 60岁3个月 = 139 − (139 − 132) × 3 ÷ 12 = 137.25 (derived there). Unknown for age 47 (the
 * sources disagree: 207 or 208) and any interpolation that needs it, and for ages outside 40–70.
 */
export function payoutMonths(ageMonths: number): PayoutMonths {
  const years = Math.floor(ageMonths / 12);
  const extraMonths = ageMonths % 12;
  const lower = row(years);
  const upper = extraMonths > 0 ? row(years + 1) : lower;
  if (!lower || !upper) {
    return {
      kind: "unknown",
      conclusion: money("money.pension_months_unknown", { years, extraMonths, reason: "outside_table" }, [
        PAYOUT_MONTHS_CITE,
      ]),
    };
  }
  if (lower.months === undefined || upper.months === undefined) {
    return {
      kind: "unknown",
      conclusion: money("money.pension_months_unknown", { years, extraMonths, reason: "contested_47" }, [
        PAYOUT_MONTHS_CITE,
      ]),
    };
  }
  if (extraMonths === 0) {
    return {
      kind: "table",
      months: lower.months,
      conclusion: money("money.pension_months_table", { age: years, months: lower.months }, [
        PAYOUT_MONTHS_CITE,
      ]),
    };
  }
  const months = lower.months - ((lower.months - upper.months) * extraMonths) / 12;
  return {
    kind: "interpolated",
    months,
    conclusion: money(
      "money.pension_months_interpolated",
      {
        years,
        extraMonths,
        value: Math.round(months * 100) / 100,
        lowerAge: years,
        lowerValue: lower.months,
        upperValue: upper.months,
      },
      [PAYOUT_MONTHS_CITE],
    ),
  };
}
