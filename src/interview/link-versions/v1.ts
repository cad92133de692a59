/**
 * Version 1 of the share link (released with the first journey, 2026-11), the current version:
 *
 *   v=1&d=20261123&c=340100&hc=371300&rp=y&w=p&b=200005&sx=m&lw=n&m=s320100.20170701.20260531&ps=20260620&pe=s44-12&ca=n
 *
 * Its answers are today's answers, so its migration is the identity. When version 2 comes: write v2.ts
 * (its `write` and `read`), list it in index.ts as CURRENT, and replace `migrateToCurrent` here by the
 * mapping of version-1 answers onto version-2 answers. Never change what a v1 key means: the links in
 * ../link-fixtures/v1.json must keep decoding to the same people.
 */
import { Figures, type Answers, type MedicalEntry, type PensionEntry } from "../../policy/answers";
import { compactDate, isoFromCompact, lookup, ymFromCompact } from "./compact";
import type { CurrentLinkFormat, LinkParams } from "./types";

const WORK = {
  employee: "e",
  flexible: "f",
  platform: "p",
  construction: "c",
  none: "n",
  retired: "r",
  student: "s",
} as const;
const PERMIT = { yes: "y", no: "n", applying: "a" } as const;
const LIVING = { none: "n", children: "c", parents: "p" } as const;
const CARE = { none: "n", long_term: "l", temporary: "t" } as const;
const SEX = { male: "m", female: "f" } as const;
const SCHEME = { staff: "s", resident: "r" } as const;

/** The answer each key fills (for reporting a value that could not be read; `v` and `d` are not answers). */
const FIELDS = {
  c: "city",
  hc: "hukouCity",
  hp: "hukouProvince",
  rp: "residencePermit",
  w: "work",
  b: "birth",
  a: "age",
  sx: "sex",
  ora: "originalRetirementAge",
  lw: "livingWith",
  m: "medical",
  ps: "plannedStart",
  pe: "pension",
  ca: "careAway",
  ar: "atRetirementAge",
  f: "figures",
} as const;

/**
 * The person's own figures (typed on the result page), added to version 1 on 2026-11-30: an optional key
 * that older readers ignore, so links with it still open there (without the figures).
 * f=mb4500,mr8,pt60,pb8000,fb5000,ab20000 — 档次 in per cent.
 */
const FIGURE_KEYS = [
  ["mb", "medicalBase"],
  ["mr", "medicalRate"],
  ["pt", "pensionTier"],
  ["pb", "pensionBase"],
  ["fb", "flexibleBase"],
  ["ab", "accountBalance"],
] as const;

function writeFigures(f: Figures): string {
  return FIGURE_KEYS.flatMap(([key, field]) => {
    const v = f[field];
    if (v === undefined) return [];
    return [`${key}${field === "pensionTier" ? Math.round(v * 100) : v}`];
  }).join(",");
}

/** The figures of a link, or undefined when any part cannot be read (the codec then reports them dropped). */
function readFigures(s: string | undefined): Figures | undefined {
  if (s === undefined) return undefined;
  const out: Record<string, number> = {};
  for (const part of s.split(",")) {
    const m = /^([a-z]{2})(\d{1,8}(\.\d{1,4})?)$/.exec(part);
    const field = m && FIGURE_KEYS.find(([key]) => key === m[1])?.[1];
    if (!m || !field || field in out) return undefined;
    out[field] = field === "pensionTier" ? Number(m[2]) / 100 : Number(m[2]);
  }
  const parsed = Figures.safeParse(out);
  return parsed.success && Object.keys(parsed.data).length > 0 ? parsed.data : undefined;
}

function writeMedical(e: MedicalEntry): string {
  return [`${SCHEME[e.scheme]}${e.city}`, compactDate(e.from), ...(e.to ? [compactDate(e.to)] : [])].join(
    ".",
  );
}

function writePension(e: PensionEntry): string {
  return `${SCHEME[e.scheme]}${e.province.slice(0, 2)}-${e.years}${e.temporary ? "t" : ""}`;
}

function write(answers: Answers, asOf: string): string {
  const p: [string, string][] = [
    ["v", "1"],
    ["d", compactDate(asOf)],
    ["c", answers.city],
    ["hc", answers.hukouCity],
  ];
  if (answers.hukouProvince.slice(0, 2) !== answers.hukouCity.slice(0, 2))
    p.push(["hp", answers.hukouProvince]);
  if (answers.residencePermit) p.push(["rp", PERMIT[answers.residencePermit]]);
  p.push(["w", WORK[answers.work]]);
  if (answers.birth) p.push(["b", answers.birth.replace("-", "")]);
  if (answers.age !== undefined) p.push(["a", String(answers.age)]);
  if (answers.sex) p.push(["sx", SEX[answers.sex]]);
  if (answers.originalRetirementAge) p.push(["ora", String(answers.originalRetirementAge)]);
  p.push(["lw", LIVING[answers.livingWith]]);
  if (answers.medical.length) p.push(["m", answers.medical.map(writeMedical).join("_")]);
  if (answers.plannedStart) p.push(["ps", compactDate(answers.plannedStart)]);
  if (answers.pension.length) p.push(["pe", answers.pension.map(writePension).join("_")]);
  p.push(["ca", CARE[answers.careAway]]);
  if (answers.atRetirementAge !== undefined) p.push(["ar", answers.atRetirementAge ? "1" : "0"]);
  if (answers.figures && Object.keys(answers.figures).length > 0)
    p.push(["f", writeFigures(answers.figures)]);
  return p.map(([k, v]) => `${k}=${v}`).join("&");
}

function readMedical(s: string): unknown {
  const [head = "", from = "", to] = s.split(".");
  return {
    scheme: lookup(SCHEME, head.slice(0, 1)),
    city: head.slice(1),
    from: isoFromCompact(from),
    ...(to !== undefined ? { to: isoFromCompact(to) } : {}),
  };
}

function readPension(s: string): unknown {
  const [head = "", rest = ""] = s.split("-");
  const temporary = rest.endsWith("t");
  const years = temporary ? rest.slice(0, -1) : rest;
  return {
    scheme: lookup(SCHEME, head.slice(0, 1)),
    province: `${head.slice(1)}0000`,
    years: /^\d{1,2}(\.\d{1,2})?$/.test(years) ? Number(years) : years,
    ...(temporary ? { temporary: true } : {}),
  };
}

/** The raw values of a version-1 link in the shape of the answers (not yet validated). */
function readAnswers(q: LinkParams): Record<string, unknown> {
  const hc = q.get("hc");
  const list = (key: string, item: (s: string) => unknown) => {
    const v = q.get(key);
    return v === undefined ? [] : v.split("_").filter(Boolean).map(item);
  };
  const num = (key: string) => {
    const v = q.get(key);
    return v !== undefined && /^-?\d{1,4}$/.test(v) ? Number(v) : v;
  };
  const ar = q.get("ar");
  return {
    city: q.get("c"),
    hukouCity: hc,
    hukouProvince: q.get("hp") ?? (hc && /^\d{6}$/.test(hc) ? `${hc.slice(0, 2)}0000` : undefined),
    residencePermit: lookup(PERMIT, q.get("rp")),
    work: lookup(WORK, q.get("w")),
    birth: q.has("b") ? ymFromCompact(q.get("b") ?? "") : undefined,
    age: num("a"),
    sex: lookup(SEX, q.get("sx")),
    originalRetirementAge: num("ora"),
    livingWith: lookup(LIVING, q.get("lw")),
    medical: list("m", readMedical),
    plannedStart: q.has("ps") ? isoFromCompact(q.get("ps") ?? "") : undefined,
    pension: list("pe", readPension),
    careAway: lookup(CARE, q.get("ca")),
    atRetirementAge: ar === "1" ? true : ar === "0" ? false : undefined,
    figures: readFigures(q.get("f")),
  };
}

/** Version 1 is the current version: its answers are today's answers. */
const migrateToCurrent = (answers: Record<string, unknown>) => answers;

export const V1: CurrentLinkFormat = {
  version: 1,
  fields: FIELDS,
  write,
  read: (q) => ({
    answers: migrateToCurrent(readAnswers(q)),
    asOf: q.has("d") ? isoFromCompact(q.get("d") ?? "") : undefined,
  }),
};
