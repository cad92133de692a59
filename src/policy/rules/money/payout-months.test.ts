import { describe, expect, it } from "vitest";
import { payoutMonths } from "./payout-months";

const months = (years: number, extra = 0) => {
  const r = payoutMonths(years * 12 + extra);
  return r.kind === "unknown" ? r.kind : r.months;
};

describe("计发月数 (国发〔2005〕38号 附件; facts.md Addendum C §1.4, §1.5)", () => {
  it.each([
    // Whole ages, as the table gives them (values repeated by many pages: 50 = 195, 55 = 170, 60 = 139;
    // 40 = 233 and 70 = 56 on another page).
    ["40岁", 40, 0, 233],
    ["50岁", 50, 0, 195],
    ["55岁", 55, 0, 170],
    ["58岁", 58, 0, 152],
    ["60岁", 60, 0, 139],
    ["63岁", 63, 0, 117],
    ["70岁", 70, 0, 56],
  ])("%s: %i years → %i", (_, y, m, expected) => {
    expect(months(y, m)).toBe(expected);
    expect(payoutMonths(y * 12 + m).kind).toBe("table");
  });

  it("60岁3个月 = 137.25 by linear interpolation (Addendum C §1.5, derived there)", () => {
    expect(months(60, 3)).toBe(137.25);
    expect(payoutMonths(723).conclusion.params).toMatchObject({
      value: 137.25,
      lowerAge: 60,
      lowerValue: 139,
      upperValue: 132,
    });
  });

  it("the 济南 lead: 60岁1个月 ≈ 138.4 and 50岁1个月 ≈ 194.6, rounded to 0.1 (Addendum C §1.5)", () => {
    expect(Math.round(Number(months(60, 1)) * 10) / 10).toBe(138.4);
    expect(Math.round(Number(months(50, 1)) * 10) / 10).toBe(194.6);
  });

  it("age 47 is contested (207 or 208): unknown, and so is every month between 46 and 48 that needs it", () => {
    expect(months(47)).toBe("unknown");
    expect(months(46, 6)).toBe("unknown");
    expect(months(47, 6)).toBe("unknown");
    expect(payoutMonths(47 * 12).conclusion.params).toMatchObject({ reason: "contested_47" });
    expect(months(46)).toBe(212);
    expect(months(48)).toBe(204);
  });

  it("ages outside 40–70 are not in the table: unknown", () => {
    expect(months(39, 11)).toBe("unknown");
    expect(months(70, 1)).toBe("unknown");
    expect(payoutMonths(70 * 12 + 1).conclusion.params).toMatchObject({ reason: "outside_table" });
  });
});
