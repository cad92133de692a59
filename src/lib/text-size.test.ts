// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  LARGE_TEXT_CLASS,
  LARGE_TEXT_KEY,
  applyLargeText,
  isLargeText,
  readLargeText,
  setLargeText,
} from "./text-size";
import HEAD_SCRIPT from "../../public/large-text.js?raw";

/** Runs public/large-text.js as the browser does before the first paint (jsdom runs no <script>). */
function runHeadScript(): void {
  // eslint-disable-next-line @typescript-eslint/no-implied-eval, @typescript-eslint/no-unsafe-call
  new Function(HEAD_SCRIPT)();
}

afterEach(() => {
  localStorage.clear();
  applyLargeText(false);
  vi.restoreAllMocks();
  vi.resetModules();
});

describe("large-text mode", () => {
  it("is off by default and on when remembered", () => {
    expect(readLargeText()).toBe(false);
    localStorage.setItem(LARGE_TEXT_KEY, "1");
    expect(readLargeText()).toBe(true);
  });

  it("setLargeText puts the class on <html> and remembers it; turning it off forgets it", () => {
    setLargeText(true);
    expect(document.documentElement.classList.contains(LARGE_TEXT_CLASS)).toBe(true);
    expect(localStorage.getItem(LARGE_TEXT_KEY)).toBe("1");
    setLargeText(false);
    expect(isLargeText()).toBe(false);
    expect(localStorage.getItem(LARGE_TEXT_KEY)).toBeNull();
  });

  it("the head script (public/large-text.js) applies the remembered choice, and only that", () => {
    runHeadScript();
    expect(isLargeText()).toBe(false);
    localStorage.setItem(LARGE_TEXT_KEY, "1");
    runHeadScript();
    expect(isLargeText()).toBe(true);
  });

  it("the head script (public/large-text.js) does not throw when storage is blocked", () => {
    vi.spyOn(Storage.prototype, "getItem").mockImplementation(() => {
      throw new Error("SecurityError");
    });
    expect(runHeadScript).not.toThrow();
    expect(isLargeText()).toBe(false);
  });

  it("blocked storage falls back to the default size without throwing", () => {
    vi.spyOn(Storage.prototype, "getItem").mockImplementation(() => {
      throw new Error("SecurityError");
    });
    vi.spyOn(Storage.prototype, "setItem").mockImplementation(() => {
      throw new Error("SecurityError");
    });
    expect(readLargeText()).toBe(false);
    expect(() => setLargeText(true)).not.toThrow();
    expect(isLargeText()).toBe(true);
  });
});
