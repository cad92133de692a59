import { describe, expect, it } from "vitest";
import { advise } from "../../policy/advise";
import type { Code } from "../../policy/codes";
import { answersFor, conclusions, sampleAnswers, type NamedAnswers } from "../../policy/testing";
import { deadlinesOf } from "../../policy/rules/deadlines";
import { pensionEstimate } from "../../policy/rules/money/pension-estimate";
import type { Conclusion } from "../../policy/types";
import { TEXTS, conclusionText } from "./texts";

/**
 * Every code that has a text is spoken by the engine for at least one person below (or in the sample
 * grid), and every text it speaks reads well. A code no profile reaches is a text nobody has seen work:
 * the test lists them and fails. The people are chosen so that every branch of the rules is taken.
 */
const worker = (a: Partial<NamedAnswers>): NamedAnswers => ({
  city: "杭州",
  hukouProvince: "江西",
  hukouCity: "上饶",
  work: "employee",
  ...a,
});
const staff = (province: string, years: number, temporary?: boolean) => ({
  scheme: "staff" as const,
  province,
  years,
  ...(temporary ? { temporary } : {}),
});
const resident = (province: string, years: number) => ({ scheme: "resident" as const, province, years });

/** People and dates chosen so that every branch of the pension, injury and treatment rules is taken. */
const PEOPLE: [string, NamedAnswers, string][] = [
  [
    "第三条 transfer, 第六条（二）",
    worker({ age: 35, sex: "female", pension: [staff("广东", 10)] }),
    "2026-11-22",
  ],
  [
    "第五条 exception, 第六条（四）",
    worker({ age: 45, sex: "female", city: "南昌", pension: [staff("广东", 9)] }),
    "2026-11-22",
  ],
  [
    "第五条 temporary, frozen, 第六条（三）",
    worker({ age: 52, sex: "male", pension: [staff("江苏", 11), staff("广东", 3), staff("上海", 2, true)] }),
    "2026-11-22",
  ],
  [
    "第五条 continues",
    worker({ age: 52, sex: "male", pension: [staff("广东", 3), staff("浙江", 2, true)] }),
    "2026-11-22",
  ],
  [
    "第五条 depends on sex, flexible transfer",
    worker({ age: 44, work: "flexible", pension: [staff("广东", 3)] }),
    "2026-11-22",
  ],
  ["flexible transfer", worker({ age: 30, work: "flexible", pension: [staff("广东", 3)] }), "2026-11-22"],
  [
    "17号 into_resident, short years, 第六条（一）",
    worker({
      birth: "1965-03",
      sex: "male",
      work: "none",
      city: "南昌",
      pension: [resident("江西", 6), staff("江西", 12)],
    }),
    "2026-11-22",
  ],
  [
    "17号 into_staff, 2031 reading",
    worker({
      birth: "1970-04",
      sex: "male",
      work: "none",
      city: "南昌",
      pension: [resident("江西", 6), staff("江西", 15.5)],
    }),
    "2031-09-01",
  ],
  ["弹性延迟 at the statutory age", worker({ birth: "1966-01", sex: "male", city: "南昌" }), "2026-11-22"],
  [
    "弹性退休 without employer, min years by asOf",
    worker({ birth: "1966-01", sex: "male", work: "flexible", city: "南昌" }),
    "2025-06-01",
  ],
  ["min years by asOf year", worker({ age: 30, pension: [staff("浙江", 3)] }), "2026-11-22"],
  ["construction", worker({ work: "construction" }), "2026-11-22"],
  ["platform in pilot", worker({ work: "platform" }), "2026-11-22"],
  [
    "platform outside pilot",
    worker({ work: "platform", city: "郑州", hukouProvince: "河南", hukouCity: "周口" }),
    "2026-11-22",
  ],
  [
    "long_term, within province",
    worker({
      work: "none",
      careAway: "long_term",
      medical: [{ scheme: "resident", city: "上饶", from: "2015-01-01" }],
      city: "南昌",
    }),
    "2026-11-22",
  ],
  [
    "posted worker",
    worker({ careAway: "long_term", medical: [{ scheme: "staff", city: "上海", from: "2015-01-01" }] }),
    "2026-11-22",
  ],
  [
    "retired relocated",
    worker({
      work: "retired",
      careAway: "long_term",
      hukouProvince: "浙江",
      hukouCity: "杭州",
      medical: [{ scheme: "staff", city: "上海", from: "1990-01-01" }],
    }),
    "2026-11-22",
  ],
  [
    "temporary",
    worker({ careAway: "temporary", medical: [{ scheme: "staff", city: "杭州", from: "2015-01-01" }] }),
    "2026-11-22",
  ],
  [
    "no filing",
    worker({ careAway: "long_term", medical: [{ scheme: "staff", city: "杭州", from: "2015-01-01" }] }),
    "2026-11-22",
  ],
];

const medical = (a: Partial<NamedAnswers>): NamedAnswers => ({
  city: "杭州",
  hukouProvince: "河南",
  hukouCity: "周口",
  work: "flexible",
  birth: "1990-04",
  sex: "female",
  originalRetirementAge: 50,
  ...a,
});

/** People who take the medical branches the pension people above do not. */
const MEDICAL: [string, NamedAnswers, string][] = [
  [
    "employee in 杭州 whose 居民医保 at home started who knows when",
    medical({
      work: "employee",
      residencePermit: "yes",
      medical: [{ scheme: "resident", city: "周口" }],
    }),
    "2026-11-30",
  ],
  [
    "职工医保 ended a month ago, no start yet: the last day to re-enrol without a waiting period",
    medical({
      city: "郑州",
      residencePermit: "yes",
      medical: [{ scheme: "staff", city: "南京", from: "2015-01-01", to: "2026-10-31" }],
    }),
    "2026-11-30",
  ],
  [
    "rider in 杭州 with 居民医保 at home",
    medical({
      work: "platform",
      residencePermit: "yes",
      medical: [{ scheme: "resident", city: "周口", from: "2019-01-01" }],
    }),
    "2026-11-30",
  ],
  [
    "郑州 个体户 without permit, lapsed",
    medical({
      city: "郑州",
      hukouProvince: "河南",
      hukouCity: "南阳",
      residencePermit: "no",
      birth: "1985-11",
      originalRetirementAge: undefined,
      medical: [{ scheme: "resident", city: "南阳", from: "2015-01-01", to: "2024-12-31" }],
    }),
    "2026-11-30",
  ],
  [
    "郑州 applying for a permit",
    medical({ city: "郑州", residencePermit: "applying", work: "none" }),
    "2026-11-30",
  ],
  [
    "南京 → 合肥 employee, 5-month gap",
    medical({
      city: "合肥",
      hukouProvince: "江苏",
      hukouCity: "南京",
      work: "employee",
      sex: "male",
      originalRetirementAge: undefined,
      birth: "1979-03",
      medical: [{ scheme: "staff", city: "南京", from: "2010-01-01", to: "2026-03-31" }],
      plannedStart: "2026-09-01",
      pension: [{ scheme: "staff", province: "江苏", years: 16 }],
    }),
    "2026-11-30",
  ],
  [
    "back to the same city's 职工医保 after 2 months",
    medical({
      city: "南京",
      hukouProvince: "安徽",
      hukouCity: "合肥",
      work: "employee",
      medical: [{ scheme: "staff", city: "南京", from: "2017-01-01", to: "2026-03-31" }],
      plannedStart: "2026-06-01",
    }),
    "2026-11-30",
  ],
  [
    "graduate 重庆 → 成都 job",
    medical({
      city: "成都",
      hukouProvince: "重庆",
      hukouCity: "重庆",
      work: "employee",
      sex: "male",
      birth: "2003-07",
      originalRetirementAge: undefined,
      medical: [{ scheme: "resident", city: "重庆", from: "2021-09-01", to: "2026-06-30" }],
      plannedStart: "2026-12-01",
    }),
    "2026-11-30",
  ],
  [
    "resident lapse 2022–2025, back home",
    medical({
      city: "周口",
      work: "none",
      medical: [{ scheme: "resident", city: "周口", from: "2015-01-01", to: "2021-12-31" }],
      plannedStart: "2026-01-01",
    }),
    "2026-11-30",
  ],
  [
    "staff → resident after 11 years, 1-month gap",
    medical({
      city: "郑州",
      work: "none",
      residencePermit: "yes",
      medical: [
        { scheme: "staff", city: "武汉", from: "2015-01-01", to: "2025-01-31" },
        { scheme: "staff", city: "郑州", from: "2025-02-01", to: "2026-01-31" },
      ],
      plannedStart: "2026-03-01",
    }),
    "2026-11-30",
  ],
  [
    "resident → staff under 2 years, no gap",
    medical({
      city: "合肥",
      hukouProvince: "安徽",
      hukouCity: "阜阳",
      work: "employee",
      medical: [{ scheme: "resident", city: "阜阳", from: "2025-06-01" }],
    }),
    "2026-11-30",
  ],
  [
    "广西 staff move within the region",
    medical({
      city: "南宁",
      hukouProvince: "广西",
      hukouCity: "柳州",
      work: "employee",
      medical: [{ scheme: "staff", city: "柳州", from: "2018-01-01", to: "2026-05-31" }],
      plannedStart: "2026-06-01",
    }),
    "2026-11-30",
  ],
  [
    "河北 staff move within the province",
    medical({
      city: "石家庄",
      hukouProvince: "河北",
      hukouCity: "保定",
      work: "employee",
      medical: [{ scheme: "staff", city: "保定", from: "2018-01-01", to: "2026-05-31" }],
      plannedStart: "2026-06-01",
    }),
    "2026-11-30",
  ],
  [
    "before 43号: contact letter",
    medical({
      city: "合肥",
      hukouProvince: "江苏",
      hukouCity: "南京",
      work: "employee",
      medical: [{ scheme: "staff", city: "南京", from: "2018-01-01", to: "2021-05-31" }],
      plannedStart: "2021-06-01",
    }),
    "2021-10-31",
  ],
  [
    "北京 wife with a permit",
    medical({
      city: "北京",
      hukouProvince: "河北",
      hukouCity: "邢台",
      work: "none",
      residencePermit: "yes",
      medical: [{ scheme: "resident", city: "邢台", from: "2015-01-01" }],
    }),
    "2026-11-30",
  ],
  [
    "上海 child",
    medical({
      city: "上海",
      work: "student",
      birth: "2016-05",
      sex: undefined,
      originalRetirementAge: undefined,
      residencePermit: "yes",
      schooling: "school",
      livingWith: "parents",
    }),
    "2026-11-30",
  ],
  [
    "苏州 child at school",
    medical({
      city: "苏州",
      work: "student",
      birth: "2018-05",
      sex: undefined,
      originalRetirementAge: undefined,
      residencePermit: "yes",
      schooling: "school",
    }),
    "2026-11-30",
  ],
  ["苏州 flexible worker without permit", medical({ city: "苏州", residencePermit: "no" }), "2026-11-30"],
  ["深圳 flexible worker", medical({ city: "深圳", residencePermit: "yes" }), "2026-11-30"],
  ["重庆 flexible worker", medical({ city: "重庆", residencePermit: "yes" }), "2026-11-30"],
  [
    "重庆 man of 61",
    medical({
      city: "重庆",
      sex: "male",
      birth: "1965-01",
      originalRetirementAge: undefined,
      residencePermit: "yes",
    }),
    "2026-11-30",
  ],
  ["青岛 flexible worker", medical({ city: "青岛", residencePermit: "yes" }), "2026-11-30"],
  ["合肥 flexible worker", medical({ city: "合肥", residencePermit: "yes" }), "2026-11-30"],
  ["洛阳 flexible worker", medical({ city: "洛阳", residencePermit: "yes" }), "2026-11-30"],
  [
    "北京 premium older than the year",
    medical({ city: "北京", work: "none", residencePermit: "yes" }),
    "2027-11-30",
  ],
  ["福建 window", medical({ city: "福州", work: "none", residencePermit: "yes" }), "2026-11-30"],
  ["广州 after 粤医保规 term", medical({ city: "广州", residencePermit: "no" }), "2026-11-30"],
  ["北京 before any rule date", medical({ city: "合肥", residencePermit: "yes" }), "2021-06-01"],
  [
    "retired in 职工医保, moved to 广州",
    medical({
      city: "广州",
      hukouProvince: "黑龙江",
      hukouCity: "哈尔滨",
      work: "retired",
      birth: "1962-02",
      residencePermit: "no",
      livingWith: "children",
      careAway: "long_term",
      medical: [{ scheme: "staff", city: "哈尔滨", from: "1998-01-01" }],
    }),
    "2026-11-30",
  ],
  [
    "elderly parent with 居民医保 in 石家庄",
    medical({
      city: "石家庄",
      hukouProvince: "山西",
      hukouCity: "大同",
      work: "none",
      birth: "1959-05",
      residencePermit: "yes",
      livingWith: "children",
      medical: [{ scheme: "resident", city: "大同", from: "2012-01-01" }],
    }),
    "2026-11-30",
  ],
  [
    "local resident (南充)",
    medical({
      city: "南充",
      hukouProvince: "四川",
      hukouCity: "南充",
      work: "none",
      sex: "male",
      birth: "1968-05",
      originalRetirementAge: undefined,
      medical: [{ scheme: "resident", city: "南充", from: "2021-01-01" }],
      pension: [
        { scheme: "staff", province: "广东", years: 16 },
        { scheme: "resident", province: "四川", years: 6 },
      ],
    }),
    "2026-11-30",
  ],
  [
    "woman without category",
    medical({ originalRetirementAge: undefined, city: "郑州", residencePermit: "yes", birth: "1980-05" }),
    "2026-11-30",
  ],
  [
    "only resident pension, not working",
    medical({
      work: "none",
      city: "郑州",
      residencePermit: "yes",
      pension: [{ scheme: "resident", province: "河南", years: 8 }],
    }),
    "2026-11-30",
  ],
  [
    "东莞 not employed with a permit",
    medical({ city: "东莞", work: "none", residencePermit: "yes" }),
    "2026-11-30",
  ],
  [
    "南京 flexible worker with figures of her own (base below the limit, 计发基数, account balance)",
    medical({
      city: "南京",
      residencePermit: "yes",
      pension: [{ scheme: "staff", province: "江苏", years: 6 }],
      figures: { flexibleBase: 1000, pensionBase: 9000, accountBalance: 20000, pensionTier: 1 },
    }),
    "2026-11-30",
  ],
  [
    "呼和浩特 in the 2026年度",
    medical({ city: "呼和浩特", work: "none", residencePermit: "yes" }),
    "2026-05-01",
  ],
  ["无锡 flexible worker (seed 000 rule)", medical({ city: "无锡", residencePermit: "no" }), "2026-11-30"],
  ["长沙 flexible worker (2022 rule)", medical({ city: "长沙", residencePermit: "yes" }), "2026-11-30"],
  [
    "苏州 flexible worker back in 职工医保 after 8 months",
    medical({
      city: "苏州",
      residencePermit: "yes",
      medical: [{ scheme: "staff", city: "上海", from: "2015-01-01", to: "2026-01-31" }],
      plannedStart: "2026-10-01",
    }),
    "2026-11-30",
  ],
  [
    "before 43号: a 6-month gap under 80号 (no cap stated)",
    medical({
      city: "合肥",
      hukouProvince: "江苏",
      hukouCity: "南京",
      work: "employee",
      medical: [{ scheme: "staff", city: "南京", from: "2015-01-01", to: "2020-12-31" }],
      plannedStart: "2021-07-01",
    }),
    "2021-08-01",
  ],
  [
    "南京 → 合肥 within a month",
    medical({
      city: "合肥",
      hukouProvince: "江苏",
      hukouCity: "南京",
      work: "employee",
      medical: [{ scheme: "staff", city: "南京", from: "2017-07-01", to: "2026-05-31" }],
      plannedStart: "2026-07-01",
    }),
    "2026-11-30",
  ],
  [
    "before any transfer procedure (2016-06)",
    medical({
      city: "合肥",
      hukouProvince: "江苏",
      hukouCity: "南京",
      work: "employee",
      medical: [{ scheme: "staff", city: "南京", from: "2012-01-01", to: "2016-04-30" }],
      plannedStart: "2016-05-01",
    }),
    "2016-06-01",
  ],
];

const PROFILES = [...PEOPLE, ...MEDICAL];

function spoken(): Map<Code, string[]> {
  const texts = new Map<Code, string[]>();
  const runs = [...PROFILES.map(([, a, asOf]) => ({ answers: answersFor(a), asOf })), ...sampleAnswers()];
  for (const { answers, asOf } of runs) {
    const advice = advise(answers, { asOf });
    // The deadlines of the advice (rules/deadlines.ts), and those of a temporary filing made that day.
    const deadlines = deadlinesOf(answers, advice, { asOf }).concat(
      deadlinesOf(answers, advice, { asOf, filedOn: asOf }),
    );
    for (const c of [...conclusions(advice), ...deadlines]) {
      if (!(c.code in TEXTS)) continue;
      const list = texts.get(c.code) ?? [];
      list.push(conclusionText(c));
      texts.set(c.code, list);
    }
  }
  return texts;
}

/**
 * Rule inputs no person of the wizard can give, run on the rule itself: a retirement at an age outside the
 * 计发月数 table (the rule says it cannot compute, rather than guessing).
 */
function unusual(): Conclusion[] {
  const estimate = pensionEstimate({
    asOf: "2026-11-30",
    retirement: { month: "2036-05", ageMonths: 47 * 12 + 2 },
    pastYears: 20,
    futureYears: 0,
    index: 1,
    typedPensionBaseYuan: 8000,
    typedMonthlyBaseYuan: 5000,
  });
  return estimate?.conclusions ?? [];
}

const SPOKEN = spoken();
for (const c of unusual()) SPOKEN.set(c.code, [...(SPOKEN.get(c.code) ?? []), conclusionText(c)]);

describe("every text is spoken, and reads well", () => {
  it("no code that has a text is left unreached by the profiles", () => {
    const unreached = (Object.keys(TEXTS) as Code[]).filter((code) => !SPOKEN.has(code));
    expect(unreached).toEqual([]);
  });

  it("fills in every parameter: no undefined, NaN, ISO dates or [object …] in what people read", () => {
    for (const [code, list] of SPOKEN)
      for (const text of list) {
        expect(text, code).not.toMatch(/undefined|NaN|\[object|\$\{|\d{4}-\d{2}/);
        expect(text.length, code).toBeGreaterThan(6);
      }
  });
});
