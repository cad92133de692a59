import { monthIndex } from "../../../lib/dates";
import type { Profile } from "../profile";
import { staffEntries, totalStaffYears } from "../pension/history";
import { flexiblePensionCost, type FlexiblePensionCost } from "./flexible-pension-cost";
import { medicalYearly, type MedicalYearly } from "./medical-yearly";
import { pensionEstimate, yearsUntilRetirement, type PensionEstimate } from "./pension-estimate";
import { pensionGaps, type PensionGaps } from "./pension-gaps";

/** What the money calculators say for this person (docs/money.md); each part only where it applies. */
export interface MoneyAdvice {
  /** 居民医保 and 职工医保 (灵活就业) per year, side by side: for people who choose their scheme. */
  medical?: MedicalYearly;
  /** 灵活就业 养老 per month at the province's base levels: for people who pay it themselves. */
  flexiblePension?: FlexiblePensionCost;
  /** The pension at the statutory retirement month: once the retirement month is known. */
  pensionEstimate?: PensionEstimate;
  /** 断缴, 补缴, 退保. */
  pensionGaps?: PensionGaps;
  /** The 档次 the estimate assumed (the person's, or 60 % when they chose none). */
  tier?: number;
}

const SELF_PAID = new Set(["flexible", "platform", "construction"]);
const WORKING = new Set(["employee", ...SELF_PAID]);

/** The money part of a person's advice: never for children or people already drawing a pension. */
export function moneyAdvice(p: Profile): MoneyAdvice | undefined {
  const work = p.answers.work;
  if (p.child || work === "retired") return undefined;
  const figures = p.answers.figures ?? {};
  const out: MoneyAdvice = {};
  if (work !== "employee") {
    const typed = {
      ...(figures.medicalBase !== undefined ? { baseYuan: figures.medicalBase } : {}),
      ...(figures.medicalRate !== undefined ? { ratePercent: figures.medicalRate } : {}),
    };
    out.medical = medicalYearly({
      city: p.city,
      asOf: p.asOf,
      ...(Object.keys(typed).length ? { typed } : {}),
    });
  }
  if (SELF_PAID.has(work)) {
    const cost = flexiblePensionCost({
      place: p.city,
      asOf: p.asOf,
      ...(figures.flexibleBase !== undefined ? { typedBaseYuan: figures.flexibleBase } : {}),
    });
    if (cost) out.flexiblePension = cost;
  }
  const entries = p.answers.pension;
  const staffYears = totalStaffYears(entries);
  const r = p.retirement;
  if (r && (staffYears > 0 || WORKING.has(work)) && monthIndex(p.asOf) < monthIndex(r.month)) {
    const tier = figures.pensionTier ?? 0.6;
    const estimate = pensionEstimate({
      asOf: p.asOf,
      place: p.city,
      retirement: { month: r.month, ageMonths: r.ageMonths },
      pastYears: staffYears,
      futureYears: WORKING.has(work) ? yearsUntilRetirement(p.asOf, r.month) : 0,
      index: tier,
      ...(figures.pensionBase !== undefined ? { typedPensionBaseYuan: figures.pensionBase } : {}),
      ...(figures.flexibleBase !== undefined ? { typedMonthlyBaseYuan: figures.flexibleBase } : {}),
      ...(figures.accountBalance !== undefined ? { knownBalanceYuan: figures.accountBalance } : {}),
    });
    if (estimate) {
      out.pensionEstimate = estimate;
      out.tier = tier;
    }
  }
  if (staffEntries(entries).length > 0 || WORKING.has(work)) {
    const gaps = pensionGaps({
      asOf: p.asOf,
      ...(work === "employee"
        ? { paidAs: "employer" as const }
        : SELF_PAID.has(work)
          ? { paidAs: "flexible" as const }
          : {}),
      ...(r ? { reachMonth: r.month } : {}),
    });
    if (gaps) out.pensionGaps = gaps;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}
