import type { Dated } from "./types";

/**
 * The version in force on `asOf`: the latest one that started on or before it and has not ended.
 * Like a Catala scope, it refuses a date before the first version instead of extrapolating
 * (returns undefined; the caller reports the value as unknown).
 */
export function inForce<T>(versions: readonly Dated<T>[], asOf: string): Dated<T> | undefined {
  let found: Dated<T> | undefined;
  for (const v of versions) {
    if (v.from <= asOf && (v.until === undefined || asOf < v.until)) {
      if (!found || v.from >= found.from) found = v;
    }
  }
  return found;
}

/** The version that took over from the one in force, if any started later (for "this changed on …"). */
export function earlierVersion<T>(versions: readonly Dated<T>[], current: Dated<T>): Dated<T> | undefined {
  let found: Dated<T> | undefined;
  for (const v of versions) {
    if (v.from < current.from && (!found || v.from > found.from)) found = v;
  }
  return found;
}
