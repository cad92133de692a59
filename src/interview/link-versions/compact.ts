/** Helpers shared by the link formats: compact dates and code tables. */

export const compactDate = (iso: string) => iso.replaceAll("-", "");

/** "20260620" → "2026-06-20"; anything else is passed through for the schema to refuse. */
export const isoFromCompact = (s: string) =>
  /^\d{8}$/.test(s) ? `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}` : s;

/** "200005" → "2000-05"; anything else is passed through for the schema to refuse. */
export const ymFromCompact = (s: string) => (/^\d{6}$/.test(s) ? `${s.slice(0, 4)}-${s.slice(4, 6)}` : s);

/**
 * Looks a short code up in a code table. Only the table's own entries count: "__proto__",
 * "constructor" or "toString" in a link are unknown codes, never Object.prototype's members.
 */
export function lookup<T extends Record<string, string>>(
  table: T,
  code: string | undefined,
): keyof T | undefined {
  if (code === undefined) return undefined;
  for (const [key, short] of Object.entries(table)) if (short === code) return key;
  return undefined;
}
