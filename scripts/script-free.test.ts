import { describe, expect, it } from "vitest";
import { scriptFree } from "./script-free";

const page = `<!doctype html><html><head><title>t</title>
<script src="/large-text.js"></script>
<script type="module" crossorigin src="/assets/index-abc.js"></script>
<link rel="modulepreload" crossorigin href="/assets/react-abc.js">
<link rel="stylesheet" crossorigin href="/assets/index-abc.css">
<link rel="manifest" href="/manifest.webmanifest">
<link rel="modulepreload" crossorigin href="/assets/result-page-abc.js"></head>
<body><div id="root" data-route="/"><main><h1>标题</h1><p>script 不是标签</p></main></div>
<SCRIPT>alert(1)</SCRIPT ></body></html>`;

describe("scriptFree", () => {
  it("removes every script and module preload, and nothing else", () => {
    const out = scriptFree(page);
    expect(out).not.toMatch(/<script|modulepreload|\.js"/i);
    expect(out).toContain('<link rel="stylesheet" crossorigin href="/assets/index-abc.css">');
    expect(out).toContain('<link rel="manifest" href="/manifest.webmanifest">');
    expect(out).toContain("<h1>标题</h1><p>script 不是标签</p>");
  });
});
