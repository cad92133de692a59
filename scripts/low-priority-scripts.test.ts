import { describe, expect, it } from "vitest";
import { lowPriorityScripts, startAfterFirstPaint } from "../vite.config";

describe("lowPriorityScripts", () => {
  it("marks module scripts and module preloads low priority, and nothing else", () => {
    const head = [
      '<script src="/large-text.js"></script>',
      '<script type="module" crossorigin src="/assets/index-a.js"></script>',
      '<link rel="modulepreload" crossorigin href="/assets/react-a.js">',
      '<link rel="stylesheet" crossorigin href="/assets/index-a.css">',
    ].join("");
    expect(lowPriorityScripts(head)).toBe(
      [
        '<script src="/large-text.js"></script>',
        '<script type="module" fetchpriority="low" crossorigin src="/assets/index-a.js"></script>',
        '<link rel="modulepreload" fetchpriority="low" crossorigin href="/assets/react-a.js">',
        '<link rel="stylesheet" crossorigin href="/assets/index-a.css">',
      ].join(""),
    );
  });

  it("does not mark twice", () => {
    const once = lowPriorityScripts('<link rel="modulepreload" href="/a.js">');
    expect(lowPriorityScripts(once)).toBe(once);
  });
});

describe("startAfterFirstPaint", () => {
  it("takes the module script and its preloads out of the HTML and names them, the entry first", () => {
    const head = [
      "<head>",
      '<script src="/sub/large-text.js"></script>',
      '<script type="module" fetchpriority="low" crossorigin src="/sub/assets/index-a.js"></script>',
      '<link rel="modulepreload" fetchpriority="low" crossorigin href="/sub/assets/react-a.js">',
      '<link rel="stylesheet" crossorigin href="/sub/assets/index-a.css">',
      "</head>",
    ].join("\n");
    expect(startAfterFirstPaint(head)).toBe(
      [
        "<head>",
        '<script src="/sub/large-text.js"></script>',
        '<link rel="stylesheet" crossorigin href="/sub/assets/index-a.css">',
        '<meta name="app-entry" content="/sub/assets/index-a.js /sub/assets/react-a.js"></head>',
      ].join("\n"),
    );
  });

  it("leaves a page without a module script as it is", () => {
    const html = '<head><script src="/large-text.js"></script></head>';
    expect(startAfterFirstPaint(html)).toBe(html);
  });
});
