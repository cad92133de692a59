import { describe, expect, it } from "vitest";
import { isFramed } from "./framing";

describe("isFramed", () => {
  it("is false for a page of its own, true inside a frame", () => {
    const page = { top: undefined as unknown, self: undefined as unknown };
    page.top = page;
    page.self = page;
    expect(isFramed(page)).toBe(false);
    expect(isFramed({ top: {}, self: page })).toBe(true);
  });

  it("counts a parent that throws when reached as a frame", () => {
    const hostile = {
      self: {},
      get top(): unknown {
        throw new DOMException("Blocked a frame with origin", "SecurityError");
      },
    };
    expect(isFramed(hostile)).toBe(true);
  });
});
