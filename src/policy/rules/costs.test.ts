import { describe, expect, it } from "vitest";
import { answersFor, type NamedAnswers } from "../testing";
import { optionCosts } from "./costs";
import { coverageYear } from "./coverage";
import { buildProfile } from "./profile";

const costs = (a: NamedAnswers, code: Parameters<typeof optionCosts>[1], asOf = "2026-11-22") =>
  optionCosts(buildProfile(answersFor(a), asOf), code);
const flexible = (city: string): NamedAnswers => ({
  city,
  hukouProvince: "河南",
  hukouCity: "周口",
  residencePermit: "yes",
  work: "flexible",
});

describe("costs, as far as the sources go (never a guessed number)", () => {
  it("the coverage year: from September people pay for next year (Addendum B §13.3)", () => {
    expect(coverageYear("2026-08-31")).toBe(2026);
    expect(coverageYear("2026-09-01")).toBe(2027);
  });

  it("2026年度 居民医保: national individual premium 400 yuan, subsidy at least 700 (Addendum A §4.2)", () => {
    expect(costs(flexible("合肥"), "resident_local", "2026-03-01")[0]).toMatchObject({
      code: "cost.resident_national_min",
      params: { year: 2026, yuan: 400, subsidy: 700 },
    });
  });

  it("2027年度: no national figure found, so 以当地公布为准", () => {
    expect(costs(flexible("合肥"), "resident_local")[0]).toMatchObject({
      code: "cost.resident_unknown",
      params: { year: 2027 },
    });
  });

  it("北京 2026年度 local premiums (news)", () => {
    expect(costs(flexible("北京"), "resident_local", "2026-03-01")[1]).toMatchObject({
      code: "cost.resident_local",
      params: { year: 2026 },
    });
  });

  it("苏州 2022: 4,250 × 8% + 5 yuan = 345 yuan a month (the 2022 notice)", () => {
    expect(costs(flexible("苏州"), "staff_flexible", "2022-06-01")[0]).toMatchObject({
      code: "cost.flexible_estimate",
      params: { monthly: 345, minBase: 4250 },
    });
  });

  it("苏州 from 2024: the 职工医保 lower limit 4,494 × 8% + 5 = 364.52, said to be the employees' limit", () => {
    expect(costs(flexible("苏州"), "staff_flexible")[0]).toMatchObject({
      code: "cost.flexible_estimate",
      params: { monthly: 364.52, minBase: 4494, baseIs: "employee_lower", dataYear: "2024" },
    });
  });

  it("深圳: 60% of 11,620 × (8% + 0.2%) = 571.70 yuan a month (2022); 6,727 × 8% = 538.16 (2026)", () => {
    expect(costs(flexible("深圳"), "staff_flexible", "2022-08-01")[0]?.params).toMatchObject({
      minBase: 6972,
      monthly: 571.7,
    });
    expect(costs(flexible("深圳"), "staff_flexible", "2026-03-01")[0]?.params).toMatchObject({
      minBase: 6727,
      rate: 8,
      monthly: 538.16,
    });
  });

  it("北京: the fixed 584.92 a month, 7,019.04 a year; 天津: the formula with its 260 a year", () => {
    expect(costs(flexible("北京"), "staff_flexible", "2025-10-01")[0]).toMatchObject({
      code: "cost.flexible_yearly",
      params: { monthly: 584.92, yearly: 7019.04 },
    });
    expect(costs(flexible("天津"), "staff_flexible")[0]).toMatchObject({
      code: "cost.flexible_formula",
      params: { rate: 8.5, extraYearly: 260, dataYear: "undated" },
    });
  });

  it("合肥: the formula only (60% of the provincial average wage × 6%): no wage figure is sourced", () => {
    expect(costs(flexible("合肥"), "staff_flexible")[0]).toMatchObject({
      code: "cost.flexible_formula",
      params: { minBasePercent: 60, wageOf: "province", rate: 6 },
    });
  });

  it("a city with no figures says so", () => {
    expect(costs(flexible("洛阳"), "staff_flexible")[0]?.code).toBe("cost.flexible_unknown");
  });

  it("职工医保 has a personal account, 居民医保 has none", () => {
    expect(costs(flexible("合肥"), "staff_flexible").map((c) => c.code)).toContain("account.staff_has");
    expect(costs(flexible("合肥"), "resident_hukou").map((c) => c.code)).toContain("account.resident_none");
  });
});
