import { describe, expect, it } from "vitest";
import { adviseHousehold } from "./advise";
import { memberAnswers, memberKeys } from "./household";
import { answersFor, type NamedAnswers } from "./testing";

const suzhou: NamedAnswers = {
  city: "苏州",
  hukouProvince: "安徽",
  hukouCity: "阜阳",
  residencePermit: "yes",
  work: "platform",
  birth: "1990-03",
  sex: "male",
  livingWith: "children",
  medical: [{ scheme: "resident", city: "阜阳" }],
  household: [
    { relation: "spouse", birth: "1992-05", sex: "female", work: "none", residencePermit: "no" },
    {
      relation: "child",
      birth: "2018-03",
      schooling: "school",
      insured: { scheme: "resident", city: "阜阳" },
    },
    { relation: "child", birth: "2023-06", schooling: "none" },
  ],
};

describe("memberAnswers: a member's answers come from the household's", () => {
  const self = answersFor(suzhou);
  const [spouse, child] = self.household ?? [];

  it("a child lives in the household's city, with its hukou, as a pupil with the parents", () => {
    if (!child) throw new Error("no child");
    expect(memberAnswers(self, child)).toMatchObject({
      city: self.city,
      hukouCity: self.hukouCity,
      hukouProvince: self.hukouProvince,
      work: "student",
      livingWith: "parents",
      schooling: "school",
      birth: "2018-03",
      medical: [{ scheme: "resident", city: self.hukouCity }],
    });
  });

  it("a child's 居住证 is the better of the parents' (the father's here), never its own", () => {
    if (!child) throw new Error("no child");
    expect(memberAnswers(self, child).residencePermit).toBe("yes");
    const noPermit = { ...self, residencePermit: "no" as const };
    expect(memberAnswers(noPermit, child).residencePermit).toBe("no");
  });

  it("an adult's 居住证 is their own; an unknown one is not assumed", () => {
    if (!spouse) throw new Error("no spouse");
    expect(memberAnswers(self, spouse)).toMatchObject({ residencePermit: "no", work: "none", sex: "female" });
  });

  it("a member with a local hukou needs no 居住证", () => {
    if (!child) throw new Error("no child");
    const local = { ...child, hukouCity: self.city, hukouProvince: `${self.city.slice(0, 2)}0000` };
    expect(memberAnswers(self, local)).not.toHaveProperty("residencePermit");
  });

  it("keys name members stably: spouse, child1, child2, parent1", () => {
    expect(memberKeys(self.household ?? [])).toEqual(["spouse", "child1", "child2"]);
  });
});

describe("adviseHousehold", () => {
  it("gives the person and each member their own advice on the same day", () => {
    const h = adviseHousehold(answersFor(suzhou), { asOf: "2026-11-30" });
    expect(h.members.map((m) => m.key)).toEqual(["spouse", "child1", "child2"]);
    for (const m of h.members) expect(m.advice.asOf).toBe("2026-11-30");
    // The pupil at a 苏州 school can join here; the 3-year-old at home only under the 积分入医 rule.
    expect(h.members[1]?.advice.medical.recommended.code).toBe("resident_local");
    expect(h.members[2]?.advice.medical.options.find((o) => o.code === "resident_local")?.status).toBe(
      "conditional",
    );
  });

  it("checks a child's parent condition against the parents it names (南京 before the national change)", () => {
    const nanjing = (medical: NamedAnswers["medical"], work: NamedAnswers["work"]) =>
      adviseHousehold(
        answersFor({
          city: "南京",
          hukouProvince: "安徽",
          hukouCity: "阜阳",
          residencePermit: "yes",
          work,
          birth: "1990-03",
          livingWith: "children",
          medical,
          household: [{ relation: "child", birth: "2021-03", schooling: "kindergarten" }],
        }),
        { asOf: "2024-12-01" },
      ).members[0]?.advice.medical.options.find((o) => o.code === "resident_local")?.status;
    expect(nanjing([{ scheme: "staff", city: "南京", from: "2020-01" }], "employee")).toBe("open");
    // Staff insurance elsewhere, or none: the condition stays to be checked, never refused.
    expect(nanjing([{ scheme: "staff", city: "合肥", from: "2020-01" }], "employee")).toBe("conditional");
    expect(nanjing([], "none")).toBe("conditional");
  });

  it("a parent's staff insurance ended last month no longer counts", () => {
    const h = adviseHousehold(
      answersFor({
        city: "南京",
        hukouProvince: "安徽",
        hukouCity: "阜阳",
        residencePermit: "yes",
        work: "employee",
        birth: "1990-03",
        livingWith: "children",
        medical: [{ scheme: "staff", city: "南京", from: "2020-01", to: "2024-11" }],
        household: [{ relation: "child", birth: "2021-03", schooling: "kindergarten" }],
      }),
      { asOf: "2024-12-01" },
    );
    expect(h.members[0]?.advice.medical.options.find((o) => o.code === "resident_local")?.status).toBe(
      "conditional",
    );
  });

  it("a retired mother with 职工医保 at home keeps it and is pointed to the long-stay filing", () => {
    const h = adviseHousehold(
      answersFor({
        city: "广州",
        hukouProvince: "广东",
        hukouCity: "广州",
        work: "employee",
        birth: "1988-09",
        sex: "female",
        livingWith: "parents",
        medical: [{ scheme: "staff", city: "广州", from: "2015-07" }],
        household: [
          {
            relation: "parent",
            birth: "1962-04",
            sex: "female",
            work: "retired",
            hukou: "哈尔滨",
            insured: { scheme: "staff", city: "哈尔滨" },
          },
        ],
      }),
      { asOf: "2026-11-30" },
    );
    const mother = h.members[0];
    expect(mother?.key).toBe("parent1");
    expect(mother?.answers).toMatchObject({ careAway: "long_term", livingWith: "children" });
    expect(mother?.advice.medical.recommended.code).toBe("keep_current");
  });
});
