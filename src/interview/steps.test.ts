import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import type { Draft } from "./draft";
import { STEPS, firstIncomplete, pathFor, previousStep, stepComplete } from "./steps";

const base: Draft = { city: "340100", hukouProvince: "370000", hukouCity: "371300" };

describe("the question graph (node tests: for these answers, the next node is …)", () => {
  it.each<[string, Draft, string, string]>([
    ["after the birth month, a non-local person is asked about the 居住证", base, "about", "permit"],
    [
      "a local person skips the 居住证 question",
      { ...base, hukouCity: "340100", hukouProvince: "340000" },
      "about",
      "household",
    ],
    [
      "a child is asked about school",
      { ...base, work: "student", birth: "2018-03" },
      "household",
      "schooling",
    ],
    ["an adult student is not", { ...base, work: "student", birth: "2000-03" }, "household", "medical"],
    [
      "with nothing running now, ask when the new enrolment starts",
      { ...base, medical: [{ scheme: "staff", city: "320100", from: "2017-07-01", to: "2026-03-31" }] },
      "medical",
      "start",
    ],
    [
      "someone still insured is not asked",
      { ...base, work: "none", medical: [{ scheme: "resident", city: "371300", from: "2019-01-01" }] },
      "medical",
      "pension",
    ],
    [
      "an end given as a past month: nothing runs, ask the start",
      { ...base, medical: [{ scheme: "staff", city: "320100", from: "2017-07", to: "2020-03" }] },
      "medical",
      "start",
    ],
    [
      "an end given as a month far ahead: still running, not asked",
      { ...base, medical: [{ scheme: "staff", city: "320100", from: "2017-07", to: "2099-12" }] },
      "medical",
      "pension",
    ],
    ["without a history, go to pension", { ...base, work: "employee", medical: [] }, "medical", "pension"],
    ["students are not asked about pension", { ...base, work: "student", medical: [] }, "medical", "care"],
    ["the last question leads to the result", base, "care", "result"],
  ])("%s", (_name, answers, from, to) => {
    expect(STEPS[from as keyof typeof STEPS].next(answers)).toBe(to);
  });

  it("the path and back", () => {
    const path = pathFor({ ...base, work: "none", medical: [] });
    expect(path).toEqual([
      "city",
      "hukou",
      "work",
      "about",
      "permit",
      "household",
      "medical",
      "pension",
      "care",
    ]);
    expect(previousStep({ ...base, work: "none" }, "permit")).toBe("about");
    expect(previousStep(base, "city")).toBeUndefined();
  });

  it("finds the first unanswered step, and the result once all are answered", () => {
    expect(firstIncomplete({})).toBe("city");
    expect(firstIncomplete(base)).toBe("work");
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

  it("the household step checks its family: one spouse, a hukou in its province, nobody born after today", () => {
    const ok = (household: unknown) =>
      z.safeParse(STEPS.household.schema, { livingWith: "none", household }).success;
    const spouse = { relation: "spouse", birth: "1990-01" };
    expect(ok([spouse, { relation: "child", birth: "2019-05", schooling: "school" }])).toBe(true);
    expect(ok([spouse, spouse])).toBe(false);
    expect(ok([{ ...spouse, hukouProvince: "340000", hukouCity: "341200" }])).toBe(true);
    expect(ok([{ ...spouse, hukouProvince: "370000", hukouCity: "341200" }])).toBe(false);
    expect(ok([{ ...spouse, hukouProvince: "340000" }])).toBe(false);
    expect(ok([{ ...spouse, birth: "2999-01" }])).toBe(false);
    expect(ok(Array.from({ length: 9 }, () => ({ relation: "child", birth: "2019-05" })))).toBe(false);
    expect(z.safeParse(STEPS.household.schema, { livingWith: "none" }).success).toBe(true);
  });

  it("single-choice steps are the ones whose options answer and go on", () => {
    const single = Object.values(STEPS)
      .filter((s) => s.fields.length === 1 && s.fields[0]?.kind === "choice")
      .map((s) => s.id);
    expect(single.sort()).toEqual(["care", "permit", "schooling", "work"]);
  });

  it("validates a step with the part of the schema it owns", () => {
    expect(stepComplete(STEPS.hukou, { hukouProvince: "370000", hukouCity: "340100" })).toBe(false);
    expect(stepComplete(STEPS.about, { birth: "2999-01" })).toBe(false);
    expect(stepComplete(STEPS.start, {})).toBe(true);
    expect(stepComplete(STEPS.permit, {})).toBe(false);
  });
});
