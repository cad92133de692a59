import { describe, expect, it } from "vitest";
import { addMonths } from "../lib/dates";
import { advise } from "./advise";
import { Answers, PERMIT_STATES, WORK_TYPES } from "./answers";
import { CITIES, PROVINCES, citiesOf, cityByName, type City } from "./data/regions";
import { adviceProblems } from "./testing";

/**
 * The engine is total: over every work type × 居住证 state × medical-history shape × a range of cities
 * (every province's capital and prefecture cities with and without local rules) × dates and ages,
 * with hukou, household, pension and care varying alongside, advise() never throws and every
 * conclusion cites a known source.
 */
const CAPITALS = [
  ...["北京", "天津", "石家庄", "太原", "呼和浩特", "沈阳", "长春", "哈尔滨", "上海", "南京", "杭州"],
  ...["合肥", "福州", "南昌", "济南", "郑州", "武汉", "长沙", "广州", "南宁", "海口", "重庆"],
  ...["成都", "贵阳", "昆明", "拉萨", "西安", "兰州", "西宁", "银川", "乌鲁木齐"],
];
const PREFECTURES = [
  ...["深圳", "东莞", "珠海", "苏州", "无锡", "常州", "青岛", "周口", "洛阳", "保定", "邯郸"],
  ...["巴中", "临沂", "玉林", "恩施", "大兴安岭", "喀什", "三沙"],
];
const ORIGINS = ["周口", "巴中", "邯郸", "玉林", "恩施", "赣州", "毕节", "天水"];

function city(name: string): City {
  const c = cityByName(name);
  if (!c) throw new Error(`unknown city ${name}`);
  return c;
}

/** Day, age and the facts that decide the retirement age, on the sides of the dates that matter. */
const MOMENTS: { asOf: string; person: Record<string, unknown> }[] = [
  { asOf: "2026-11-22", person: { birth: "2026-01" } },
  { asOf: "2026-11-22", person: { birth: "2010-06", sex: "male" } },
  { asOf: "2026-11-22", person: { birth: "2008-11", sex: "female" } },
  { asOf: "2025-01-07", person: { birth: "1990-02", sex: "female" } },
  { asOf: "2024-12-31", person: { birth: "1965-01", sex: "female", originalRetirementAge: 50 } },
  { asOf: "2025-03-01", person: { birth: "1964-12", sex: "male" } },
  { asOf: "2026-11-22", person: { birth: "1963-05", sex: "male" } },
  { asOf: "2031-09-01", person: { birth: "1971-03", sex: "female", originalRetirementAge: 55 } },
  { asOf: "2021-06-01", person: { birth: "1950-10" } },
  { asOf: "2016-01-01", person: { age: 45 } },
  { asOf: "2045-01-01", person: { age: 64, atRetirementAge: true } },
  { asOf: "2026-11-22", person: { age: 90, atRetirementAge: true, sex: "female" } },
  { asOf: "2100-12-31", person: { birth: "2040-01", sex: "female" } },
];

type Place = { city: City; hukou: City; start: string };
const day = (ym: string, d = "01") => `${ym}-${d}`;

/** Medical histories by shape, placed relative to the person's city, hukou and start day. */
const HISTORIES: ((p: Place) => unknown[])[] = [
  () => [],
  ({ hukou }) => [{ scheme: "resident", city: hukou.code, from: "2012-01-01" }],
  ({ city: c, start }) => [
    {
      scheme: "staff",
      city: CITIES[(CITIES.indexOf(c) + 97) % CITIES.length]?.code,
      from: "2015-03-01",
      to: day(addMonths(start.slice(0, 7), -1), "28"),
    },
  ],
  ({ hukou, start }) => [
    {
      scheme: "staff",
      city: hukou.code,
      from: "2009-07-01",
      to: day(addMonths(start.slice(0, 7), -8), "15"),
    },
  ],
  ({ city: c }) => [{ scheme: "staff", city: c.code, from: "2019-09-01" }],
  ({ city: c, hukou }) => [
    { scheme: "resident", city: hukou.code, from: "2011-01-01" },
    { scheme: "staff", city: c.code, from: "2020-05-01" },
  ],
  ({ city: c }) => [{ scheme: "resident", city: c.code, from: "2001-01-01", to: "2003-12-31" }],
  ({ city: c, hukou, start }) => [
    { scheme: "resident", city: hukou.code, from: "2008-01-01", to: "2013-12-31" },
    {
      scheme: "staff",
      city: (citiesOf(c.provinceCode).find((o) => o.code !== c.code) ?? hukou).code,
      from: "2014-01-01",
      to: day(start.slice(0, 7)),
    },
  ],
];

const PENSIONS: ((p: Place) => unknown[])[] = [
  () => [],
  ({ hukou }) => [{ scheme: "staff", province: hukou.provinceCode, years: 15 }],
  ({ city: c, hukou }) => [
    { scheme: "staff", province: "330000", years: 11 },
    { scheme: "staff", province: hukou.provinceCode, years: 3.5 },
    { scheme: "staff", province: c.provinceCode, years: 6, temporary: true },
  ],
  ({ hukou }) => [{ scheme: "resident", province: hukou.provinceCode, years: 8.5 }],
  ({ city: c }) => [{ scheme: "staff", province: c.provinceCode, years: 0.5 }],
];

function hukouFor(c: City, i: number): City {
  switch (i % 4) {
    case 0:
      return c;
    case 1:
      return (
        citiesOf(c.provinceCode).find((o) => o.code !== c.code) ?? city(ORIGINS[i % ORIGINS.length] ?? "周口")
      );
    case 2:
      return city(ORIGINS[i % ORIGINS.length] ?? "周口");
    default:
      return city(CAPITALS[(i * 7) % CAPITALS.length] ?? "郑州");
  }
}

function* profiles(): Generator<{ raw: Record<string, unknown>; asOf: string }> {
  let i = 0;
  for (const name of [...CAPITALS, ...PREFECTURES]) {
    const c = city(name);
    for (const work of WORK_TYPES)
      for (const residencePermit of PERMIT_STATES)
        for (const history of HISTORIES)
          for (const { asOf, person } of MOMENTS) {
            i += 1;
            const hukou = hukouFor(c, i);
            const nextMonth = day(addMonths(asOf.slice(0, 7), 1), "20");
            const plannedStart = i % 2 === 0 || nextMonth > "2100-12-31" ? undefined : nextMonth;
            const place = { city: c, hukou, start: plannedStart ?? asOf };
            yield {
              asOf,
              raw: {
                city: c.code,
                hukouCity: hukou.code,
                hukouProvince: hukou.provinceCode,
                residencePermit,
                work,
                ...person,
                livingWith: (["none", "children", "parents"] as const)[i % 3],
                medical: history(place),
                ...(plannedStart ? { plannedStart } : {}),
                pension: PENSIONS[i % PENSIONS.length]?.(place) ?? [],
                careAway: (["none", "long_term", "temporary"] as const)[Math.floor(i / 3) % 3],
              },
            };
          }
  }
}

describe("advise() is total over the answer space", () => {
  it("the cities swept include every province's capital", () => {
    const capitals = CAPITALS.map(city);
    expect(new Set(capitals.map((c) => c.provinceCode))).toEqual(new Set(PROVINCES.map((p) => p.code)));
    expect(capitals).toHaveLength(PROVINCES.length);
    for (const name of PREFECTURES) expect(city(name).code).toMatch(/^\d{6}$/);
  });

  it("every profile gets a valid result with cited conclusions, and nothing throws", () => {
    const started = performance.now();
    const problems = new Map<string, { count: number; example: string }>();
    const note = (problem: string, example: unknown) => {
      const seen = problems.get(problem);
      if (seen) seen.count += 1;
      else problems.set(problem, { count: 1, example: JSON.stringify(example) });
    };
    let checked = 0;
    for (const { raw, asOf } of profiles()) {
      const parsed = Answers.safeParse(raw);
      if (!parsed.success) {
        note(`invalid profile: ${parsed.error.issues[0]?.path.join(".")}`, raw);
        continue;
      }
      try {
        for (const problem of adviceProblems(advise(parsed.data, { asOf }))) note(problem, { raw, asOf });
      } catch (e) {
        note(`threw: ${e instanceof Error ? e.message : String(e)}`, { raw, asOf });
      }
      checked += 1;
    }
    const ms = Math.round(performance.now() - started);
    console.log(`engine sweep: ${checked} profiles checked in ${ms} ms`);
    expect(Object.fromEntries(problems)).toEqual({});
    expect(checked).toBeGreaterThanOrEqual(100_000);
  }, 300_000);
});
