/**
 * The `_headers` file that Netlify and Cloudflare Pages read (public/_headers, copied into dist/): a path
 * pattern on its own line, then its headers indented below it, `Name: value`. `*` matches anything.
 * Used by the preview server, the e2e static host and scripts/deploy-doc.test.ts.
 */
import { readFileSync } from "node:fs";

export interface HeaderRule {
  pattern: string;
  headers: [name: string, value: string][];
}

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === "" || line.trim().startsWith("#")) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
      continue;
    }
    const colon = line.indexOf(":");
    const rule = rules.at(-1);
    if (!rule || colon < 0) throw new Error(`_headers: a header outside a rule, or no colon: ${line}`);
    rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

const matches = (pattern: string, path: string) =>
  new RegExp(
    `^${pattern
      .split("*")
      .map((s) => s.replace(/[.+?^${}()|[\]\\]/g, "\\$&"))
      .join(".*")}$`,
  ).test(path);

/** The headers a host sends for `path` (every matching rule, in file order), names in lower case. */
export function headersFor(rules: readonly HeaderRule[], path: string): Record<string, string> {
  return Object.fromEntries(
    rules
      .filter((r) => matches(r.pattern, path))
      .flatMap((r) => r.headers.map(([name, value]) => [name.toLowerCase(), value])),
  );
}

export function readHeadersFile(url: URL): HeaderRule[] {
  return parseHeadersFile(readFileSync(url, "utf8"));
}
