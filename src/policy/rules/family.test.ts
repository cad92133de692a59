import { describe, expect, it } from "vitest";
import { answersFor, type NamedAnswers } from "../testing";
import { familyHints } from "./family";
import { medicalOptions } from "./medical-options";
import { buildProfile } from "./profile";

const ASOF = "2026-11-22";
const profile = (a: NamedAnswers, asOf = ASOF) => buildProfile(answersFor(a), asOf);
const residentLocal = (a: NamedAnswers, asOf = ASOF) =>
  medicalOptions(profile(a, asOf)).find((o) => o.code === "resident_local");

const child = (city: string, extra: Partial<NamedAnswers> = {}): NamedAnswers => ({
  city,
  hukouProvince: "湖南",
  hukouCity: "邵阳",
  residencePermit: "yes",
  work: "student",
  livingWith: "parents",
  ...extra,
});

describe("family members: children with their parents, parents with their children", () => {
  it("深圳 (from 2025-09-01): a child under 7 whose parent holds a 深圳 居住证 can join 居民医保", () => {
    const home = { birth: "2022-03", schooling: "none" } as const;
    expect(residentLocal(child("深圳", home))?.status).toBe("open");
    expect(residentLocal(child("深圳", { ...home, residencePermit: "no" }))?.status).toBe("after_step");
    expect(residentLocal(child("深圳", home), "2025-08-31")?.status).toBe("unconfirmed");
    // Whether the child goes to kindergarten decides the rule: not asked, not assumed.
    expect(residentLocal(child("深圳", { birth: "2022-03" }))?.status).toBe("conditional");
  });

  it("深圳: a pupil of 10 is under the older pupils' rule (a parent insured ≥1 year): a condition to check", () => {
    expect(residentLocal(child("深圳", { birth: "2016-03", schooling: "school" }))?.status).toBe(
      "conditional",
    );
  });

  it("天津 takes pupils and children with a 居住证 or its 受理回执 (2022, secondary)", () => {
    expect(residentLocal(child("天津", { birth: "2015-03", residencePermit: "applying" }))?.status).toBe(
      "open",
    );
  });

  it("a city whose adult rule is open to 居住证 holders takes children too (合肥, seed 002)", () => {
    expect(residentLocal(child("合肥", { birth: "2015-03" }))?.status).toBe("open");
  });

  it("杭州 2026年度: pupils at 杭州 schools; pre-school children with a parent's 浙江省居住证", () => {
    const o = residentLocal(child("杭州", { birth: "2015-03", schooling: "school" }));
    expect(o?.status).toBe("open");
    expect(o?.because.map((b) => b.code)).toContain("opt.child_where_they_live");
    expect(residentLocal(child("杭州", { birth: "2022-03", schooling: "kindergarten" }))?.status).toBe(
      "open",
    );
    expect(
      residentLocal(child("杭州", { birth: "2022-03", schooling: "kindergarten", residencePermit: "no" }))
        ?.status,
    ).toBe("closed");
  });

  it("杭州 in 2025: the 2022 rule (a parent in 杭州 职工医保) cannot be checked, and predates the 2025 notice", () => {
    const o = residentLocal(child("杭州", { birth: "2015-03", schooling: "school" }), "2025-06-01");
    expect(o?.status).toBe("conditional");
    expect(o?.because.map((b) => b.code)).toContain("city.predates_national");
  });

  it("an elderly parent who moved to her children: 国卫基层发〔2016〕23号 第十条 is the reason", () => {
    const o = residentLocal({
      city: "石家庄",
      hukouProvince: "山西",
      hukouCity: "大同",
      residencePermit: "yes",
      work: "none",
      livingWith: "children",
      birth: "1959-04",
    });
    expect(o?.because.find((b) => b.code === "opt.elderly_with_children")?.cites[0]).toEqual({
      source: "gwjcf-2016-23",
      clause: "第十条（投靠子女的老年人）",
    });
  });

  it("hints that local years count for schooling and 积分 (seed 000), only for people away from their hukou", () => {
    const codes = (a: NamedAnswers) => familyHints(profile(a)).map((h) => h.code);
    expect(codes(child("深圳", { birth: "2016-03" }))).toEqual(["family.child_points_quota"]);
    expect(codes({ ...child("深圳"), work: "platform", birth: "1990-03", livingWith: "none" })).toEqual([
      "family.local_years_matter",
    ]);
    // A retiree in 职工医保 is never pointed at a second scheme through a child's account (persona 3).
    const retiree: NamedAnswers = {
      city: "广州",
      hukouProvince: "黑龙江",
      hukouCity: "哈尔滨",
      work: "retired",
      birth: "1962-02",
      livingWith: "children",
      medical: [{ scheme: "staff", city: "哈尔滨", from: "1998-01-01" }],
    };
    expect(codes(retiree)).toEqual([]);
    expect(
      codes({ ...retiree, medical: [{ scheme: "resident", city: "哈尔滨", from: "2012-01-01" }] }),
    ).toEqual(["family.children_account_pays"]);
    expect(codes({ city: "邵阳", hukouProvince: "湖南", hukouCity: "邵阳", work: "employee" })).toEqual([]);
  });
});
