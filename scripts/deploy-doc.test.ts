import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CSP, HOST_HEADERS } from "../vite.config";
import { headersFor, readHeadersFile } from "./headers-file";

const deployDoc = readFileSync(new URL("../docs/deploy.md", import.meta.url), "utf8");
const headersFile = readHeadersFile(new URL("../public/_headers", import.meta.url));

/** The policy a host sends: the page's own, plus what only a header can say. */
const HEADER_CSP = `${CSP}; frame-ancestors 'none'`;
const SECURITY_HEADERS = {
  "content-security-policy": HEADER_CSP,
  "x-frame-options": "DENY",
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
};

/** The fenced code block of docs/deploy.md in `language`. */
function codeBlock(language: string): string {
  const block = new RegExp("```" + language + "\\n([\\s\\S]*?)```").exec(deployDoc)?.[1];
  if (!block) throw new Error(`docs/deploy.md has no ${language} block`);
  return block;
}

describe("docs/deploy.md and the headers files hosts read", () => {
  it("gives hosts the same Content-Security-Policy the build puts in the page, plus frame-ancestors", () => {
    const header = /^Content-Security-Policy: (.+)$/m.exec(deployDoc)?.[1];
    expect(header).toBe(HEADER_CSP);
  });

  it("public/_headers (Netlify, Cloudflare Pages) sends them on every path, and a long cache on assets", () => {
    for (const path of ["/", "/index.html", "/result", "/q/work", "/sw.js", "/assets/index-abc123.js"])
      expect(headersFor(headersFile, path), path).toMatchObject(SECURITY_HEADERS);
    expect(headersFor(headersFile, "/assets/index-abc123.js")["cache-control"]).toBe(
      "public, max-age=31536000, immutable",
    );
    expect(headersFor(headersFile, "/index.html")["cache-control"]).toBeUndefined();
  });

  it("the preview server sends the same headers", () => {
    expect(Object.fromEntries(Object.entries(HOST_HEADERS).map(([k, v]) => [k.toLowerCase(), v]))).toEqual(
      SECURITY_HEADERS,
    );
  });

  it("the nginx block sends them always, on every response", () => {
    const nginx = codeBlock("nginx");
    for (const [name, value] of Object.entries(SECURITY_HEADERS))
      expect(nginx, name).toMatch(new RegExp(`add_header ${name} "${escape(value)}" always;`, "i"));
  });

  it("the Caddy block sends them", () => {
    const caddy = codeBlock("caddy");
    for (const [name, value] of Object.entries(SECURITY_HEADERS))
      expect(caddy, name).toMatch(new RegExp(`^\\s+${name} "${escape(value)}"$`, "im"));
  });
});

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
