import { describe, expect, it } from "vitest";
import { changedFields, differentAnswers, sameValue } from "./same-answers";

describe("comparing answers", () => {
  it("compares plain data, ignoring key order", () => {
    expect(sameValue({ a: 1, b: [{ x: "1", y: true }] }, { b: [{ y: true, x: "1" }], a: 1 })).toBe(true);
    expect(sameValue({ a: 1 }, { a: 1, b: undefined })).toBe(true);
    expect(sameValue([1, 2], [2, 1])).toBe(false);
    expect(sameValue({ a: "1" }, { a: 1 })).toBe(false);
    expect(sameValue([], {})).toBe(false);
    expect(sameValue(null, {})).toBe(false);
  });

  it("a step writes only the fields the person changed there", () => {
    const before = { hukouProvince: "320000", hukouCity: "320100" };
    expect(changedFields(before, { hukouProvince: "320000", hukouCity: "320100" })).toEqual({});
    expect(changedFields(before, { hukouProvince: "370000", hukouCity: "371300" })).toEqual({
      hukouProvince: "370000",
      hukouCity: "371300",
    });
    expect(changedFields({}, { city: "340100" })).toEqual({ city: "340100" });
    // A field emptied is written as undefined, which removes it from the draft.
    expect(changedFields({ plannedStart: "2026-06-20" }, { plannedStart: undefined })).toEqual({
      plannedStart: undefined,
    });
    const rows = [{ scheme: "staff", city: "320100", from: "2017-07-01" }];
    expect(changedFields({ medical: rows }, { medical: rows.map((r) => ({ ...r })) })).toEqual({});
  });

  it("answers differ when the device holds some that are not the link's", () => {
    expect(differentAnswers({}, { city: "340100" })).toBe(false);
    expect(differentAnswers({ city: "340100" }, { city: "340100" })).toBe(false);
    expect(differentAnswers({ city: "440300" }, { city: "340100" })).toBe(true);
    expect(differentAnswers({ city: "340100" }, { city: "340100", work: "platform" })).toBe(true);
  });
});
