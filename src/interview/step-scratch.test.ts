// @vitest-environment jsdom
import { afterEach, describe, expect, it } from "vitest";
import { removeEverything } from "./device-storage";
import { DRAFT_KEY, saveDraft } from "./draft-store";
import {
  clearAllScratch,
  clearScratch,
  hasScratch,
  loadScratch,
  sanitizeScratch,
  saveScratch,
  scratchKey,
} from "./step-scratch";
import { newMemberRow } from "./member-rows";
import { STEPS } from "./steps";

afterEach(() => {
  localStorage.clear();
  sessionStorage.clear();
});

describe("unsubmitted values of a step (scratch)", () => {
  it("are kept per step and read back as form values", () => {
    saveScratch(STEPS.hukou, { hukouProvince: "370000", hukouCity: "" });
    saveScratch(STEPS.about, { birth: "1990-", sex: "female" });
    expect(loadScratch(STEPS.hukou)).toEqual({ hukouProvince: "370000", hukouCity: "" });
    expect(loadScratch(STEPS.about)).toEqual({ birth: "1990-", sex: "female" });
    expect(loadScratch(STEPS.city)).toBeUndefined();
    expect(hasScratch()).toBe(true);
  });

  it("keep the rows of a list step", () => {
    const rows = [
      { scheme: "staff", province: "320000", city: "320100", from: "2017-07-01", to: "", ongoing: true },
    ];
    saveScratch(STEPS.medical, { medical: rows });
    expect(loadScratch(STEPS.medical)).toEqual({ medical: rows });
  });

  it("keep the family cards of the household step, with the person's own answer beside them", () => {
    const card = { ...newMemberRow("child"), birth: "2020-", sameHukou: false, insured: "resident" };
    saveScratch(STEPS.household, { livingWith: "none", household: [card] });
    expect(loadScratch(STEPS.household)).toEqual({ livingWith: "none", household: [card] });
    // A card's keys are the row's own: anything else is dropped.
    saveScratch(STEPS.household, { household: [{ relation: "spouse", insured: { scheme: "staff" } }] });
    expect(loadScratch(STEPS.household)).toEqual({ household: [{ relation: "spouse" }] });
  });

  it("are removed when the step is submitted, and all at once", () => {
    saveScratch(STEPS.city, { city: "340100" });
    saveScratch(STEPS.work, { work: "platform" });
    clearScratch("city");
    expect(loadScratch(STEPS.city)).toBeUndefined();
    expect(loadScratch(STEPS.work)).toEqual({ work: "platform" });
    clearAllScratch();
    expect(hasScratch()).toBe(false);
  });

  it("trust nothing read back: other fields, odd shapes, huge texts and prototypes are dropped", () => {
    const fromJson: unknown = JSON.parse('{"city":"340100","work":"employee","__proto__":{"city":"x"}}');
    expect(sanitizeScratch(STEPS.city, fromJson)).toEqual({ city: "340100" });
    expect(Object.getPrototypeOf(sanitizeScratch(STEPS.city, fromJson))).toBe(Object.prototype);
    expect(sanitizeScratch(STEPS.city, { city: "9".repeat(5000) })).toBeUndefined();
    expect(sanitizeScratch(STEPS.city, { city: { toString: "x" } })).toBeUndefined();
    expect(sanitizeScratch(STEPS.city, ["340100"])).toBeUndefined();
    expect(
      sanitizeScratch(STEPS.medical, { medical: Array.from({ length: 13 }, () => ({})) }),
    ).toBeUndefined();
    expect(
      sanitizeScratch(STEPS.medical, { medical: [{ scheme: "staff", evil: "<script>", from: 5 }] }),
    ).toEqual({
      medical: [{ scheme: "staff" }],
    });
    localStorage.setItem(scratchKey("city"), "{not json");
    expect(loadScratch(STEPS.city)).toBeUndefined();
    localStorage.setItem(scratchKey("city"), JSON.stringify({ v: 2, values: { city: "340100" } }));
    expect(loadScratch(STEPS.city)).toBeUndefined();
  });
});

describe("removing everything the app stored", () => {
  it("removes the draft, every scratch entry and every other key of the app, and nothing else", () => {
    saveDraft({ city: "340100" });
    saveScratch(STEPS.city, { city: "340100" });
    saveScratch(STEPS.pension, { pension: [] });
    localStorage.setItem("shebao-suishendai:large-text:v1", "1");
    sessionStorage.setItem("shebao-suishendai:anything", "x");
    localStorage.setItem("another-site-key", "keep");
    removeEverything();
    expect(localStorage.getItem(DRAFT_KEY)).toBeNull();
    expect(Object.keys(localStorage)).toEqual(["another-site-key"]);
    expect(sessionStorage.length).toBe(0);
  });
});
