// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from "vitest";
import { keepsAnswers, subscribeKeepsAnswers } from "./device-keeping";
import { writeJson } from "./device-storage";

afterEach(() => {
  vi.restoreAllMocks();
  localStorage.clear();
  writeJson("shebao-suishendai:test", 1); // back to a device that keeps
  localStorage.clear();
});

describe("whether the device keeps the answers", () => {
  it("turns false when a write fails (storage full), and true again when one succeeds", () => {
    const changed = vi.fn();
    const stop = subscribeKeepsAnswers(changed);
    expect(keepsAnswers()).toBe(true);
    vi.spyOn(Storage.prototype, "setItem").mockImplementation(() => {
      throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    });
    expect(writeJson("shebao-suishendai:draft:v1", { v: 1, answers: {} })).toBe(false);
    expect(keepsAnswers()).toBe(false);
    expect(changed).toHaveBeenCalledTimes(1);
    vi.restoreAllMocks();
    expect(writeJson("shebao-suishendai:draft:v1", { v: 1, answers: {} })).toBe(true);
    expect(keepsAnswers()).toBe(true);
    expect(changed).toHaveBeenCalledTimes(2);
    stop();
  });

  it("is false when storage cannot even be reached (blocked for the site)", () => {
    vi.spyOn(window, "localStorage", "get").mockImplementation(() => {
      throw new DOMException("The operation is insecure.", "SecurityError");
    });
    expect(writeJson("shebao-suishendai:draft:v1", {})).toBe(false);
    expect(keepsAnswers()).toBe(false);
  });
});
