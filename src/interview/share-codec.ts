/**
 * The share link: the answers and the date of the advice, in the URL fragment (after #, so no server
 * ever receives them), as short key=value pairs with a schema version:
 *
 *   #v=1&d=20261123&c=340100&hc=371300&rp=y&w=p&b=200005&sx=m&lw=n&m=s320100.20170701.20260531&ps=20260620&pe=s44-12&ca=n
 *
 * Decoding never throws: a broken, truncated or tampered link yields what could be recovered and the
 * problems found. Every value is checked by the one answers schema before anything uses it.
 */
import * as z from "zod/mini";
import { isIsoDate } from "../lib/dates";
import { Answers, type MedicalEntry, type PensionEntry } from "../policy/answers";
import { sanitizeDraft, type AnswerKey, type Draft } from "./draft";

export const LINK_VERSION = 1;
/** Longer fragments are refused before parsing: a real link is a few hundred characters. */
const MAX_LENGTH = 4000;

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

function invert<T extends Record<string, string>>(map: T): Record<string, keyof T> {
  return Object.fromEntries(Object.entries(map).map(([k, v]) => [v, k]));
}

const compactDate = (iso: string) => iso.replaceAll("-", "");
const isoFromCompact = (s: string) =>
  /^\d{8}$/.test(s) ? `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}` : s;
const ymFromCompact = (s: string) => (/^\d{6}$/.test(s) ? `${s.slice(0, 4)}-${s.slice(4, 6)}` : s);

function encodeMedical(e: MedicalEntry): string {
  return [`${SCHEME[e.scheme]}${e.city}`, compactDate(e.from), ...(e.to ? [compactDate(e.to)] : [])].join(
    ".",
  );
}

function encodePension(e: PensionEntry): string {
  return `${SCHEME[e.scheme]}${e.province.slice(0, 2)}-${e.years}${e.temporary ? "t" : ""}`;
}

export function encodeShare(answers: Answers, asOf: string): string {
  const p: [string, string][] = [
    ["v", String(LINK_VERSION)],
    ["d", compactDate(asOf)],
    ["c", answers.city],
    ["hc", answers.hukouCity],
  ];
  if (answers.hukouProvince.slice(0, 2) !== answers.hukouCity.slice(0, 2))
    p.push(["hp", answers.hukouProvince]);
  p.push(["rp", PERMIT[answers.residencePermit]], ["w", WORK[answers.work]]);
  if (answers.birth) p.push(["b", answers.birth.replace("-", "")]);
  else if (answers.age !== undefined) p.push(["a", String(answers.age)]);
  if (answers.sex) p.push(["sx", SEX[answers.sex]]);
  if (answers.originalRetirementAge) p.push(["ora", String(answers.originalRetirementAge)]);
  p.push(["lw", LIVING[answers.livingWith]]);
  if (answers.medical.length) p.push(["m", answers.medical.map(encodeMedical).join("_")]);
  if (answers.plannedStart) p.push(["ps", compactDate(answers.plannedStart)]);
  if (answers.pension.length) p.push(["pe", answers.pension.map(encodePension).join("_")]);
  p.push(["ca", CARE[answers.careAway]]);
  if (answers.atRetirementAge !== undefined) p.push(["ar", answers.atRetirementAge ? "1" : "0"]);
  return p.map(([k, v]) => `${k}=${v}`).join("&");
}

export type DecodeResult =
  | { status: "ok"; answers: Answers; asOf: string }
  | { status: "empty" }
  | { status: "newer"; version: number }
  | { status: "invalid"; recovered: Draft; dropped: AnswerKey[]; asOf?: string };

function parseParams(fragment: string): Map<string, string> {
  const params = new Map<string, string>();
  for (const part of fragment.split("&")) {
    const eq = part.indexOf("=");
    if (eq <= 0) continue;
    const key = part.slice(0, eq);
    if (!params.has(key)) params.set(key, part.slice(eq + 1));
  }
  return params;
}

function decodeMedical(s: string): unknown {
  const [head = "", from = "", to] = s.split(".");
  return {
    scheme: invert(SCHEME)[head.slice(0, 1)],
    city: head.slice(1),
    from: isoFromCompact(from),
    ...(to !== undefined ? { to: isoFromCompact(to) } : {}),
  };
}

function decodePension(s: string): unknown {
  const [head = "", rest = ""] = s.split("-");
  const temporary = rest.endsWith("t");
  return {
    scheme: invert(SCHEME)[head.slice(0, 1)],
    province: `${head.slice(1)}0000`,
    years: Number(temporary ? rest.slice(0, -1) : rest),
    ...(temporary ? { temporary: true } : {}),
  };
}

/** Reads the raw values of a version-1 link into the shape of the answers (not yet validated). */
function rawAnswersV1(q: Map<string, string>): Record<string, unknown> {
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
    residencePermit: invert(PERMIT)[q.get("rp") ?? ""],
    work: invert(WORK)[q.get("w") ?? ""],
    birth: q.has("b") ? ymFromCompact(q.get("b") ?? "") : undefined,
    age: num("a"),
    sex: invert(SEX)[q.get("sx") ?? ""],
    originalRetirementAge: num("ora"),
    livingWith: invert(LIVING)[q.get("lw") ?? ""],
    medical: list("m", decodeMedical),
    plannedStart: q.has("ps") ? isoFromCompact(q.get("ps") ?? "") : undefined,
    pension: list("pe", decodePension),
    careAway: invert(CARE)[q.get("ca") ?? ""],
    atRetirementAge: ar === "1" ? true : ar === "0" ? false : undefined,
  };
}

function safeDecodeURIComponent(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** Decodes a fragment (with or without its leading #). Never throws. */
export function decodeShare(fragment: string): DecodeResult {
  let text = fragment.startsWith("#") ? fragment.slice(1) : fragment;
  if (text.trim() === "") return { status: "empty" };
  if (text.length > MAX_LENGTH) return { status: "invalid", recovered: {}, dropped: [] };
  // Chat apps sometimes percent-encode the fragment (%26 for &, %3D for =).
  if (text.includes("%")) text = safeDecodeURIComponent(text);
  const q = parseParams(text.trim());
  const version = Number(q.get("v"));
  if (Number.isInteger(version) && version > LINK_VERSION) return { status: "newer", version };
  const dRaw = isoFromCompact(q.get("d") ?? "");
  const asOf = isIsoDate(dRaw) ? dRaw : undefined;
  if (version !== 1) return { status: "invalid", recovered: {}, dropped: [], ...(asOf ? { asOf } : {}) };
  const raw = rawAnswersV1(q);
  const parsed = Answers.safeParse(raw);
  if (parsed.success && asOf) return { status: "ok", answers: parsed.data, asOf };
  const { draft, dropped } = sanitizeDraft(raw);
  const missing = (Object.keys(raw) as AnswerKey[]).filter(
    (k) => raw[k] !== undefined && !(k in draft) && !dropped.includes(k),
  );
  return {
    status: "invalid",
    recovered: draft,
    dropped: [...dropped, ...missing],
    ...(asOf ? { asOf } : {}),
  };
}

/** True when the parsed answers equal what the schema would give: used by tests of the round trip. */
export function isValidAnswers(value: unknown): value is Answers {
  return z.safeParse(Answers, value).success;
}
