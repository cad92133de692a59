/**
 * Comparing answers field by field: what a step changed (so that a tab writes only the fields the
 * person changed there, never its stale copy of the others), and whether two sets of answers differ
 * (so that answers from a link never replace different ones without asking).
 */
import type { Draft } from "./draft";

/** Plain data equality: strings, numbers, booleans, arrays and plain objects, key order ignored. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    return (
      Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => sameValue(x, b[i]))
    );
  }
  if (!a || !b || typeof a !== "object" || typeof b !== "object") return false;
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(ra), ...Object.keys(rb)]);
  for (const k of keys) if (!sameValue(ra[k], rb[k])) return false;
  return true;
}

/**
 * The fields of `submitted` whose value differs from `before` (what the step showed when it opened);
 * undefined values are kept (they remove a field). A field left as it was is not written, so an answer
 * another tab saved meanwhile stays.
 */
export function changedFields(before: Record<string, unknown>, submitted: Record<string, unknown>) {
  return Object.fromEntries(Object.entries(submitted).filter(([k, v]) => !sameValue(before[k], v)));
}

/** True when `mine` holds answers and they are not exactly `theirs`. */
export function differentAnswers(mine: Draft, theirs: Draft): boolean {
  return Object.keys(mine).length > 0 && !sameValue(mine, theirs);
}
