import { describe, expect, it } from "vitest";
import { answersFor, find, type NamedAnswers } from "../../testing";
import { buildProfile } from "../profile";
import { minimumYears, minimumYearsFor } from "./minimum-years";

const AS_OF = "2026-11-22";

describe("国务院办法 第二条: minimum contribution years, by the year the statutory age is reached", () => {
  it.each([
    ["2025 (first year of the reform): still 15", "2025-06-01", 15],
    ["2029: still 15 (“2029年12月31日前…仍为15年”)", "2029-12-31", 15],
    ["2030: 15.5 (“从2030年1月1日起…每年提高6个月”)", "2030-01-01", 15.5],
    ["2031: 16", "2031-08-01", 16],
    ["2038: 19.5", "2038-12-01", 19.5],
    ["2039: 20, the cap", "2039-01-01", 20],
    ["2045: stays 20", "2045-05-01", 20],
    ["reached before the reform: 15", "2020-03-01", 15],
  ])("%s", (_, reached, years) => {
    expect(minimumYearsFor(reached, AS_OF)?.years).toBe(years);
  });

  it("第二条: every year from 2030 adds 6 months to 15, and stops at 20", () => {
    for (let year = 2030; year <= 2050; year++) {
      expect(minimumYearsFor(`${year}-07-01`, AS_OF)?.years, String(year)).toBe(
        Math.min(20, 15 + 0.5 * (year - 2029)),
      );
    }
  });

  it("the 办法 is in force from 2025-01-01: the engine does not apply it to an earlier asOf", () => {
    expect(minimumYearsFor("2031-01-01", "2024-12-31")).toBeUndefined();
    expect(minimumYearsFor("2031-01-01", "2025-01-01")?.years).toBe(16);
  });
});

describe("whose year: the reach year from birth and sex, else the year of asOf", () => {
  const person = (a: Partial<NamedAnswers>): NamedAnswers => ({
    city: "洛阳",
    hukouProvince: "河南",
    hukouCity: "洛阳",
    work: "employee",
    ...a,
  });

  it("P16: a man born 1970-04 reaches the age in 2031 → 16, also when asked in 2026", () => {
    const m = minimumYears(buildProfile(answersFor(person({ birth: "1970-04", sex: "male" })), AS_OF));
    expect(m).toMatchObject({ years: 16, year: 2031, basis: "reach_year" });
  });

  it("a young man born 1995-03 reaches it in 2058 → 20", () => {
    const m = minimumYears(buildProfile(answersFor(person({ birth: "1995-03", sex: "male" })), AS_OF));
    expect(m).toMatchObject({ years: 20, year: 2058 });
  });

  it("without a birth month: the year of asOf, flagged as possibly rising for someone not yet at the age", () => {
    const p = buildProfile(answersFor(person({ age: 30 })), "2031-09-01");
    expect(minimumYears(p)).toMatchObject({ years: 16, year: 2031, basis: "as_of_year" });
    expect(find(minimumYears(p)?.conclusion, "pension.min_years")?.params.missing).toBe("birth");
  });

  it("a man with the sex left out: says the sex is missing, not the birth month (persona test)", () => {
    const p = buildProfile(answersFor(person({ birth: "1982-03" })), AS_OF);
    expect(minimumYears(p)).toMatchObject({ years: 15, year: 2026, basis: "as_of_year" });
    expect(find(minimumYears(p)?.conclusion, "pension.min_years")?.params.missing).toBe("sex");
  });

  it("a woman without her category: the reach year when both categories give the same figure", () => {
    // Born 1966-05: 50 → 2016-05, 55 → 2021-05: both years give 15.
    const both = buildProfile(answersFor(person({ birth: "1966-05", sex: "female" })), AS_OF);
    expect(minimumYears(both)).toMatchObject({ years: 15, basis: "categories_agree" });
    expect(find(minimumYears(both)?.conclusion, "pension.min_years")?.params.missing).toBe(undefined);
    // Born 1980-05: 50 → 2033-02 (17 years), 55 → 2038-01 (19.5): they differ, so the category is asked.
    const differ = buildProfile(answersFor(person({ birth: "1980-05", sex: "female" })), AS_OF);
    expect(minimumYears(differ)).toMatchObject({ basis: "as_of_year" });
    expect(find(minimumYears(differ)?.conclusion, "pension.min_years")?.params.missing).toBe("category");
    // Born 1985-05: 50 → 55 (2040-05, 20 years) and 55 → 58 (2043-05, 20 years): the same 20.
    const young = buildProfile(answersFor(person({ birth: "1985-05", sex: "female" })), AS_OF);
    expect(minimumYears(young)).toMatchObject({ years: 20, basis: "categories_agree" });
  });

  it("without a birth month but at retirement age: the year of asOf, not flagged", () => {
    const p = buildProfile(answersFor(person({ age: 61, atRetirementAge: true })), AS_OF);
    expect(minimumYears(p)?.years).toBe(15);
    expect(find(minimumYears(p)?.conclusion, "pension.min_years")?.params.missing).toBeUndefined();
  });
});
