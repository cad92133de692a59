import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { evaluateScenarioFile } from "./evaluate";

const MEDICAL = ["P1", "P2", "P3", "P4", "P5", "P11", "P12", "P21"];

describe("public scenarios (../shared/policy/scenarios.yaml)", () => {
  const results = evaluateScenarioFile(
    readFileSync(new URL("../../../shared/policy/scenarios.yaml", import.meta.url), "utf8"),
  );
  it.each(MEDICAL)("%s passes", (id) => {
    const r = results.find((x) => x.id === id);
    expect(r, id).toBeDefined();
    expect({ id, missing: r?.missing, unexpected: r?.unexpected, error: r?.error }).toEqual({
      id,
      missing: [],
      unexpected: [],
      error: undefined,
    });
  });
});

const PENSION_INJURY_TREATMENT = [
  "P6",
  "P7",
  "P8",
  "P9",
  "P10",
  "P13",
  "P14",
  "P15",
  "P16",
  "P17",
  "P18",
  "P19",
  "P20",
];

describe("public scenarios on pension, work injury and 异地就医", () => {
  const results = evaluateScenarioFile(
    readFileSync(new URL("../../../shared/policy/scenarios.yaml", import.meta.url), "utf8"),
  );
  it.each(PENSION_INJURY_TREATMENT)("%s passes", (id) => {
    const r = results.find((x) => x.id === id);
    expect({ id, missing: r?.missing, unexpected: r?.unexpected, error: r?.error }).toEqual({
      id,
      missing: [],
      unexpected: [],
      error: undefined,
    });
  });
});

describe("the runner refuses what it does not understand", () => {
  const base = `
- id: X1
  title: t
  asOf: 2026-11-22
  person: {age: 30, city: 合肥, hukouProvince: 山东, hukouCity: 临沂, residencePermit: yes, work: platform}
  expect: {include: [medical.option:staff_flexible]}
`;
  it("runs a minimal scenario", () => {
    expect(evaluateScenarioFile(base)[0]?.ok).toBe(true);
  });
  it("fails an unknown field", () => {
    const r = evaluateScenarioFile(base.replace("work: platform", "work: platform, pets: 2"))[0];
    expect(r?.ok).toBe(false);
    expect(r?.error).toMatch(/pets/);
  });
  it("fails a value outside the vocabulary", () => {
    const r = evaluateScenarioFile(base.replace("work: platform", "work: astronaut"))[0];
    expect(r?.ok).toBe(false);
  });
  it("fails an unknown token", () => {
    const r = evaluateScenarioFile(
      base.replace("medical.option:staff_flexible", "medical.option:gold_plan"),
    )[0];
    expect(r?.error).toMatch(/gold_plan/);
  });
  it("fails an unknown city", () => {
    const r = evaluateScenarioFile(base.replace("city: 合肥", "city: 亚特兰蒂斯"))[0];
    expect(r?.error).toMatch(/亚特兰蒂斯/);
  });
  it("fails an age that disagrees with the birth month", () => {
    const r = evaluateScenarioFile(base.replace("age: 30,", "age: 30, birth: 1980-01,"))[0];
    expect(r?.error).toMatch(/不一致/);
  });
  it("fails a missing expectation, naming it", () => {
    const r = evaluateScenarioFile(
      base.replace("medical.option:staff_flexible", "medical.option:staff_employer"),
    )[0];
    expect(r?.missing).toEqual(["medical.option:staff_employer"]);
  });
  it("rejects a file that is not a list", () => {
    expect(() => evaluateScenarioFile("id: P1")).toThrow();
  });
  it("reads a household and prefixes each member's tokens with its key", () => {
    const family = base
      .replace(
        "work: platform}",
        "work: platform, household: [{relation: child, birth: 2019-01, schooling: school}, {relation: spouse, birth: 1996-01, work: none}]}",
      )
      .replace(
        "[medical.option:staff_flexible]",
        "[child1:medical.option:resident_local, spouse:medical.option_after_step:resident_local]",
      );
    const r = evaluateScenarioFile(family)[0];
    expect(r?.error).toBeUndefined();
    expect(r?.ok).toBe(true);
    expect(r?.tokens).toContain("medical.option:staff_flexible");
    expect(r?.tokens?.some((t) => t.startsWith("child2:"))).toBe(false);
  });
  it("fails a member key or a member's token outside the vocabulary", () => {
    for (const token of [
      "child9:medical.option:resident_local",
      "uncle1:medical.option:resident_local",
      "child1:medical.option:gold_plan",
    ]) {
      const r = evaluateScenarioFile(base.replace("medical.option:staff_flexible", token))[0];
      expect(r?.error, token).toMatch(/不认识的 token/);
    }
  });
  it("fails a member without a birth month", () => {
    const r = evaluateScenarioFile(
      base.replace("work: platform}", "work: platform, household: [{relation: child}]}"),
    )[0];
    expect(r?.ok).toBe(false);
    expect(r?.error).toMatch(/household/);
  });
});
