import { describe, expect, it } from "vitest";
import { advise } from "../../policy/advise";
import { answersFor, type NamedAnswers } from "../../policy/testing";
import { claimPlaceFromAdvice } from "./claim-place-adapter";
import { lanesOf, medicalGaps, timelineFromAdvice } from "./insurance-timeline-adapter";
import { retirementFromAdvice } from "./retirement-adapter";

const AS_OF = "2026-11-22";
const run = (a: NamedAnswers) => {
  const answers = answersFor(a);
  return { answers, advice: advise(answers, { asOf: AS_OF }) };
};
/** A 南京 employee moving to a job in 合肥 (the persona test's mover), with a given last day and start. */
const mover = (to: string | undefined, plannedStart?: string, extra: Partial<NamedAnswers> = {}) =>
  run({
    city: "合肥",
    hukouProvince: "江苏",
    hukouCity: "南京",
    work: "employee",
    birth: "1992-03",
    medical: [{ scheme: "staff", city: "南京", from: "2017-07-01", ...(to ? { to } : {}) }],
    ...(plannedStart ? { plannedStart } : {}),
    ...extra,
  });

describe("medicalGaps", () => {
  it("counts the months strictly between the last month insured and the start month, like gapMonths", () => {
    // Last day 2025-09-30, new start 2026-01-01: October, November, December.
    expect(medicalGaps([{ from: "2017-07-01", to: "2025-09-30" }], "2026-11", "2026-01-01")).toEqual([
      { from: "2025-10", to: "2025-12", months: 3, beforeStart: true },
    ]);
  });

  it("finds a gap between two earlier periods, and none while a period is still running", () => {
    expect(
      medicalGaps(
        [{ from: "2015-01-01", to: "2016-12-31" }, { from: "2018-03-01" }],
        "2026-11",
        "2026-11-22",
      ),
    ).toEqual([{ from: "2017-01", to: "2018-02", months: 14, beforeStart: false }]);
  });

  it("has no gap when the new start follows the last month, or with no periods", () => {
    expect(medicalGaps([{ from: "2017-07-01", to: "2026-05-31" }], "2026-11", "2026-06-20")).toEqual([]);
    expect(medicalGaps([], "2026-11", "2026-11-22")).toEqual([]);
  });

  it("counts overlapping periods once", () => {
    expect(
      medicalGaps(
        [
          { from: "2020-01-01", to: "2021-06-30" },
          { from: "2021-01-01", to: "2022-12-31" },
        ],
        "2026-11",
        "2023-01-01",
      ),
    ).toEqual([]);
  });
});

describe("lanesOf", () => {
  it("one lane per kind, scheme and place, named by scheme and place, periods in time order", () => {
    const lanes = lanesOf([
      {
        kind: "pension",
        scheme: "staff",
        place: "440000",
        placeName: "广东",
        from: "2019-01",
        to: "2020-12",
      },
      { kind: "medical", scheme: "staff", place: "440100", placeName: "广州", from: "2018-03" },
      {
        kind: "pension",
        scheme: "staff",
        place: "440000",
        placeName: "广东",
        from: "2015-01",
        to: "2016-06",
      },
      {
        kind: "pension",
        scheme: "resident",
        place: "510000",
        placeName: "四川",
        from: "2012-01",
        to: "2014-12",
      },
    ]);
    expect(lanes.map((l) => [l.id, l.label, l.periods])).toEqual([
      ["pension-resident-510000", "城乡居民养老保险 · 四川", [{ from: "2012-01", to: "2014-12" }]],
      [
        "pension-staff-440000",
        "职工养老保险 · 广东",
        [
          { from: "2015-01", to: "2016-06" },
          { from: "2019-01", to: "2020-12" },
        ],
      ],
      ["medical-staff-440100", "职工医保 · 广州", [{ from: "2018-03" }]],
    ]);
  });
});

describe("timelineFromAdvice", () => {
  it("one lane per scheme and city, the advice's month as now", () => {
    const { answers, advice } = mover("2026-05-31", "2026-06-20");
    const props = timelineFromAdvice(answers, advice);
    expect(props?.now).toBe("2026-11");
    expect(props?.lanes).toEqual([
      {
        id: "medical-staff-320100",
        kind: "medical",
        scheme: "staff",
        label: "职工医保 · 南京",
        periods: [{ from: "2017-07", to: "2026-05" }],
      },
    ]);
    expect(props?.gaps).toEqual([]);
  });

  it("a gap of 3 months before the new start: paid back, no waiting period (医保办发〔2021〕43号: at most 3 months)", () => {
    const { answers, advice } = mover("2025-09-30", "2026-01-01");
    expect(timelineFromAdvice(answers, advice)?.gaps).toEqual([
      { from: "2025-10", to: "2025-12", label: "断保3个月：补交这3个月，没有等待期" },
    ]);
  });

  it("a gap of 6 months: a waiting period may apply and continuity is lost", () => {
    const { answers, advice } = mover("2025-06-30", "2026-01-01");
    expect(timelineFromAdvice(answers, advice)?.gaps).toEqual([
      { from: "2025-07", to: "2025-12", label: "断保6个月：可能有等待期，连续参保也断了" },
    ]);
  });

  it("no start planned: the gap runs to last month and says it counts if the person enrols now", () => {
    const { answers, advice } = mover("2026-05-31", undefined, { work: "flexible" });
    expect(timelineFromAdvice(answers, advice)?.gaps).toEqual([
      { from: "2026-06", to: "2026-10", label: "如果现在参保，断保5个月：可能有等待期，连续参保也断了" },
    ]);
  });

  it("an earlier gap, which the engine does not price, is only counted; two schemes get two lanes", () => {
    const { answers, advice } = run({
      city: "合肥",
      hukouProvince: "江苏",
      hukouCity: "南京",
      work: "employee",
      birth: "1992-03",
      medical: [
        { scheme: "resident", city: "南京", from: "2015-01-01", to: "2016-12-31" },
        { scheme: "staff", city: "合肥", from: "2018-03-01" },
      ],
    });
    const props = timelineFromAdvice(answers, advice);
    expect(props?.lanes.map((l) => l.label)).toEqual(["居民医保 · 南京", "职工医保 · 合肥"]);
    expect(props?.gaps).toEqual([{ from: "2017-01", to: "2018-02", label: "断保1年2个月" }]);
  });

  it("a 居民医保 year paid covers to 31 December: a graduate's June end and a December job leave no gap (persona p5)", () => {
    const { answers, advice } = run({
      city: "成都",
      hukouProvince: "重庆",
      hukouCity: "重庆",
      work: "employee",
      birth: "2003-07",
      medical: [{ scheme: "resident", city: "重庆", from: "2021-09-01", to: "2026-06-30" }],
      plannedStart: "2026-12-01",
    });
    // The advice sees no gap (gap.overlap: the paid year runs on); neither may the picture.
    expect((advice.medical.transfer?.continuity ?? advice.medical.continuity)?.gapMonths).toBe(0);
    const props = timelineFromAdvice(answers, advice);
    expect(props?.gaps).toEqual([]);
    expect(props?.lanes[0]?.periods).toEqual([{ from: "2021-09", to: "2026-12" }]);
  });

  it("nothing to draw without medical periods", () => {
    const { answers, advice } = run({
      city: "合肥",
      hukouProvince: "山东",
      hukouCity: "临沂",
      work: "platform",
      birth: "2000-05",
    });
    expect(timelineFromAdvice(answers, advice)).toBeUndefined();
  });
});

describe("claimPlaceFromAdvice", () => {
  const threeProvinces = () =>
    run({
      city: "广州",
      hukouProvince: "四川",
      hukouCity: "绵阳",
      work: "employee",
      birth: "1977-05",
      sex: "male",
      pension: [
        { scheme: "staff", province: "浙江", years: 11 },
        { scheme: "staff", province: "江苏", years: 3 },
        { scheme: "staff", province: "广东", years: 6 },
      ],
    });

  it("第六条（三）: the relation in 广东 has 6 years, so the pension goes back to 浙江 (11 years); 10 more in 广东 would move it", () => {
    const { answers, advice } = threeProvinces();
    const props = claimPlaceFromAdvice(answers, advice);
    expect(props?.threshold).toBe(10);
    expect(props?.rows).toEqual([
      { id: "330000", label: "浙江", years: 11, claim: true },
      { id: "320000", label: "江苏", years: 3 },
      { id: "440000", label: "广东", years: 6, tags: ["养老保险关系现在在这里"] },
    ]);
    expect(props?.caption).toBe("如果在广东累计交满10年（还差4年），就改在广东领（第六条（二））。");
  });

  it("第六条（四）: no place with 10 years, the 户籍 province gets a row of its own, with no years", () => {
    const { answers, advice } = run({
      city: "广州",
      hukouProvince: "四川",
      hukouCity: "绵阳",
      work: "employee",
      age: 40,
      pension: [
        { scheme: "staff", province: "浙江", years: 4 },
        { scheme: "staff", province: "广东", years: 2, temporary: true },
        { scheme: "staff", province: "广东", years: 5 },
      ],
    });
    const rows = claimPlaceFromAdvice(answers, advice)?.rows;
    expect(rows?.at(-1)).toEqual({
      id: "510000",
      label: "四川",
      years: 0,
      tags: ["户口所在地"],
      claim: true,
    });
    // 广东: 5 years that hold the relation, 2 in a temporary account that do not count there (第五条).
    expect(rows?.find((r) => r.label === "广东")).toMatchObject({
      years: 5,
      extraYears: 2,
      extraLabel: "临时缴费账户2年，不算这里的年限",
    });
  });

  it("第六条（二）: 10 years where the relation is, the pension is claimed there; a later move needs 10 years too", () => {
    const { answers, advice } = run({
      city: "杭州",
      hukouProvince: "江西",
      hukouCity: "上饶",
      work: "employee",
      age: 35,
      pension: [{ scheme: "staff", province: "浙江", years: 10 }],
    });
    const props = claimPlaceFromAdvice(answers, advice);
    expect(props?.rows).toEqual([
      { id: "330000", label: "浙江", years: 10, tags: ["养老保险关系现在在这里"], claim: true },
    ]);
    expect(props?.caption).toMatch(/转到别的省，要在那里累计交满10年/);
  });

  it("nothing without 职工养老 years", () => {
    const { answers, advice } = run({
      city: "杭州",
      hukouProvince: "江西",
      hukouCity: "上饶",
      work: "employee",
      age: 35,
      pension: [{ scheme: "resident", province: "江西", years: 5 }],
    });
    expect(claimPlaceFromAdvice(answers, advice)).toBeUndefined();
  });
});

describe("retirementFromAdvice", () => {
  it("a man born 1977-05: statutory age 63 (the 36-month cap), so 2040-05; reached in 2040, so 20 years (第二条)", () => {
    const { answers, advice } = run({
      city: "广州",
      hukouProvince: "四川",
      hukouCity: "绵阳",
      work: "employee",
      birth: "1977-05",
      sex: "male",
      pension: [
        { scheme: "staff", province: "浙江", years: 11 },
        { scheme: "staff", province: "广东", years: 6 },
        { scheme: "resident", province: "四川", years: 4 },
      ],
    });
    const props = retirementFromAdvice(answers, advice);
    expect(props).toMatchObject({
      today: "2026-11",
      retirementMonth: "2040-05",
      paidYears: 17,
      minimumYears: 20,
    });
    expect(props?.labels).toEqual({
      paid: "职工养老保险已经交了17年",
      remaining: "从现在到退休年龄（2040年5月）还有13年6个月，一直交下去就接在后面",
      minimum: "按月领养老金，至少要交满20年",
      outcome: "再交3年就够，到退休年龄前来得及。",
    });
  });

  it("a woman born 1966-01 (former age 50, no delay before 1975): reached in 2016, 15 years; 12 paid", () => {
    const { answers, advice } = run({
      city: "广州",
      hukouProvince: "四川",
      hukouCity: "绵阳",
      work: "flexible",
      birth: "1966-01",
      sex: "female",
      originalRetirementAge: 50,
      pension: [{ scheme: "staff", province: "广东", years: 12 }],
    });
    const props = retirementFromAdvice(answers, advice);
    expect(props?.retirementMonth).toBe("2016-01");
    expect(props?.minimumYears).toBe(15);
    expect(props?.labels.remaining).toBe("2016年1月已到退休年龄");
    expect(props?.labels.outcome).toBe("还差3年。");
  });

  it("nothing without a birth month and sex", () => {
    const { answers, advice } = run({
      city: "广州",
      hukouProvince: "四川",
      hukouCity: "绵阳",
      work: "employee",
      age: 40,
      pension: [{ scheme: "staff", province: "广东", years: 6 }],
    });
    expect(retirementFromAdvice(answers, advice)).toBeUndefined();
  });
});
