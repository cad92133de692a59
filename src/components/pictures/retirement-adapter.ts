/**
 * From the answers and the advice of today's engine to the retirement bars' props: the statutory month
 * (延迟退休办法 第一条) and the minimum years (第二条) come from the advice, the years paid are every 职工养老
 * year of the answers, as the engine's short-years warning counts them.
 */
import { RETIREMENT_TEXTS } from "../../content/zh-CN/pictures";
import { monthIndex } from "../../lib/dates";
import type { Advice } from "../../policy/advise";
import type { Answers } from "../../policy/answers";
import { totalStaffYears } from "../../policy/rules/pension/history";
import type { RetirementBarLabels, RetirementBarProps } from "./types";

/** The sentence under the bars: already enough, enough in time, short even then, or short now. */
export function retirementOutcome(paid: number, minimum: number, monthsLeft: number): string {
  if (paid >= minimum) return RETIREMENT_TEXTS.done(minimum);
  if (monthsLeft === 0) return RETIREMENT_TEXTS.shortNow(minimum - paid);
  const missingMonths = Math.round((minimum - paid) * 12) - monthsLeft;
  return missingMonths <= 0
    ? RETIREMENT_TEXTS.onTrack(minimum - paid)
    : RETIREMENT_TEXTS.short(missingMonths);
}

/** Undefined when the advice has no statutory retirement month (no birth month or sex) or no minimum. */
export function retirementFromAdvice(answers: Answers, advice: Advice): RetirementBarProps | undefined {
  const retirement = advice.pension?.retirement;
  const minimum = advice.pension?.minimumYears;
  if (!retirement || !minimum) return undefined;
  const today = advice.asOf.slice(0, 7);
  const paidYears = totalStaffYears(answers.pension);
  const monthsLeft = Math.max(0, monthIndex(retirement.month) - monthIndex(today));
  const labels: RetirementBarLabels = {
    paid: RETIREMENT_TEXTS.paid(paidYears),
    remaining:
      monthsLeft > 0
        ? RETIREMENT_TEXTS.remaining(retirement.month, monthsLeft)
        : RETIREMENT_TEXTS.reached(retirement.month),
    minimum: RETIREMENT_TEXTS.minimum(minimum.years),
    outcome: retirementOutcome(paidYears, minimum.years, monthsLeft),
  };
  return {
    title: RETIREMENT_TEXTS.title,
    today,
    retirementMonth: retirement.month,
    paidYears,
    minimumYears: minimum.years,
    labels,
  };
}
