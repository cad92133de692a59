import { describe, expect, it } from "vitest";
import { advise } from "./advise";
import { SOURCES } from "./data/sources/registry";
import { sampleAnswers } from "./testing";
import type { Conclusion } from "./types";

/** Every object in the advice that has a `code` and `cites`. */
function conclusions(value: unknown, out: Conclusion[] = []): Conclusion[] {
  if (Array.isArray(value)) value.forEach((v) => conclusions(v, out));
  else if (value && typeof value === "object") {
    if ("code" in value && "cites" in value) out.push(value as Conclusion);
    Object.values(value).forEach((v) => conclusions(v, out));
  }
  return out;
}

describe("advise() over a grid of people, places and dates", () => {
  const samples = sampleAnswers();

  it(`gives at least one option or a recommendation, and cites a known source for every conclusion (${samples.length} profiles)`, () => {
    for (const { answers, asOf } of samples) {
      const advice = advise(answers, { asOf });
      expect(advice.medical.recommended.code).toBeTruthy();
      const all = conclusions(advice);
      expect(all.length).toBeGreaterThan(0);
      for (const c of all) {
        expect(c.cites.length, `${c.code} has no source`).toBeGreaterThan(0);
        for (const cite of c.cites)
          expect(SOURCES.has(cite.source), `${c.code} cites unknown ${cite.source}`).toBe(true);
      }
      for (const id of advice.sources) expect(SOURCES.has(id)).toBe(true);
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
      expect(s.docNo ?? s.docNoStatus ?? "untitled-ok", s.id).toBeTruthy();
      for (const x of s.supersededBy ?? []) expect(SOURCES.has(x.by), `${s.id} → ${x.by}`).toBe(true);
    }
  });
});
