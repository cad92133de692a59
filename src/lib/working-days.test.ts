import { describe, expect, it } from "vitest";
import { addWorkingDays, weekday } from "./working-days";

describe("weekday", () => {
  it.each([
    ["2026-11-30", 1], // a Monday (calendar of 2026)
    ["2026-12-05", 6],
    ["2026-12-06", 0],
    ["2024-02-29", 4],
  ])("%s is day %i of the week", (iso, day) => {
    expect(weekday(iso)).toBe(day);
  });
});

describe("addWorkingDays: Monday to Friday, the first day not counted", () => {
  it.each([
    // name, from, days, expected (counted by hand on a calendar)
    ["Monday + 5 is the next Monday", "2026-11-30", 5, "2026-12-07"],
    ["Monday + 15 (10 + 5 of 43号) skips three weekends", "2026-11-30", 15, "2026-12-21"],
    ["Friday + 1 is Monday", "2026-12-04", 1, "2026-12-07"],
    ["Saturday + 1 is Monday", "2026-12-05", 1, "2026-12-07"],
    ["Sunday + 5 is Friday", "2026-12-06", 5, "2026-12-11"],
    ["over the new year", "2026-12-28", 5, "2027-01-04"],
    ["over 29 February", "2028-02-28", 2, "2028-03-01"],
    ["0 days is the day itself", "2026-12-05", 0, "2026-12-05"],
  ])("%s", (_name, from, days, expected) => {
    expect(addWorkingDays(from, days)).toBe(expected);
  });

  it("refuses what is not a date or a count", () => {
    expect(() => addWorkingDays("2026-02-30", 1)).toThrow();
    expect(() => addWorkingDays("2026-11-30", -1)).toThrow();
    expect(() => addWorkingDays("2026-11-30", 1.5)).toThrow();
  });
});
