/**
 * The one entry point of the rules: advise(answers, { asOf }) → Advice. Pure and synchronous; it never
 * reads the clock (asOf is an argument) and runs the same in the browser and in Node.
 */
import type { Answers } from "./answers";
import { adviseCore, type Advice, type AdviseOptions } from "./advise-core";
import { householdAdvice, type HouseholdAdvice } from "./household";
import { moneyAdvice } from "./rules/money/for-person";

export { citedSources } from "./advise-core";
export type { Advice, AdviseOptions, OptionAdvice } from "./advise-core";

/** The whole advice for one person on a day: adviseCore with the money section (rules/money/). */
export function advise(answers: Answers, options: AdviseOptions): Advice {
  return adviseCore(answers, options, moneyAdvice);
}

/** The whole advice for the person and each family member who lives with them (policy/household.ts). */
export function adviseHousehold(answers: Answers, { asOf }: { asOf: string }): HouseholdAdvice {
  return householdAdvice(answers, { asOf }, advise);
}
