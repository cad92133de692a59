import { describe, expect, it } from "vitest";
import { answersFor, find, type NamedAnswers } from "../../testing";
import { buildProfile } from "../profile";
import { claimPlace } from "./claim-place";
import { linkage } from "./linkage";
import { minimumYears } from "./minimum-years";

type Entry = NonNullable<NamedAnswers["pension"]>[number];
const staff = (years: number, province = "河南", temporary?: boolean): Entry => ({
  scheme: "staff",
  province,
  years,
  ...(temporary ? { temporary } : {}),
});
const resident = (years: number): Entry => ({ scheme: "resident", province: "河南", years });

function link(pension: Entry[], extra: Partial<NamedAnswers> = {}, asOf = "2026-11-22") {
  const p = buildProfile(
    answersFor({
      city: "信阳",
      hukouProvince: "河南",
      hukouCity: "信阳",
      work: "none",
      birth: "1965-03",
      sex: "male",
      pension,
      ...extra,
    }),
    asOf,
  );
  return linkage(p, claimPlace(p.answers.pension, p.hukouProvince.code, asOf), minimumYears(p));
}
const codes = (l: ReturnType<typeof link>) => l?.conclusion.because?.map((b) => b.code) ?? [];

describe("人社部发〔2014〕17号 第三条: 城乡养老衔接 at the statutory retirement age", () => {
  it("第三条: exactly 15 职工养老 years → 居民 into 职工 (into_staff)", () => {
    const l = link([resident(6), staff(15)]);
    expect(l?.direction).toBe("into_staff");
    expect(codes(l)).not.toContain("linkage.extension_could_change");
  });

  it("第三条: 14.5 years → 职工 into 居民 (into_resident), and 延长缴费 to 15 would change it", () => {
    const l = link([resident(6), staff(14.5)]);
    expect(l?.direction).toBe("into_resident");
    const ext = l?.conclusion.because?.find((b) => b.code === "linkage.extension_could_change");
    expect(ext?.params).toMatchObject({ threshold: 15, missing: 0.5 });
  });

  it("P9: 12 staff years and 6 resident years → into_resident", () => {
    expect(link([resident(6), staff(12)])?.direction).toBe("into_resident");
  });

  it("第三条 counts every 职工养老 year: all provinces and temporary accounts (8 + 7 = 15)", () => {
    expect(link([resident(3), staff(8, "广东"), staff(7, "浙江", true)])?.direction).toBe("into_staff");
  });

  it("第四条: the application comes before claiming, at the place fixed by 66号", () => {
    const l = link([resident(6), staff(15)]);
    expect(codes(l)).toContain("linkage.apply_before_claiming");
    expect(find(l?.conclusion, "linkage.into_staff")?.params.claim).toBe("河南");
    expect(codes(l)).toContain("linkage.years_not_merged");
  });

  it("before the statutory age: the same rule, said as a plan on the years so far (persona 2)", () => {
    const l = link([resident(6), staff(15)], { birth: "1975-03" });
    expect(l?.direction).toBe("into_staff");
    expect(find(l?.conclusion, "linkage.into_staff")?.params.atAge).toBe(false);
  });

  it("only with both schemes", () => {
    expect(link([staff(12)])).toBeUndefined();
    expect(link([resident(12)])).toBeUndefined();
  });

  it("reaching the age in 2029: the 15 is not in doubt, no notice", () => {
    // Man born 1968-09: 60 years + 11 months → 2029-08.
    const l = link([resident(6), staff(15)], { birth: "1968-09" }, "2029-10-01");
    expect(l?.notices).toEqual([]);
  });

  it("Addendum A §2.3: reaching it in 2031 (minimum 16) with 15.5 years → says the direction depends on the reading", () => {
    const l = link([resident(6), staff(15.5)], { birth: "1970-04" }, "2031-09-01");
    expect(l?.direction).toBe("into_staff");
    expect(l?.notices.map((n) => n.code)).toEqual(["notice.linkage_threshold_unconfirmed"]);
    expect(find(l?.notices, "notice.linkage_threshold_unconfirmed")?.params).toMatchObject({
      threshold: 15,
      minimum: 16,
      year: 2031,
    });
    expect(codes(l)).toContain("linkage.direction_depends_on_reading");
  });

  it("Addendum A §2.3: with 16 years in 2031 both readings agree: notice only", () => {
    const l = link([resident(6), staff(16)], { birth: "1970-04" }, "2031-09-01");
    expect(l?.notices).toHaveLength(1);
    expect(codes(l)).not.toContain("linkage.direction_depends_on_reading");
  });
});
