import { describe, expect, it } from "vitest";
import { advise } from "./advise";
import { SOURCES } from "./data/sources/registry";
import { adviceProblems, sampleAnswers } from "./testing";

describe("advise() over a grid of people, places and dates", () => {
  const samples = sampleAnswers();

  it(`recommends only what is open (or staying where one is), and cites a known source for every conclusion (${samples.length} profiles)`, () => {
    for (const { answers, asOf } of samples) {
      expect(adviceProblems(advise(answers, { asOf }))).toEqual([]);
    }
  });

  it("does not change its input (rules are pure)", () => {
    const first = samples[0];
    if (!first) throw new Error("no samples");
    const before = structuredClone(first.answers);
    advise(first.answers, { asOf: first.asOf });
    expect(first.answers).toEqual(before);
  });
});

describe("the policy data", () => {
  it("every source has a title, an issuer and a grade; supersessions point to known sources", () => {
    for (const s of SOURCES.values()) {
      expect(s.title.length, s.id).toBeGreaterThan(3);
      expect(s.issuer.length, s.id).toBeGreaterThan(1);
      // Every source shows a 文号 or says it has none / it was not found (README, sources list).
      expect(
        s.docNo !== undefined || s.docNoStatus !== undefined,
        `${s.id} has neither 文号 nor status`,
      ).toBe(true);
      expect(s.docNo !== undefined && s.docNoStatus !== undefined, `${s.id} has both`).toBe(false);
      for (const x of s.supersededBy ?? []) expect(SOURCES.has(x.by), `${s.id} → ${x.by}`).toBe(true);
    }
  });
});
