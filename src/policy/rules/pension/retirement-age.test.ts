import { describe, expect, it } from "vitest";
import { addMonths } from "../../../lib/dates";
import { answersFor } from "../../testing";
import { buildProfile } from "../profile";
import { hasReached, statutoryRetirement } from "./retirement-age";

const AS_OF = "2026-11-22";
const age = (years: number, months: number) => years * 12 + months;

describe("国务院办法 第一条: statutory retirement age by birth month (published examples)", () => {
  it.each([
    // [case, category, birth, years, months, month]
    ["men born before 1965-01 keep 60", "male", "1964-12", 60, 0, "2024-12"],
    ["men 1965-01..04 → 60y1m, born 1965-01 retires 2025-02 (fudaoke)", "male", "1965-01", 60, 1, "2025-02"],
    ["men 1965-01..04 → 60y1m (last month of the block)", "male", "1965-04", 60, 1, "2025-05"],
    ["men 1965-05 starts the next block → 60y2m", "male", "1965-05", 60, 2, "2025-07"],
    ["P15: man born 1965-10 → 2026-01", "male", "1965-10", 60, 3, "2026-01"],
    ["man born 1966-01 → 60y4m = 2026-05 (southmoney)", "male", "1966-01", 60, 4, "2026-05"],
    ["P16: man born 1970-04 → 2031-08", "male", "1970-04", 61, 4, "2031-08"],
    ["men born 1976-08 are one month short of the cap", "male", "1976-08", 62, 11, "2039-07"],
    ["men born from 1976-09 → 63", "male", "1976-09", 63, 0, "2039-09"],
    ["the cap holds after 1976-09", "male", "1990-01", 63, 0, "2053-01"],
    ["women-55 born before 1970-01 keep 55", "female_55", "1969-12", 55, 0, "2024-12"],
    ["women-55 1970-01 → 55y1m", "female_55", "1970-01", 55, 1, "2025-02"],
    ["P20: woman-55 born 1972-06 → 2028-02", "female_55", "1972-06", 55, 8, "2028-02"],
    ["women-55 from 1981-09 → 58 (derived cap)", "female_55", "1981-09", 58, 0, "2039-09"],
    ["women-50 born before 1975-01 keep 50", "female_50", "1974-12", 50, 0, "2024-12"],
    ["women-50 1975-01 → 50y1m (2-month blocks)", "female_50", "1975-01", 50, 1, "2025-02"],
    ["women-50 1975-03 → 50y2m", "female_50", "1975-03", 50, 2, "2025-05"],
    ["women-50 born 1984-10 are one month short", "female_50", "1984-10", 54, 11, "2039-09"],
    ["women-50 from 1984-11 → 55 (wxredian)", "female_50", "1984-11", 55, 0, "2039-11"],
  ] as const)("%s", (_, category, birth, years, months, month) => {
    const r = statutoryRetirement(birth, category, AS_OF);
    expect(r?.ageMonths).toBe(age(years, months));
    expect(r?.month).toBe(month);
    expect(r?.month).toBe(addMonths(birth, age(years, months)));
  });

  it.each([
    ["male", "1965-01", 4, 36],
    ["female_55", "1970-01", 4, 36],
    ["female_50", "1975-01", 2, 60],
  ] as const)(
    "第一条: %s from %s adds one month per %i birth months up to %i",
    (category, first, per, cap) => {
      let previous = statutoryRetirement(addMonths(first, -1), category, AS_OF)?.delayMonths ?? -1;
      expect(previous).toBe(0);
      for (let i = 0; i < per * cap + 24; i++) {
        const delay = statutoryRetirement(addMonths(first, i), category, AS_OF)?.delayMonths ?? -1;
        const expected = i % per === 0 && previous < cap ? previous + 1 : previous;
        expect(delay, `born ${addMonths(first, i)}`).toBe(expected);
        previous = delay;
      }
      expect(previous).toBe(cap);
    },
  );

  it("第一条 is in force from 2025-01-01: before that the engine does not know the age", () => {
    expect(statutoryRetirement("1966-01", "male", "2024-12-31")).toBeUndefined();
    expect(statutoryRetirement("1966-01", "male", "2025-01-01")?.month).toBe("2026-05");
  });

  it("a woman's category is never assumed: without it both categories are kept (F7)", () => {
    const named = { city: "洛阳", hukouProvince: "河南", hukouCity: "洛阳", work: "flexible" } as const;
    const unknown = buildProfile(answersFor({ ...named, birth: "1980-05", sex: "female" }), AS_OF);
    expect(unknown.retirement).toBeUndefined();
    expect(unknown.retirementCandidates.map((r) => [r.category, r.month])).toEqual([
      ["female_50", "2033-02"],
      ["female_55", "2038-01"],
    ]);
    const told = buildProfile(
      answersFor({ ...named, birth: "1980-05", sex: "female", originalRetirementAge: 55 }),
      AS_OF,
    );
    expect(told.retirement?.month).toBe("2038-01");
  });

  it("with the sex not given: 63 or more has reached every category's age; 50 or less none", () => {
    const named = { city: "洛阳", hukouProvince: "河南", hukouCity: "洛阳", work: "none" } as const;
    expect(buildProfile(answersFor({ ...named, birth: "1963-05" }), AS_OF).reached).toBe("yes");
    expect(buildProfile(answersFor({ ...named, birth: "1970-05" }), AS_OF).reached).toBe("unknown");
    expect(buildProfile(answersFor({ ...named, birth: "1980-05" }), AS_OF).reached).toBe("no");
  });

  it("the age counts as reached in the retirement month itself (the day of birth is not asked)", () => {
    const r = statutoryRetirement("1965-10", "male", AS_OF);
    if (!r) throw new Error("no retirement");
    expect(hasReached(r, "2025-12-31")).toBe(false);
    expect(hasReached(r, "2026-01-01")).toBe(true);
  });
});

describe("Profile: atRetirementAge from birth and sex, else as answered", () => {
  const base = { city: "开封", hukouProvince: "河南", hukouCity: "开封", work: "none" } as const;

  it("computed from birth and sex wins over the answer", () => {
    const p = buildProfile(
      answersFor({ ...base, birth: "1966-01", sex: "male", atRetirementAge: true }),
      "2026-04-30",
    );
    expect(p.retirement?.month).toBe("2026-05");
    expect(p.atRetirementAge).toBe(false);
  });

  it("without a birth month the answer is used", () => {
    const p = buildProfile(answersFor({ ...base, age: 61, sex: "male", atRetirementAge: true }), AS_OF);
    expect(p.retirement).toBeUndefined();
    expect(p.atRetirementAge).toBe(true);
  });

  it("with a birth month but no sex: no retirement month; at 66 every category's age is behind", () => {
    const p = buildProfile(answersFor({ ...base, birth: "1960-01" }), AS_OF);
    expect(p.retirement).toBeUndefined();
    expect(p.atRetirementAge).toBe(true);
  });

  it("a woman without originalRetirementAge is not assumed to be in the 50 category", () => {
    // 1975-01: former 50 → 50y1m (2025-02, reached); former 55 → 56y4m (2031-05, not yet).
    const p = buildProfile(answersFor({ ...base, birth: "1975-01", sex: "female" }), AS_OF);
    expect(p.retirement).toBeUndefined();
    expect(p.retirementCandidates.map((r) => r.month)).toEqual(["2025-02", "2031-05"]);
    expect(p.reached).toBe("unknown");
    expect(p.atRetirementAge).toBe(false);
  });
});
