import { describe, expect, it } from "vitest";
import type { Draft } from "./draft";
import { STEPS, STEP_IDS, firstIncomplete, pathFor, previousStep, stepComplete } from "./steps";

const base: Draft = { city: "340100", hukouProvince: "370000", hukouCity: "371300" };

describe("the question graph (node tests: for these answers, the next node is …)", () => {
  it.each<[string, Draft, string, string]>([
    ["after the hukou, a non-local person is asked about the 居住证", base, "hukou", "permit"],
    [
      "a local person skips the 居住证 question",
      { ...base, hukouCity: "340100", hukouProvince: "340000" },
      "hukou",
      "work",
    ],
    [
      "with a medical history, ask when the new enrolment starts",
      { ...base, medical: [{ scheme: "staff", city: "320100", from: "2017-07-01" }] },
      "medical",
      "start",
    ],
    ["without one, go to pension", { ...base, work: "employee", medical: [] }, "medical", "pension"],
    ["students are not asked about pension", { ...base, work: "student", medical: [] }, "medical", "care"],
    ["the last question leads to the result", base, "care", "result"],
  ])("%s", (_name, answers, from, to) => {
    expect(STEPS[from as keyof typeof STEPS].next(answers)).toBe(to);
  });

  it("every step is reachable for some answers", () => {
    const drafts: Draft[] = [
      { ...base, work: "employee", medical: [{ scheme: "staff", city: "320100", from: "2017-07-01" }] },
      { ...base, hukouCity: "340100", hukouProvince: "340000", work: "student", medical: [] },
    ];
    const reached = new Set(drafts.flatMap(pathFor));
    expect([...reached].sort()).toEqual([...STEP_IDS].sort());
  });

  it("the path and back", () => {
    const path = pathFor({ ...base, work: "none", medical: [] });
    expect(path).toEqual([
      "city",
      "hukou",
      "permit",
      "work",
      "about",
      "household",
      "medical",
      "pension",
      "care",
    ]);
    expect(previousStep({ ...base, work: "none" }, "work")).toBe("permit");
    expect(previousStep(base, "city")).toBeUndefined();
  });

  it("finds the first unanswered step, and the result once all are answered", () => {
    expect(firstIncomplete({})).toBe("city");
    expect(firstIncomplete(base)).toBe("permit");
    const done: Draft = {
      ...base,
      residencePermit: "yes",
      work: "platform",
      birth: "2000-05",
      livingWith: "none",
      medical: [],
      pension: [],
      careAway: "none",
    };
    expect(firstIncomplete(done)).toBe("result");
  });

  it("validates a step with the part of the schema it owns", () => {
    expect(stepComplete(STEPS.hukou, { hukouProvince: "370000", hukouCity: "340100" })).toBe(false);
    expect(stepComplete(STEPS.about, { birth: "2999-01" })).toBe(false);
    expect(stepComplete(STEPS.start, {})).toBe(true);
  });
});
