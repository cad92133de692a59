/**
 * The share link: the answers and the date of the advice, in the URL fragment (after #, so no server
 * ever receives them), as short key=value pairs with a format version (link-versions/).
 *
 * Decoding never throws: a broken, truncated or tampered link yields what could be recovered and the
 * problems found. Every value is checked by the one answers schema before anything uses it.
 */
import { isIsoDate } from "../lib/dates";
import { Answers } from "../policy/answers";
import { sanitizeDraft, type AnswerKey, type Draft } from "./draft";
import { CURRENT, LINK_FORMATS, NEWEST_VERSION } from "./link-versions";
import type { LinkFormat, LinkParams } from "./link-versions/types";
import { impossibleBirth } from "./plausible-age";

export const LINK_VERSION = CURRENT.version;
/** Answers beside the person's own route: when unreadable they are dropped and the result still opens. */
const EXTRAS: ReadonlySet<AnswerKey> = new Set(["household", "figures"]);
/** Longer fragments are refused before parsing: a real link is a few hundred characters. */
const MAX_LENGTH = 4000;

export function encodeShare(answers: Answers, asOf: string): string {
  return CURRENT.write(answers, asOf);
}

export type DecodeResult =
  /** `dropped`: optional answers the link held in a form this version cannot read (only when there are some). */
  | { status: "ok"; answers: Answers; asOf: string; dropped?: AnswerKey[] }
  | { status: "empty" }
  | { status: "newer"; version: number }
  | { status: "invalid"; recovered: Draft; dropped: AnswerKey[]; asOf?: string };

/** key=value pairs; the first occurrence of a key wins, so a key appended to a link cannot override. */
function parseParams(fragment: string): LinkParams {
  const params = new Map<string, string>();
  for (const part of fragment.split("&")) {
    const eq = part.indexOf("=");
    if (eq <= 0) continue;
    const key = part.slice(0, eq);
    if (!params.has(key)) params.set(key, part.slice(eq + 1));
  }
  return params;
}

function safeDecodeURIComponent(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** "1" → 1; "01", "1.0", "+1", "" or "x" are no version at all. */
function versionOf(q: LinkParams): number | undefined {
  const v = q.get("v");
  return v !== undefined && /^[1-9]\d{0,5}$/.test(v) ? Number(v) : undefined;
}

/** Decodes a fragment (with or without its leading #). Never throws. */
export function decodeShare(fragment: string): DecodeResult {
  try {
    return decodeShareUnguarded(fragment);
  } catch {
    // Never seen (the fuzz tests would find it), but a link must never break the page.
    return { status: "invalid", recovered: {}, dropped: [] };
  }
}

/** decodeShare without its safety net: the fuzz tests call this, so that any exception shows. */
export function decodeShareUnguarded(fragment: string): DecodeResult {
  let text = fragment.startsWith("#") ? fragment.slice(1) : fragment;
  if (text.trim() === "") return { status: "empty" };
  if (text.length > MAX_LENGTH) return { status: "invalid", recovered: {}, dropped: [] };
  // Chat apps sometimes percent-encode the fragment (%26 for &, %3D for =).
  if (text.includes("%")) text = safeDecodeURIComponent(text);
  const q = parseParams(text.trim());
  const version = versionOf(q);
  if (version !== undefined && version > NEWEST_VERSION) return { status: "newer", version };
  const format = version === undefined ? undefined : LINK_FORMATS.get(version);
  if (!format) return { status: "invalid", recovered: {}, dropped: [] };
  const { answers: raw, asOf: d } = format.read(q);
  const asOf = d !== undefined && isIsoDate(d) ? d : undefined;
  const unread = unreadFields(format, q, raw);
  const parsed = Answers.safeParse(raw);
  if (parsed.success && asOf) {
    const { birth } = parsed.data;
    if (birth === undefined || !impossibleBirth(birth, asOf))
      return { status: "ok", answers: parsed.data, asOf, ...(unread.length ? { dropped: unread } : {}) };
  }
  const { draft, dropped } = sanitizeDraft(raw);
  // A birth month the person cannot have on the date of the advice: refused like an age over 120.
  if (draft.birth !== undefined && asOf && impossibleBirth(draft.birth, asOf)) {
    delete draft.birth;
    dropped.push("birth");
  }
  // Only the extras were unreadable (a damaged family member, a figure): the person is whole and the
  // result opens, naming what was dropped. Anything else is asked again on the broken-link page.
  const rest = Answers.safeParse(draft);
  if (rest.success && asOf && dropped.length > 0 && dropped.every((k) => EXTRAS.has(k)))
    return { status: "ok", answers: rest.data, asOf, dropped: [...new Set([...dropped, ...unread])] };
  const missing = (Object.keys(raw) as AnswerKey[]).filter(
    (k) => raw[k] !== undefined && !(k in draft) && !dropped.includes(k),
  );
  return {
    status: "invalid",
    recovered: draft,
    dropped: [...dropped, ...missing, ...unread],
    ...(asOf ? { asOf } : {}),
  };
}

/** Answers whose key is in the link but whose value the format could not read (an unknown code). */
function unreadFields(format: LinkFormat, q: LinkParams, raw: Record<string, unknown>): AnswerKey[] {
  return Object.entries(format.fields)
    .filter(([key, field]) => q.has(key) && raw[field] === undefined)
    .map(([, field]) => field);
}
