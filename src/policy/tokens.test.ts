import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { evaluateScenarioFile } from "../../scripts/scenarios/evaluate";
import { advise } from "./advise";
import { sampleAnswers } from "./testing";
import { adviceTokens, isKnownToken } from "./tokens";

describe("every token the engine speaks is in the vocabulary (docs/tokens.md)", () => {
  it("over the public scenarios", () => {
    const results = evaluateScenarioFile(
      readFileSync(new URL("../../../shared/policy/scenarios.yaml", import.meta.url), "utf8"),
    );
    const unknown = results.flatMap((r) => (r.tokens ?? []).filter((t) => !isKnownToken(t)));
    expect(unknown).toEqual([]);
  });

  it("over the sample grid", () => {
    const unknown = new Set<string>();
    for (const { answers, asOf } of sampleAnswers()) {
      for (const t of adviceTokens(advise(answers, { asOf }))) if (!isKnownToken(t)) unknown.add(t);
    }
    expect([...unknown]).toEqual([]);
  });

  it("pension.min_years keeps the half year: 15.5, not 15", () => {
    expect(isKnownToken("pension.min_years:15.5")).toBe(true);
    expect(isKnownToken("pension.min_years:15.25")).toBe(false);
  });
});
