/**
 * Test helpers: answers written with names (杭州, 河南) instead of codes, validated by the real schema;
 * a grid of sample answers; and the checks every advice must pass. Only tests import this.
 */
import * as z from "zod/mini";
import { citedSources, type Advice } from "./advise";
import { Answers, type Member } from "./answers";
import { cityByName, provinceByName } from "./data/regions";
import { SOURCES } from "./data/sources/registry";
import type { Code } from "./codes";
import type { Conclusion } from "./types";

export interface NamedAnswers {
  city: string;
  hukouProvince: string;
  hukouCity: string;
  residencePermit?: Answers["residencePermit"];
  work: Answers["work"];
  age?: number;
  birth?: string;
  sex?: Answers["sex"];
  originalRetirementAge?: 50 | 55;
  livingWith?: Answers["livingWith"];
  schooling?: Answers["schooling"];
  medical?: { scheme: "staff" | "resident"; city: string; from?: string; to?: string }[];
  plannedStart?: string;
  pension?: { scheme: "staff" | "resident"; province: string; years: number; temporary?: boolean }[];
  careAway?: Answers["careAway"];
  figures?: Answers["figures"];
  household?: NamedMember[];
  atRetirementAge?: boolean;
}

/** A family member with names: `hukou` is a city name (its province follows), `insured.city` too. */
export type NamedMember = Omit<Member, "hukouCity" | "hukouProvince" | "insured"> & {
  hukou?: string;
  insured?: { scheme: "staff" | "resident"; city: string };
};

function memberFor({ hukou, insured, ...m }: NamedMember): Member {
  const c = hukou === undefined ? undefined : cityByName(hukou);
  if (hukou !== undefined && !c) throw new Error(`unknown city ${hukou}`);
  return {
    ...m,
    ...(c ? { hukouCity: c.code, hukouProvince: c.provinceCode } : {}),
    ...(insured ? { insured: { ...insured, city: cityCode(insured.city) } } : {}),
  };
}

function cityCode(name: string): string {
  const c = cityByName(name);
  if (!c) throw new Error(`unknown city ${name}`);
  return c.code;
}

function provinceCode(name: string): string {
  const p = provinceByName(name);
  if (!p) throw new Error(`unknown province ${name}`);
  return p.code;
}

export function answersFor(a: NamedAnswers): Answers {
  const raw = {
    ...a,
    city: cityCode(a.city),
    hukouProvince: provinceCode(a.hukouProvince),
    hukouCity: cityCode(a.hukouCity),
    residencePermit: a.residencePermit ?? "no",
    age: a.birth ? undefined : (a.age ?? 30),
    livingWith: a.livingWith ?? "none",
    medical: (a.medical ?? []).map((m) => ({ ...m, city: cityCode(m.city) })),
    pension: (a.pension ?? []).map((e) => ({ ...e, province: provinceCode(e.province) })),
    careAway: a.careAway ?? "none",
    ...(a.household ? { household: a.household.map(memberFor) } : {}),
  };
  const parsed = Answers.safeParse(raw);
  if (!parsed.success) throw new Error(z.prettifyError(parsed.error));
  return parsed.data;
}

const SAMPLE_CITIES = [
  "合肥",
  "郑州",
  "石家庄",
  "南宁",
  "广州",
  "深圳",
  "东莞",
  "北京",
  "上海",
  "杭州",
  "南京",
  "苏州",
  "常州",
  "重庆",
  "天津",
  "福州",
  "成都",
  "洛阳",
  "保定",
];
const SAMPLE_HUKOU: [string, string][] = [
  ["河南", "周口"],
  ["河北", "邯郸"],
  ["安徽", "合肥"],
  ["四川", "巴中"],
];
const SAMPLE_HISTORIES: NamedAnswers["medical"][] = [
  [],
  [{ scheme: "resident", city: "周口", from: "2018-01-01" }],
  [{ scheme: "staff", city: "南京", from: "2017-07-01", to: "2026-05-31" }],
  [{ scheme: "staff", city: "保定", from: "2015-01-01", to: "2025-08-31" }],
  [
    { scheme: "staff", city: "上海", from: "2012-01-01" },
    { scheme: "resident", city: "巴中", from: "2014-01-01" },
  ],
];

/** A grid of answers across work types, permits, histories, cities and dates, for sweeps in tests. */
export function sampleAnswers(): { answers: ReturnType<typeof answersFor>; asOf: string }[] {
  const out: { answers: ReturnType<typeof answersFor>; asOf: string }[] = [];
  const works = ["employee", "flexible", "platform", "construction", "none", "retired", "student"] as const;
  const permits = ["yes", "no", "applying"] as const;
  let i = 0;
  for (const city of SAMPLE_CITIES) {
    for (const work of works) {
      for (const residencePermit of permits) {
        const [hukouProvince, hukouCity] = SAMPLE_HUKOU[i % SAMPLE_HUKOU.length] ?? ["河南", "周口"];
        const medical = SAMPLE_HISTORIES[i % SAMPLE_HISTORIES.length] ?? [];
        const asOf =
          ["2021-06-01", "2024-12-31", "2025-03-01", "2026-11-22", "2031-09-01"][i % 5] ?? "2026-11-22";
        i += 1;
        out.push({
          asOf,
          answers: answersFor({
            city,
            hukouProvince,
            hukouCity,
            residencePermit,
            work,
            birth: `${1950 + (i % 55)}-0${1 + (i % 9)}`,
            sex: i % 2 ? "male" : "female",
            livingWith: (["none", "children", "parents"] as const)[i % 3],
            medical,
            plannedStart: i % 4 === 0 ? undefined : "2026-06-20",
            pension: i % 3 === 0 ? [] : [{ scheme: "staff", province: "广东", years: 1 + (i % 15) }],
            careAway: (["none", "long_term", "temporary"] as const)[i % 3],
          }),
        });
      }
    }
  }
  return out;
}

/**
 * Every object in the advice that has a `code` and `cites`: the conclusions, their reasons included.
 * Citations and parameters hold no conclusions (see types.ts), so they are not walked: the sweep
 * calls this for every one of its 100,000 profiles.
 */
export function conclusions(value: unknown, out: Conclusion[] = []): Conclusion[] {
  if (typeof value !== "object" || value === null) return out;
  if (Array.isArray(value)) {
    for (const v of value) conclusions(v, out);
    return out;
  }
  const object = value as Record<string, unknown>;
  if ("code" in object && "cites" in object) out.push(object as unknown as Conclusion);
  for (const key of Object.keys(object))
    if (key !== "cites" && key !== "params") conclusions(object[key], out);
  return out;
}

/**
 * What is wrong with an advice, as short messages (none when it is sound): no conclusion; a
 * recommendation that is not open to the person (only an open option, or staying in the 职工医保 one is
 * in as a retiree, may be put first); a conclusion without a source; a source id the registry does not know.
 */
export function adviceProblems(advice: Advice): string[] {
  const problems: string[] = [];
  const all = conclusions(advice);
  if (all.length === 0) problems.push("no conclusion");
  const rec = advice.medical.recommended;
  const chosen = advice.medical.options.find((o) => o.code === rec.code);
  if (rec.code === "keep_current" ? advice.medical.options.length > 0 : chosen?.status !== "open")
    problems.push(`recommends ${rec.code}, which is not open (${chosen?.status ?? "not an option"})`);
  for (const c of all) {
    if (!c.code) problems.push("a conclusion without a code");
    if (c.cites.length === 0) problems.push(`${c.code} cites no source`);
    for (const cite of c.cites)
      if (!SOURCES.has(cite.source)) problems.push(`${c.code} cites unknown ${cite.source}`);
  }
  for (const id of citedSources(advice))
    if (!SOURCES.has(id)) problems.push(`unknown source ${id} in the list`);
  return problems;
}

/** The first conclusion with this code in a list (its reasons included), typed by the code. */
export function find<C extends Code>(
  list: readonly Conclusion[] | Conclusion | undefined,
  code: C,
): Conclusion<C> | undefined {
  return conclusions(list).find((c): c is Conclusion<C> => c.code === code);
}

/** People several tests share (the persona test's and the deadlines'), named as the tests describe them. */
export const PEOPLE = {
  /** Persona test p1: rider in 杭州, 居民医保 in 周口, living in 杭州 long-term. */
  hangzhouRider: {
    city: "杭州",
    hukouProvince: "河南",
    hukouCity: "周口",
    residencePermit: "yes",
    work: "platform",
    birth: "1990-04",
    sex: "female",
    originalRetirementAge: 50,
    medical: [{ scheme: "resident", city: "周口", from: "2019-01-01" }],
    careAway: "long_term",
  },
  /** 南京 职工医保 ended on 31 October 2026, working in 泉州 as a flexible worker, no start date yet. */
  leftJobForQuanzhou: {
    city: "泉州",
    hukouProvince: "江苏",
    hukouCity: "南京",
    residencePermit: "yes",
    work: "flexible",
    birth: "1980-05",
    sex: "male",
    medical: [{ scheme: "staff", city: "南京", from: "2015-01-01", to: "2026-10-31" }],
    pension: [{ scheme: "staff", province: "江苏", years: 11 }],
  },
} as const satisfies Record<string, NamedAnswers>;
