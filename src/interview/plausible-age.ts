/**
 * An age a link can give through the birth month and the date of the advice: never born after that
 * date, never older than the answers schema allows an age to be (`age`: 0 to 120, policy/answers.ts).
 * A link with an impossible one is refused the way `a=121` is (share-codec.ts).
 */
import { ageOn, monthIndex } from "../lib/dates";

export const MAX_AGE = 120;

/** True when someone born in `birth` (YYYY-MM) cannot be the person on `asOf` (YYYY-MM-DD). */
export function impossibleBirth(birth: string, asOf: string): boolean {
  return monthIndex(birth) > monthIndex(asOf) || ageOn(birth, asOf) > MAX_AGE;
}
