import { paths } from "../../interview/paths";
import { encodeShare } from "../../interview/share-codec";
import type { Answers } from "../../policy/answers";
import { adviseHousehold } from "../../policy/household";

/**
 * A link's answers opened on the link's day: the person's advice, each family member's, and the address
 * of this very result (what the page shares, prints and puts in the calendar).
 */
export function openResult(answers: Answers, asOf: string) {
  const { self: advice, members } = adviseHousehold(answers, { asOf });
  const base = import.meta.env.BASE_URL.replace(/\/$/, "");
  const url = `${window.location.origin}${base}${paths.result(encodeShare(answers, asOf))}`;
  return { advice, members, url };
}
