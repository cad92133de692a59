/**
 * fast-check arbitraries for share links, for tests only (unit fuzzing and the e2e sample of tampered
 * links): valid answers built from the real schema's values and regions, their links, and the ways
 * chat apps and people damage links.
 */
import fc from "fast-check";
import { daysInMonth, monthIndex, yearMonthOf } from "../lib/dates";
import {
  Answers,
  CARE_AWAY,
  LIVING_WITH,
  PENSION_TIERS,
  PERMIT_STATES,
  RELATIONS,
  SCHEMES,
  SCHOOLING,
  SEXES,
  WORK_TYPES,
} from "../policy/answers";
import { CITIES, PROVINCES } from "../policy/data/regions";
import { MAX_AGE } from "./plausible-age";
import { encodeShare } from "./share-codec";

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** A real calendar day; mostly in the years people use, sometimes at the edges the schema allows. */
export const isoDay: fc.Arbitrary<string> = fc
  .tuple(
    fc.oneof(
      { weight: 4, arbitrary: fc.integer({ min: 1950, max: 2040 }) },
      { weight: 1, arbitrary: fc.integer({ min: 1900, max: 2100 }) },
    ),
    fc.integer({ min: 1, max: 12 }),
    fc.integer({ min: 1, max: 31 }),
  )
  .map(([y, m, d]) => `${y}-${pad(m)}-${pad(Math.min(d, daysInMonth(y, m)))}`);

const yearMonth = fc
  .tuple(fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 1, max: 12 }))
  .map(([y, m]) => `${y}-${pad(m)}`);

const city = fc.constantFrom(...CITIES);
const province = fc.constantFrom(...PROVINCES);

/** A day, or a month where only the month matters (insurance is paid by the month). */
const dayOrMonth = fc.oneof(
  isoDay,
  isoDay.map((d) => d.slice(0, 7)),
);

const medicalEntry = fc
  .record(
    {
      scheme: fc.constantFrom(...SCHEMES),
      city: city.map((c) => c.code),
      days: fc
        .tuple(dayOrMonth, dayOrMonth)
        .map(([a, b]) => (a.slice(0, 7) <= b.slice(0, 7) ? [a, b] : [b, a])),
      started: fc.boolean(),
      ended: fc.boolean(),
    },
    { requiredKeys: ["scheme", "city", "days", "started", "ended"] },
  )
  .map(({ scheme, city: c, days: [from = "", to = ""], started, ended }) => ({
    scheme,
    city: c,
    ...(started ? { from } : {}),
    ...(ended ? { to } : {}),
  }));

const pensionEntry = fc.record(
  {
    scheme: fc.constantFrom(...SCHEMES),
    province: province.map((p) => p.code),
    years: fc.integer({ min: 0, max: 500 }).map((tenths) => tenths / 10),
    temporary: fc.constant(true as const),
  },
  { requiredKeys: ["scheme", "province", "years"] },
);

/** Birth month, age, or both (the wizard asks the month; scenarios give an age). */
const birthOrAge = fc.oneof(
  { weight: 6, arbitrary: fc.record({ birth: yearMonth }) },
  { weight: 2, arbitrary: fc.record({ age: fc.integer({ min: 0, max: 120 }) }) },
  { weight: 1, arbitrary: fc.record({ birth: yearMonth, age: fc.integer({ min: 0, max: 120 }) }) },
);

const sexAndCategory = fc.oneof(
  fc.constant({}),
  fc.constantFrom(...SEXES).map((sex) => ({ sex })),
  fc
    .constantFrom(50 as const, 55 as const)
    .map((ora) => ({ sex: "female" as const, originalRetirementAge: ora })),
);

/** Whole yuan mostly; a rate with decimals. */
const figures = fc
  .record(
    {
      medicalBase: fc.integer({ min: 1, max: 100_000 }),
      medicalRate: fc.integer({ min: 1, max: 300 }).map((n) => n / 10),
      pensionTier: fc.constantFrom(...PENSION_TIERS),
      pensionBase: fc.integer({ min: 1, max: 100_000 }),
      flexibleBase: fc.integer({ min: 1, max: 100_000 }),
      accountBalance: fc.integer({ min: 0, max: 10_000_000 }),
    },
    { requiredKeys: [] },
  )
  .filter((f) => Object.keys(f).length > 0);

const member = fc
  .record(
    {
      relation: fc.constantFrom(...RELATIONS),
      birth: yearMonth,
      sex: fc.constantFrom(...SEXES),
      work: fc.constantFrom(...WORK_TYPES),
      hukou: city,
      residencePermit: fc.constantFrom(...PERMIT_STATES),
      schooling: fc.constantFrom(...SCHOOLING),
      insured: fc.record({ scheme: fc.constantFrom(...SCHEMES), city: city.map((c) => c.code) }),
    },
    { requiredKeys: ["relation", "birth"] },
  )
  .map(({ hukou, ...m }) => ({
    ...m,
    ...(hukou ? { hukouCity: hukou.code, hukouProvince: hukou.provinceCode } : {}),
  }));

/** Any answers the schema accepts, drawn from its own enums and the real city and province codes. */
export const validAnswers: fc.Arbitrary<Answers> = fc
  .tuple(
    fc.record(
      {
        city: city.map((c) => c.code),
        hukou: city,
        residencePermit: fc.constantFrom(...PERMIT_STATES),
        work: fc.constantFrom(...WORK_TYPES),
        livingWith: fc.constantFrom(...LIVING_WITH),
        schooling: fc.constantFrom(...SCHOOLING),
        medical: fc.array(medicalEntry, { maxLength: 12, size: "small" }),
        plannedStart: dayOrMonth,
        pension: fc.array(pensionEntry, { maxLength: 12, size: "small" }),
        careAway: fc.constantFrom(...CARE_AWAY),
        figures,
        household: fc.array(member, { minLength: 1, maxLength: 8, size: "small" }),
        atRetirementAge: fc.boolean(),
      },
      {
        requiredKeys: [
          "city",
          "hukou",
          "residencePermit",
          "work",
          "livingWith",
          "medical",
          "pension",
          "careAway",
        ],
      },
    ),
    birthOrAge,
    sexAndCategory,
  )
  .map(([{ hukou, ...rest }, age, sex]) =>
    Answers.parse({ ...rest, hukouCity: hukou.code, hukouProvince: hukou.provinceCode, ...age, ...sex }),
  );

/** The date of the advice: any real day the schema accepts. */
export const asOfDay = isoDay;

/**
 * Answers with a date of the advice they can have: the birth month, when given, is moved to fall on
 * or before that date and at most 120 years before it (a link with any other is refused: plausible-age.ts).
 */
export const validAnswersOnDate: fc.Arbitrary<[Answers, string]> = fc
  .tuple(validAnswers, asOfDay, fc.integer({ min: 0, max: MAX_AGE * 12 + 11 }))
  .map(([answers, asOf, monthsOld]) => {
    if (answers.birth === undefined) return [answers, asOf];
    const birth = yearMonthOf(Math.max(monthIndex("1900-01"), monthIndex(asOf) - monthsOld));
    return [{ ...answers, birth }, asOf];
  });

export const validLink = validAnswersOnDate.map(([a, d]) => encodeShare(a, d));

const KEYS = [
  "v",
  "d",
  "c",
  "hc",
  "hp",
  "rp",
  "w",
  "b",
  "a",
  "sx",
  "ora",
  "lw",
  "sc",
  "m",
  "ps",
  "pe",
  "ca",
  "f",
  "h",
  "ar",
];
const NOISE = [..."&=%_.-#?+ /\\0123456789abcdefnrsxyz中文<>\"'`\u0000\u200b\uffff\ud800"];
const noise = (maxLength: number) => fc.string({ unit: fc.constantFrom(...NOISE), minLength: 1, maxLength });

/** One way a link gets damaged. Positions are taken modulo the link's length. */
export type Mutation =
  | { kind: "truncate"; at: number }
  | { kind: "percent-encode"; how: "whole" | "twice" | "separators" | "some" }
  | { kind: "insert"; at: number; text: string }
  | { kind: "delete"; at: number; length: number }
  | { kind: "replace"; at: number; text: string }
  | { kind: "duplicate-key"; key: string; value: string; first: boolean }
  | { kind: "huge-value"; key: string; unit: string; times: number }
  | { kind: "hostile-key"; key: string; value: string }
  | { kind: "set"; key: string; value: string }
  | { kind: "drop-key"; key: string }
  | { kind: "hash"; prefix: string };

const HOSTILE = [
  "__proto__",
  "constructor",
  "prototype",
  "toString",
  "hasOwnProperty",
  "valueOf",
  "__defineGetter__",
];
const SCRIPTS = [
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  "javascript:alert(1)",
  "{{constructor.constructor('alert(1)')()}}",
  "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
  "${alert(1)}",
];
const IMPOSSIBLE_DAYS = [
  "20260230",
  "20250229",
  "20261301",
  "20260000",
  "19000000",
  "21010101",
  "00000000",
  "2026-02-30",
];
const BAD_VALUES: Record<string, string[]> = {
  v: ["0", "3", "9", "99", "-1", "1.0", "01", "", "abc", "１", "99999999999999999999", "NaN", "1e0"],
  d: IMPOSSIBLE_DAYS,
  ps: IMPOSSIBLE_DAYS,
  b: ["202613", "200000", "189912", "210101", "2000-05", "20000501"],
  a: ["-1", "121", "1.5", "NaN", "1e3", "0x10", "", "999999", "-0"],
  ora: ["52", "-50", "60", "50.0"],
  c: ["999999", "000000", "110000", "340199", "34010", "3401000", "北京"],
  hc: ["999999", "000000", "440000", "710100", "810100"],
  hp: ["990000", "340100", "", "710000"],
  m: [
    "s999999.20200101",
    "s110100.20260230",
    "x110100.20200101",
    "s110100.20200101.20190101",
    "s110100",
    "_",
    "..",
    "s110100.202613",
    "s110100.202605.202604",
    "s110100.2026051",
  ],
  sc: ["x", "", "S"],
  f: ["mb", "mb-1", "zz100", "mr31", "pt2", "mbNaN", "mb1e3", "ab99999999", "mb100__"],
  h: [
    "x201001",
    "c2010",
    "c201013",
    "c201001.xq",
    "c201001.z1",
    "c201001.h999999",
    "c201001.is",
    "c201001.hb110100.P310000",
    "c201001_c201001_c201001_c201001_c201001_c201001_c201001_c201001_c201001",
  ],
  pe: ["s44--1", "s44-50.5", "s44-0.35", "s44-1e1", "s44-NaN", "s44-Infinity", "s99-3", "x44-3", "s44-3tt"],
  rp: ["x", "", "Y"],
  w: ["x", "", "E", "employee"],
  sx: ["x", "", "male"],
  lw: ["x", ""],
  ca: ["x", ""],
  ar: ["2", "true", ""],
};

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant("truncate" as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant("percent-encode" as const),
    how: fc.constantFrom("whole" as const, "twice" as const, "separators" as const, "some" as const),
  }),
  fc.record({ kind: fc.constant("insert" as const), at: fc.nat(), text: noise(8) }),
  fc.record({ kind: fc.constant("delete" as const), at: fc.nat(), length: fc.integer({ min: 1, max: 12 }) }),
  fc.record({ kind: fc.constant("replace" as const), at: fc.nat(), text: noise(3) }),
  fc.record({
    kind: fc.constant("duplicate-key" as const),
    key: fc.constantFrom(...KEYS),
    value: fc.oneof(fc.constantFrom(...Object.values(BAD_VALUES).flat()), noise(6)),
    first: fc.boolean(),
  }),
  fc.record({
    kind: fc.constant("huge-value" as const),
    key: fc.constantFrom(...KEYS),
    unit: fc.constantFrom(
      "9",
      "s110100.20200101_",
      "s44-3_",
      "c201001.xm_",
      "mb1_",
      "中",
      "%E4%B8%AD",
      "&",
      "=",
    ),
    times: fc.integer({ min: 100, max: 20_000 }),
  }),
  fc.record({
    kind: fc.constant("hostile-key" as const),
    key: fc.constantFrom(...HOSTILE),
    value: fc.constantFrom("1", "x", '{"polluted":1}', ...HOSTILE),
  }),
  fc.oneof(
    fc.record({
      kind: fc.constant("set" as const),
      key: fc.constantFrom(...Object.keys(BAD_VALUES)),
      value: fc.constantFrom(""),
    }),
    fc
      .constantFrom(
        ...Object.entries(BAD_VALUES).flatMap(([key, values]) => values.map((value) => ({ key, value }))),
      )
      .map(({ key, value }) => ({ kind: "set" as const, key, value })),
    fc.record({
      kind: fc.constant("set" as const),
      key: fc.constantFrom(...KEYS, ...HOSTILE),
      value: fc.constantFrom(...SCRIPTS, ...HOSTILE),
    }),
  ),
  fc.record({ kind: fc.constant("drop-key" as const), key: fc.constantFrom(...KEYS) }),
  fc.record({ kind: fc.constant("hash" as const), prefix: fc.constantFrom("#", "##", "#/", " ", "?") }),
);

function safeEncode(s: string): string {
  try {
    return encodeURIComponent(s);
  } catch {
    return s; // a lone surrogate cannot be percent-encoded; the link stays as it is
  }
}

function setParam(link: string, key: string, value: string): string {
  const parts = link.split("&");
  const i = parts.findIndex((p) => p.startsWith(`${key}=`));
  if (i < 0) return `${link}&${key}=${value}`;
  parts[i] = `${key}=${value}`;
  return parts.join("&");
}

export function applyMutation(link: string, m: Mutation): string {
  const at = (n: number) => n % (link.length + 1);
  switch (m.kind) {
    case "truncate":
      return link.slice(0, at(m.at));
    case "percent-encode":
      if (m.how === "whole") return safeEncode(link);
      if (m.how === "twice") return safeEncode(safeEncode(link));
      if (m.how === "separators") return link.replaceAll("&", "%26").replaceAll("=", "%3D");
      return link.replace(/[._-]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
    case "insert":
      return link.slice(0, at(m.at)) + m.text + link.slice(at(m.at));
    case "delete":
      return link.slice(0, at(m.at)) + link.slice(at(m.at) + m.length);
    case "replace":
      return link.slice(0, at(m.at)) + m.text + link.slice(at(m.at) + m.text.length);
    case "duplicate-key":
      return m.first ? `${m.key}=${m.value}&${link}` : `${link}&${m.key}=${m.value}`;
    case "huge-value":
      return setParam(link, m.key, m.unit.repeat(m.times));
    case "hostile-key":
      return `${m.key}=${m.value}&${link}&${m.key}=${m.value}`;
    case "set":
      return setParam(link, m.key, m.value);
    case "drop-key":
      return link
        .split("&")
        .filter((p) => !p.startsWith(`${m.key}=`))
        .join("&");
    case "hash":
      return m.prefix + link;
  }
}

/** A valid link damaged one to four times, or (now and then) no link at all, only noise. */
export const damagedLink: fc.Arbitrary<{ link: string; mutations: Mutation[] }> = fc.oneof(
  {
    weight: 19,
    arbitrary: fc
      .tuple(validLink, fc.array(mutation, { minLength: 1, maxLength: 4 }))
      .map(([link, mutations]) => ({ link: mutations.reduce(applyMutation, link), mutations })),
  },
  { weight: 1, arbitrary: noise(200).map((link) => ({ link, mutations: [] })) },
);
