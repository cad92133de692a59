/**
 * Version 1 of the share link (released with the first journey, 2026-11; read only since version 2):
 *
 *   v=1&d=20261123&c=340100&hc=371300&rp=y&w=p&b=200005&sx=m&lw=n&m=s320100.20170701.20260531&ps=20260620&pe=s44-12&ca=n
 *
 * It is read, never written: `migrateToCurrent` maps its answers onto today's. Never change what a v1
 * key means: the links in ../link-fixtures/v1.json must keep decoding to the same people.
 */
import { CARE, LIVING, PERMIT, SCHEME, SEX, WORK } from "./codes";
import { isoFromCompact, lookup, ymFromCompact } from "./compact";
import type { LinkFormat, LinkParams } from "./types";

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
} as const;

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
  };
}

/**
 * Version-1 answers → today's answers. Version 2 only added answers (schooling, figures, household,
 * month dates, unknown starts) and kept every version-1 value's meaning, so a version-1 person is a
 * version-2 person as they are.
 */
const migrateToCurrent = (answers: Record<string, unknown>) => answers;

export const V1: LinkFormat = {
  version: 1,
  fields: FIELDS,
  read: (q) => ({
    answers: migrateToCurrent(readAnswers(q)),
    asOf: q.has("d") ? isoFromCompact(q.get("d") ?? "") : undefined,
  }),
};
