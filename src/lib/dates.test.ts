import { describe, expect, it } from "vitest";
import {
  addMonths,
  ageOn,
  formatChineseDate,
  gapMonths,
  isIsoDate,
  isYearMonth,
  todayInChina,
} from "./dates";

describe("isIsoDate", () => {
  it.each([
    ["2026-11-22", true],
    ["2024-02-29", true],
    ["2026-02-29", false],
    ["2026-02-30", false],
    ["2026-13-01", false],
    ["2026-00-10", false],
    ["26-11-22", false],
    ["1899-12-31", false],
    ["2026-11-22T00:00", false],
  ])("%s → %s", (value, expected) => expect(isIsoDate(value)).toBe(expected));
});

describe("isYearMonth", () => {
  it.each([
    ["1965-06", true],
    ["1965-13", false],
    ["1965-6", false],
  ])("%s → %s", (value, expected) => expect(isYearMonth(value)).toBe(expected));
});

describe("gapMonths counts whole months without cover (SCENARIOS.md, plannedStart)", () => {
  it.each([
    ["2025-09-30", "2026-01-01", 3],
    ["2026-05-31", "2026-06-20", 0],
    ["2026-03-31", "2026-09-01", 5],
    ["2026-08-31", "2026-09-01", 0],
    ["2026-08-15", "2026-08-20", 0],
    ["2026-09-01", "2026-08-01", 0],
  ])("last covered %s, start %s → %i", (to, start, months) => expect(gapMonths(to, start)).toBe(months));
});

describe("ageOn", () => {
  it("counts completed years by month", () => {
    expect(ageOn("1965-06", "2026-11-22")).toBe(61);
    expect(ageOn("1965-12", "2026-11-22")).toBe(60);
    expect(ageOn("1965-11", "2026-11-22")).toBe(61);
  });
});

describe("month arithmetic and formatting", () => {
  it("adds months across years", () => {
    expect(addMonths("1965-06", 60 * 12 + 2)).toBe("2025-08");
    expect(addMonths("1972-06", 55 * 12 + 8)).toBe("2028-02");
  });
  it("formats Chinese dates", () => {
    expect(formatChineseDate("2026-06-20")).toBe("2026年6月20日");
    expect(formatChineseDate("2026-06")).toBe("2026年6月");
  });
  it("takes today in China time, not the device's", () => {
    expect(todayInChina(new Date("2026-11-22T17:30:00Z"))).toBe("2026-11-23");
  });
});
