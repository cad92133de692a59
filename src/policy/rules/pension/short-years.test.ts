import { describe, expect, it } from "vitest";
import { answersFor, type NamedAnswers } from "../../testing";
import { buildProfile } from "../profile";
import { minimumYears } from "./minimum-years";
import { shortYearsWarning } from "./short-years";

type Entry = NonNullable<NamedAnswers["pension"]>[number];

function warn(pension: Entry[], birth = "1965-10", asOf = "2026-11-22") {
  const p = buildProfile(
    answersFor({
      city: "开封",
      hukouProvince: "河南",
      hukouCity: "开封",
      work: "none",
      birth,
      sex: "male",
      pension,
    }),
    asOf,
  );
  return shortYearsWarning(p, minimumYears(p));
}
const staff = (years: number, province = "河南", temporary?: boolean): Entry => ({
  scheme: "staff",
  province,
  years,
  ...(temporary ? { temporary } : {}),
});

describe("国务院办法 第二条: short of the minimum at the statutory age", () => {
  it("P15: 14 years in 2026 (minimum 15) → warning with the three ways out", () => {
    const w = warn([staff(14)]);
    expect(w?.params).toMatchObject({ total: 14, min: 15, missing: 1 });
    expect(w?.because?.map((b) => b.code)).toEqual(["short.extend", "short.lump_sum", "short.linkage"]);
  });

  it("第二条 boundary: exactly 15 in 2026 → no warning", () => {
    expect(warn([staff(15)])).toBeUndefined();
  });

  it("P16: 15 years reaching the age in 2031 (minimum 16) → warning", () => {
    expect(warn([staff(15)], "1970-04", "2031-09-01")?.params).toMatchObject({ min: 16, missing: 1 });
  });

  it("all provinces and temporary accounts count: 8 + 7 = 15 → no warning", () => {
    expect(warn([staff(8, "广东"), staff(7, "浙江", true)])).toBeUndefined();
  });

  it("before the statutory age: no warning", () => {
    expect(warn([staff(3)], "1975-01")).toBeUndefined();
  });

  it("城乡居民养老 only: the 职工养老 minimum is not theirs to meet", () => {
    expect(warn([{ scheme: "resident", province: "河南", years: 10 }])).toBeUndefined();
  });
});
