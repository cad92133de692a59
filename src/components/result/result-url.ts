import { paths } from "../../interview/paths";
import { encodeShare } from "../../interview/share-codec";
import type { Answers } from "../../policy/answers";

/** The address of a result (what the page shares, prints and puts in the calendar). */
export function resultUrl(answers: Answers, asOf: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/$/, "");
  return `${window.location.origin}${base}${paths.result(encodeShare(answers, asOf))}`;
}
