import { describe, expect, it } from "vitest";
import { lowPriorityScripts } from "../vite.config";

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
