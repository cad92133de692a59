import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

/** Chinese words of the pictures live in src/content/zh-CN/pictures.ts or come in as props, never in code. */
const DIR = new URL(".", import.meta.url).pathname;
const HAN = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;

/** The code without its comments (block comments, then line comments not inside a string on that line). */
function code(source: string): string {
  return source
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .split("\n")
    .map((line) => line.replace(/(^|[^:"'`])\/\/.*$/, "$1"))
    .join("\n");
}

describe("pictures", () => {
  const files = readdirSync(DIR).filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f));

  it("has code files to check", () => {
    expect(files.length).toBeGreaterThanOrEqual(10);
  });

  it("holds no Chinese text outside comments", () => {
    const offenders = files.flatMap((f) =>
      code(readFileSync(join(DIR, f), "utf8"))
        .split("\n")
        .filter((line) => HAN.test(line))
        .map((line) => `${f}: ${line.trim()}`),
    );
    expect(offenders).toEqual([]);
  });

  it("would notice Chinese in code", () => {
    expect(HAN.test(code('const label = "断保";'))).toBe(true);
    expect(HAN.test(code("// 断保\nconst x = 1;"))).toBe(false);
  });
});
