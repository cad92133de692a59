import type { Answers } from "../../policy/answers";
import { adviseHousehold } from "../../policy/advise";
import { resultUrl } from "./result-url";

/**
 * A link's answers opened on the link's day: the person's advice, each family member's, and the address
 * of this very result.
 */
export function openResult(answers: Answers, asOf: string) {
  const { self: advice, members } = adviseHousehold(answers, { asOf });
  return { advice, members, url: resultUrl(answers, asOf) };
}
