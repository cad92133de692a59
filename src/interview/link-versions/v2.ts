/**
 * Version 2 of the share link (2026-11-30), the current version. Version 1's keys keep their meaning;
 * version 2 adds what the answers gained since:
 *
 *   v=2&d=20261130&c=320500&hc=341200&rp=y&w=p&b=199003&sx=m&lw=c&m=r341200..&pe=s34-3.5&ca=n
 *     &f=mb4000_mr8&h=s199205.xf.wn_c201803.ss_c202306.sn
 *
 * - a medical entry's dates may be a month (YYYYMM) as well as a day (YYYYMMDD), and its start may be
 *   empty (not known): `r341200..` is 居民医保 in 阜阳, start unknown, still running;
 * - `ps` (the planned start) may be a month too; pension years may have one decimal (3.5);
 * - `sc`: a child's schooling here (s school, k kindergarten, n neither);
 * - `f`: figures typed on the result page, `_`-joined name+number pairs (mb medicalBase, mr medicalRate,
 *   pt pensionTier, pb pensionBase, fb flexibleBase, ab accountBalance);
 * - `h`: the family members living here, `_`-joined. Each starts with its relation (s spouse, c child,
 *   p parent) and birth month (YYYYMM), then `.`-joined parts: x sex (m/f), w work (the codes of `w`),
 *   h hukou city (its province follows from the code unless a `P` part names it), r 居住证 (y/n/a),
 *   s schooling (s/k/n), i the medical insurance they have now (s/r + city).
 *
 * Never change what a v2 key means: the links in ../link-fixtures/v2.json must keep decoding to the same
 * people. When version 3 comes, give this file a `migrateToCurrent` as v1.ts has.
 */
import type { Answers, Figures, MedicalEntry, Member, PensionEntry } from "../../policy/answers";
import { compactDate, isoFromCompact, lookup } from "./compact";
import type { CurrentLinkFormat, LinkParams } from "./types";
import { CARE, LIVING, PERMIT, SCHEME, SEX, WORK } from "./codes";

const SCHOOLING = { school: "s", kindergarten: "k", none: "n" } as const;
const RELATION = { spouse: "s", child: "c", parent: "p" } as const;
const FIGURES = {
  medicalBase: "mb",
  medicalRate: "mr",
  pensionTier: "pt",
  pensionBase: "pb",
  flexibleBase: "fb",
  accountBalance: "ab",
} as const;

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
  sc: "schooling",
  m: "medical",
  ps: "plannedStart",
  pe: "pension",
  ca: "careAway",
  f: "figures",
  h: "household",
  ar: "atRetirementAge",
} as const;

/** "2026-05" → "202605", "2026-05-31" → "20260531". */
const compact = (d: string | undefined) => (d === undefined ? "" : compactDate(d));

/** "202605" → "2026-05", "20260531" → "2026-05-31"; anything else passes through for the schema to refuse. */
function dayOrMonthFromCompact(s: string): string {
  if (/^\d{6}$/.test(s)) return `${s.slice(0, 4)}-${s.slice(4, 6)}`;
  return isoFromCompact(s);
}

const provincePrefix = (code: string) => code.slice(0, 2);
const provinceOf = (city: string) => `${provincePrefix(city)}0000`;

function writeMedical(e: MedicalEntry): string {
  const head = `${SCHEME[e.scheme]}${e.city}`;
  return e.from === undefined && e.to === undefined
    ? `${head}..`
    : [head, compact(e.from), ...(e.to ? [compact(e.to)] : [])].join(".");
}

function writePension(e: PensionEntry): string {
  return `${SCHEME[e.scheme]}${provincePrefix(e.province)}-${e.years}${e.temporary ? "t" : ""}`;
}

function writeFigures(f: Figures): string {
  return (Object.keys(FIGURES) as (keyof Figures)[])
    .filter((k) => f[k] !== undefined)
    .map((k) => `${FIGURES[k]}${f[k]}`)
    .join("_");
}

function writeMember(m: Member): string {
  const parts = [`${RELATION[m.relation]}${m.birth.replace("-", "")}`];
  if (m.sex) parts.push(`x${SEX[m.sex]}`);
  if (m.work) parts.push(`w${WORK[m.work]}`);
  if (m.hukouCity) {
    parts.push(`h${m.hukouCity}`);
    if (m.hukouProvince && provinceOf(m.hukouCity) !== m.hukouProvince) parts.push(`P${m.hukouProvince}`);
  }
  if (m.residencePermit) parts.push(`r${PERMIT[m.residencePermit]}`);
  if (m.schooling) parts.push(`s${SCHOOLING[m.schooling]}`);
  if (m.insured) parts.push(`i${SCHEME[m.insured.scheme]}${m.insured.city}`);
  return parts.join(".");
}

function write(answers: Answers, asOf: string): string {
  const p: [string, string][] = [
    ["v", "2"],
    ["d", compactDate(asOf)],
    ["c", answers.city],
    ["hc", answers.hukouCity],
  ];
  if (provincePrefix(answers.hukouProvince) !== provincePrefix(answers.hukouCity))
    p.push(["hp", answers.hukouProvince]);
  if (answers.residencePermit) p.push(["rp", PERMIT[answers.residencePermit]]);
  p.push(["w", WORK[answers.work]]);
  if (answers.birth) p.push(["b", answers.birth.replace("-", "")]);
  if (answers.age !== undefined) p.push(["a", String(answers.age)]);
  if (answers.sex) p.push(["sx", SEX[answers.sex]]);
  if (answers.originalRetirementAge) p.push(["ora", String(answers.originalRetirementAge)]);
  p.push(["lw", LIVING[answers.livingWith]]);
  if (answers.schooling) p.push(["sc", SCHOOLING[answers.schooling]]);
  if (answers.medical.length) p.push(["m", answers.medical.map(writeMedical).join("_")]);
  if (answers.plannedStart) p.push(["ps", compactDate(answers.plannedStart)]);
  if (answers.pension.length) p.push(["pe", answers.pension.map(writePension).join("_")]);
  p.push(["ca", CARE[answers.careAway]]);
  const figures = answers.figures ? writeFigures(answers.figures) : "";
  if (figures) p.push(["f", figures]);
  if (answers.household?.length) p.push(["h", answers.household.map(writeMember).join("_")]);
  if (answers.atRetirementAge !== undefined) p.push(["ar", answers.atRetirementAge ? "1" : "0"]);
  return p.map(([k, v]) => `${k}=${v}`).join("&");
}

/** A plain decimal number ("8", "7.5", "0.6"); anything else passes through for the schema to refuse. */
const decimal = (s: string): unknown => (/^\d{1,8}(\.\d{1,4})?$/.test(s) ? Number(s) : s);

function readMedical(s: string): unknown {
  const [head = "", from = "", to] = s.split(".");
  return {
    scheme: lookup(SCHEME, head.slice(0, 1)),
    city: head.slice(1),
    ...(from !== "" ? { from: dayOrMonthFromCompact(from) } : {}),
    ...(to !== undefined && to !== "" ? { to: dayOrMonthFromCompact(to) } : {}),
  };
}

function readPension(s: string): unknown {
  const [head = "", rest = ""] = s.split("-");
  const temporary = rest.endsWith("t");
  const years = temporary ? rest.slice(0, -1) : rest;
  return {
    scheme: lookup(SCHEME, head.slice(0, 1)),
    province: `${head.slice(1)}0000`,
    years: /^\d{1,2}(\.\d)?$/.test(years) ? Number(years) : years,
    ...(temporary ? { temporary: true } : {}),
  };
}

function readFigures(s: string): unknown {
  const out: Record<string, unknown> = {};
  for (const part of s.split("_")) {
    const name = lookup(FIGURES, part.slice(0, 2));
    // An unknown name makes the whole value unreadable, so that it is reported, not silently lost.
    if (name === undefined) return part;
    out[name] = decimal(part.slice(2));
  }
  return out;
}

function readMember(s: string): unknown {
  const [head = "", ...parts] = s.split(".");
  const m: Record<string, unknown> = {
    relation: lookup(RELATION, head.slice(0, 1)),
    birth: /^\d{6}$/.test(head.slice(1)) ? `${head.slice(1, 5)}-${head.slice(5)}` : head.slice(1),
  };
  for (const part of parts) {
    const value = part.slice(1);
    switch (part.slice(0, 1)) {
      case "x":
        m.sex = lookup(SEX, value);
        break;
      case "w":
        m.work = lookup(WORK, value);
        break;
      case "h":
        m.hukouCity = value;
        m.hukouProvince ??= /^\d{6}$/.test(value) ? provinceOf(value) : value;
        break;
      case "P":
        m.hukouProvince = value;
        break;
      case "r":
        m.residencePermit = lookup(PERMIT, value);
        break;
      case "s":
        m.schooling = lookup(SCHOOLING, value);
        break;
      case "i":
        m.insured = { scheme: lookup(SCHEME, value.slice(0, 1)), city: value.slice(1) };
        break;
      default:
        // An unknown part: the member cannot be read as written; the raw text makes the schema refuse it.
        return s;
    }
  }
  // A part whose code was unknown left `undefined`: keep it visible to the schema as a bad value.
  for (const [k, v] of Object.entries(m)) if (v === undefined) m[k] = null;
  return m;
}

/** The raw values of a version-2 link in the shape of the answers (not yet validated). */
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
  const f = q.get("f");
  return {
    city: q.get("c"),
    hukouCity: hc,
    hukouProvince: q.get("hp") ?? (hc && /^\d{6}$/.test(hc) ? provinceOf(hc) : undefined),
    residencePermit: lookup(PERMIT, q.get("rp")),
    work: lookup(WORK, q.get("w")),
    birth: q.has("b") ? dayOrMonthFromCompact(q.get("b") ?? "") : undefined,
    age: num("a"),
    sex: lookup(SEX, q.get("sx")),
    originalRetirementAge: num("ora"),
    livingWith: lookup(LIVING, q.get("lw")),
    schooling: lookup(SCHOOLING, q.get("sc")),
    medical: list("m", readMedical),
    plannedStart: q.has("ps") ? dayOrMonthFromCompact(q.get("ps") ?? "") : undefined,
    pension: list("pe", readPension),
    careAway: lookup(CARE, q.get("ca")),
    figures: f === undefined ? undefined : readFigures(f),
    household: q.has("h") ? list("h", readMember) : undefined,
    atRetirementAge: ar === "1" ? true : ar === "0" ? false : undefined,
  };
}

export const V2: CurrentLinkFormat = {
  version: 2,
  fields: FIELDS,
  write,
  read: (q) => ({
    answers: readAnswers(q),
    asOf: q.has("d") ? isoFromCompact(q.get("d") ?? "") : undefined,
  }),
};
