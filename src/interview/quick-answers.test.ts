import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { LOCAL_POLICIES } from "../policy/data/local";
import { findCity } from "../policy/data/regions";
import type { Draft } from "./draft";
import { CITIES_WITH_LOCAL_RULES } from "./quick-answers";
import { STEPS, STEP_IDS } from "./steps";

/** 杭州, hukou 河南 周口. */
const RIDER: Draft = {
  city: "330100",
  hukouProvince: "410000",
  hukouCity: "411600",
  work: "platform",
  birth: "1990-04",
};
/** 南充, hukou 南充. */
const LOCAL: Draft = {
  city: "511300",
  hukouProvince: "510000",
  hukouCity: "511300",
  work: "none",
  birth: "1968-05",
};
/** A child of 8 in 苏州, hukou 赣州. */
const CHILD: Draft = {
  city: "320500",
  hukouProvince: "360000",
  hukouCity: "360700",
  work: "student",
  birth: "2018-03",
};

const ids = (id: (typeof STEP_IDS)[number], a: Draft) => (STEPS[id].quick?.(a) ?? []).map((q) => q.id);

describe("quick answers", () => {
  it("the city buttons are exactly the cities whose local rules the data holds", () => {
    const cities = [...LOCAL_POLICIES.keys()].filter((code) => !code.endsWith("0000"));
    expect([...CITIES_WITH_LOCAL_RULES].sort()).toEqual(cities.sort());
    for (const code of CITIES_WITH_LOCAL_RULES) expect(findCity(code), code).toBeDefined();
  });

  it("every quick answer, for every kind of person, passes its step's schema and answers all of the step", () => {
    for (const person of [RIDER, LOCAL, CHILD, {}])
      for (const id of STEP_IDS)
        for (const q of STEPS[id].quick?.(person) ?? []) {
          expect(z.safeParse(STEPS[id].schema, q.values).success, `${id} ${q.id}`).toBe(true);
          const owned = STEPS[id].fields.flatMap((f) => (f.companion ? [f.name, f.companion] : [f.name]));
          expect(Object.keys(q.values).sort(), `${id} ${q.id}`).toEqual(owned.sort());
        }
  });

  it("the hukou: “the same as the city” gives the city and its province", () => {
    expect(STEPS.hukou.quick?.({ city: "110100" })).toEqual([
      { id: "hukou-same", values: { hukouProvince: "110000", hukouCity: "110100" } },
    ]);
    expect(ids("hukou", {})).toEqual([]);
  });

  it("the medical history: only what makes sense for the person, and only while the list is empty", () => {
    expect(ids("medical", RIDER)).toEqual(["medical-none", "medical-resident-hukou", "medical-staff-here"]);
    expect(STEPS.medical.quick?.(RIDER)[1]?.values).toEqual({
      medical: [{ scheme: "resident", city: "411600" }],
    });
    // A local has no 老家 elsewhere, and may be in 居民医保 here.
    expect(ids("medical", LOCAL)).toEqual(["medical-none", "medical-staff-here", "medical-resident-here"]);
    // A child is not in 职工医保.
    expect(ids("medical", CHILD)).toEqual(["medical-none", "medical-resident-hukou"]);
    const withHistory: Draft = { ...RIDER, medical: [{ scheme: "staff", city: "330100", from: "2020-01" }] };
    expect(ids("medical", withHistory)).toEqual([]);
    expect(ids("medical", { ...RIDER, medical: [] })).toContain("medical-none");
  });

  it("the pension: “没有交过养老保险” while nothing is listed", () => {
    expect(STEPS.pension.quick?.(RIDER)).toEqual([{ id: "pension-none", values: { pension: [] } }]);
    expect(
      ids("pension", { ...RIDER, pension: [{ scheme: "staff", province: "330000", years: 2 }] }),
    ).toEqual([]);
  });
});
