import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CSP } from "../vite.config";

const deployDoc = readFileSync(new URL("../docs/deploy.md", import.meta.url), "utf8");

describe("docs/deploy.md", () => {
  it("gives hosts the same Content-Security-Policy the build puts in the page, plus frame-ancestors", () => {
    const header = /^Content-Security-Policy: (.+)$/m.exec(deployDoc)?.[1];
    expect(header).toBe(`${CSP}; frame-ancestors 'none'`);
  });
});
