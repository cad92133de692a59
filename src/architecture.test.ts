import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

/**
 * The four rooms and the one direction of their doors (docs/architecture.md):
 * app → screens/components → interview → policy (rules → data). content may be read by screens only.
 */
const ROOT = new URL(".", import.meta.url).pathname;
const FORBIDDEN: Record<string, RegExp> = {
  policy:
    /from "(react|react-dom|react-router|react-hook-form)|\.\.\/(interview|components|screens|app|content)\/|\.\.\/\.\.\/(interview|components|screens|app|content)\//,
  interview: /from "(react|react-dom|react-router)|\/(components|screens|app)\//,
  content: /\/(components|screens|app)\//,
  lib: /from "\.\.?\/(?!lib)/,
};

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory()
      ? files(path)
      : /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name)
        ? [path]
        : [];
  });
}

describe("imports go one way", () => {
  for (const [room, pattern] of Object.entries(FORBIDDEN)) {
    it(`${room}/ imports nothing from the rooms above it`, () => {
      const offenders = files(join(ROOT, room))
        .filter((f) => !f.endsWith("testing.ts"))
        .flatMap((f) =>
          readFileSync(f, "utf8")
            .split("\n")
            .filter((line) => line.startsWith("import") && pattern.test(line))
            .map((line) => `${relative(ROOT, f)}: ${line}`),
        );
      expect(offenders).toEqual([]);
    });
  }
});
