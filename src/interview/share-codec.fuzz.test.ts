import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isIsoDate } from "../lib/dates";
import { advise } from "../policy/advise";
import { Answers } from "../policy/answers";
import { adviceProblems } from "../policy/testing";
import { sanitizeDraft } from "./draft";
import { damagedLink, validAnswersOnDate } from "./link-arbitraries";
import { NEWEST_VERSION } from "./link-versions";
import { impossibleBirth } from "./plausible-age";
import { decodeShareUnguarded, encodeShare, type DecodeResult } from "./share-codec";

/**
 * Property-based tests of the share link: valid answers from the real schema's values, encoded, then
 * damaged the ways chat apps and people damage links, all the way through decode → validate → advise.
 * decodeShareUnguarded has no safety net, so any exception fails the test.
 */
const DAMAGED_RUNS = 10_000;
const ROUND_TRIPS = 2_000;

/** Everything the result page does with a link, checked; returns the outcome's status. */
function openLink(link: string): DecodeResult["status"] {
  const r = decodeShareUnguarded(link);
  expect(["ok", "empty", "newer", "invalid"]).toContain(r.status);
  expect(Object.getPrototypeOf(r)).toBe(Object.prototype);
  if (r.status === "ok") {
    // Only what the schema accepted reaches the engine: parsing it again changes nothing.
    const again = Answers.safeParse(r.answers);
    expect(again.success).toBe(true);
    expect(again.data).toEqual(r.answers);
    expect(isIsoDate(r.asOf)).toBe(true);
    if (r.answers.birth !== undefined) expect(impossibleBirth(r.answers.birth, r.asOf)).toBe(false);
    for (const key of r.dropped ?? []) expect(r.answers[key]).toBeUndefined();
    const advice = advise(r.answers, { asOf: r.asOf });
    expect(adviceProblems(advice)).toEqual([]);
  } else if (r.status === "invalid") {
    // What is offered to continue with is valid field by field.
    expect(sanitizeDraft(r.recovered)).toEqual({ draft: r.recovered, dropped: [] });
    if (r.asOf !== undefined) expect(isIsoDate(r.asOf)).toBe(true);
  } else if (r.status === "newer") {
    expect(Number.isInteger(r.version) && r.version > NEWEST_VERSION).toBe(true);
  }
  return r.status;
}

describe("share links under fuzzing", () => {
  it(`round-trips valid answers exactly (${ROUND_TRIPS} generated people and dates)`, () => {
    let runs = 0;
    fc.assert(
      fc.property(validAnswersOnDate, ([answers, asOf]) => {
        runs += 1;
        const link = encodeShare(answers, asOf);
        const expected = { status: "ok", answers, asOf };
        expect(decodeShareUnguarded(link)).toEqual(expected);
        expect(decodeShareUnguarded(`#${encodeURIComponent(link)}`)).toEqual(expected);
        expect(openLink(link)).toBe("ok");
      }),
      { numRuns: ROUND_TRIPS },
    );
    expect(runs).toBe(ROUND_TRIPS);
  }, 180_000);

  it(`never throws and lets nothing unvalidated through (${DAMAGED_RUNS} damaged links)`, () => {
    const seen: Record<string, number> = { ok: 0, empty: 0, newer: 0, invalid: 0 };
    const started = performance.now();
    fc.assert(
      fc.property(damagedLink, ({ link }) => {
        const status = openLink(link);
        seen[status] = (seen[status] ?? 0) + 1;
      }),
      { numRuns: DAMAGED_RUNS },
    );
    const total = Object.values(seen).reduce((a, b) => a + b, 0);
    console.log(
      `share links: ${total} damaged links + ${ROUND_TRIPS} round trips fuzzed; damaged ones gave ${JSON.stringify(seen)} in ${Math.round(performance.now() - started)} ms`,
    );
    expect(total).toBe(DAMAGED_RUNS);
    // The damage is varied enough to reach every outcome.
    for (const status of ["ok", "newer", "invalid"]) expect(seen[status], status).toBeGreaterThan(0);
  }, 180_000);

  it("leaves Object.prototype alone", () => {
    fc.assert(
      fc.property(damagedLink, ({ link }) => {
        decodeShareUnguarded(link);
        expect(Object.keys(Object.prototype)).toEqual([]);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: 500 },
    );
  }, 60_000);
});
