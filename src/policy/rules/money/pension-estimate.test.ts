import { describe, expect, it } from "vitest";
import { findMoney, type MoneyCode } from "./conclusions";
import {
  basicPension,
  pensionEstimate,
  yearsUntilRetirement,
  type PensionEstimateInput,
} from "./pension-estimate";

const SUZHOU = { code: "320500", provinceCode: "320000" };
const at60in2050 = { month: "2050-01", ageMonths: 720 };
const input = (over: Partial<PensionEstimateInput>): PensionEstimateInput => ({
  asOf: "2025-10-01",
  place: SUZHOU,
  retirement: at60in2050,
  pastYears: 5,
  futureYears: 15,
  index: 0.6,
  ...over,
});
const codes = (over: Partial<PensionEstimateInput>) =>
  pensionEstimate(input(over))?.conclusions.map((c) => c.code);
const param = <K extends MoneyCode>(over: Partial<PensionEstimateInput>, code: K) =>
  findMoney(pensionEstimate(input(over))?.conclusions ?? [], code)?.params;

describe("国发〔2005〕38号 第六部分: 基础养老金 = C × (1 + I) ÷ 2 × N × 1%", () => {
  it.each([
    // [case, C, I, N, expected]: worked by hand from the sentence of 第六部分.
    ["C 8,917 (江苏 2025), 档次 60%, 20 years: 8,917 × 1.6 ÷ 2 × 20 × 1%", 8917, 0.6, 20, 1426.72],
    ["C 8,917, 档次 100%, 20 years: 8,917 × 2 ÷ 2 × 20 × 1%", 8917, 1, 20, 1783.4],
    ["C 9,493 (广东 2025), 档次 300%, 15 years: 9,493 × 4 ÷ 2 × 15 × 1%", 9493, 3, 15, 2847.9],
    ["C 11,000 typed, 档次 100%, 25 years", 11000, 1, 25, 2750],
  ])("%s", (_, C, I, N, expected) => {
    expect(basicPension(C, I, N, 1)).toBe(expected);
  });
});

describe("pension estimate at the retirement month (估算)", () => {
  it("江苏, 60%, 20 years, retiring at 60: 1,426.72 + 95,078.40 ÷ 139 = 1,426.72 + 684.02 = 2,110.74", () => {
    const r = pensionEstimate(input({}));
    expect(r).toMatchObject({ basicYuan: 1426.72, accountYuan: 684.02, totalYuan: 2110.74 });
    // The balance: the 2025 lower limit 4,952 × 8% × 12 × 20 years, no interest.
    expect(param({}, "money.pension_balance_estimated")).toEqual({
      monthlyBase: 4952,
      years: 20,
      percent: 8,
      balance: 95078.4,
    });
    expect(param({}, "money.pension_base_sourced")).toMatchObject({ place: "江苏", year: 2025, yuan: 8917 });
    expect(r?.conclusions[0]?.code).toBe("money.pension_total");
  });

  it("states every assumption, and that the 过渡性养老金 is not computed", () => {
    expect(codes({})).toEqual(
      expect.arrayContaining([
        "money.assume_future_years",
        "money.assume_index_is_tier",
        "money.assume_no_interest",
        "money.assume_no_wage_growth",
        "money.transitional_not_computed",
      ]),
    );
  });

  it("what would change it: 5 more years, the 100% 档次 (C × 1 and the average 8,254), retiring a year later", () => {
    // 25 years: 8,917 × 0.8 × 25% = 1,783.40; 4,952 × 0.96 × 25 = 118,848 ÷ 139 = 855.02.
    expect(param({}, "money.change_more_years")).toEqual({ extraYears: 5, total: 2638.42 });
    // 100%: 1,783.40 + 8,254 × 0.96 × 20 ÷ 139 (= 1,140.12).
    expect(param({}, "money.change_higher_tier")).toEqual({ index: 1, total: 2923.52 });
    // 61, 21 years: 8,917 × 0.8 × 21% = 1,498.06; 4,952 × 0.96 × 21 ÷ 132 = 756.31.
    expect(param({}, "money.change_later_retirement")).toEqual({ years: 61, extraMonths: 0, total: 2254.37 });
  });

  it("below the minimum (20 years for those reaching the age in 2050): no figure, and what the minimum would give", () => {
    const r = pensionEstimate(input({ futureYears: 10 }));
    expect(r?.totalYuan).toBeUndefined();
    expect(r?.basicYuan).toBeUndefined();
    expect(param({ futureYears: 10 }, "money.pension_below_minimum")).toEqual({
      years: 15,
      min: 20,
      reachYear: 2050,
    });
    expect(param({ futureYears: 10 }, "money.change_more_years")).toEqual({ extraYears: 5, total: 2110.74 });
  });

  it("with the person's own 计发基数 and known balance (北京, nothing sourced): says which figures are theirs", () => {
    const own = {
      place: { code: "110100", provinceCode: "110000" },
      retirement: { month: "2040-01", ageMonths: 63 * 12 },
      pastYears: 25,
      futureYears: 0,
      index: 1,
      typedPensionBaseYuan: 11000,
      knownBalanceYuan: 100000,
    };
    // 11,000 × 25% = 2,750; 100,000 ÷ 117 = 854.70.
    expect(pensionEstimate(input(own))).toMatchObject({
      basicYuan: 2750,
      accountYuan: 854.7,
      totalYuan: 3604.7,
    });
    const mine = pensionEstimate(input(own))?.conclusions.filter((c) => c.code === "money.own_figure");
    expect(mine?.map((c) => c.params)).toEqual([
      { what: "pension_base", yuan: 11000 },
      { what: "account_balance", yuan: 100000 },
    ]);
  });

  it("no sourced 计发基数 and none typed (深圳 publishes its own; not found): asks for it", () => {
    const r = pensionEstimate(input({ place: { code: "440300", provinceCode: "440000" } }));
    expect(r?.conclusions.map((c) => c.code)).toContain("money.pension_base_needed");
    expect(r?.totalYuan).toBeUndefined();
    // The account part still works from 深圳's own lower limit (4,775) — but not before 2025-07-01.
    expect(r?.accountYuan).toBe(Math.round(((4775 * 0.96 * 20) / 139) * 100) / 100);
  });

  it("retiring at 60岁3个月: 计发月数 137.25, interpolated and labelled so", () => {
    const r = pensionEstimate(
      input({
        retirement: { month: "2026-03", ageMonths: 723 },
        pastYears: 15,
        futureYears: 0,
        knownBalanceYuan: 137250,
      }),
    );
    expect(r?.accountYuan).toBe(1000);
    expect(r?.conclusions.map((c) => c.code)).toContain("money.pension_months_interpolated");
  });

  it("retiring at 47 (contested 207/208): the account part stays unknown, the basic part does not", () => {
    const r = pensionEstimate(
      input({ retirement: { month: "2026-03", ageMonths: 47 * 12 }, pastYears: 15, futureYears: 0 }),
    );
    expect(r?.accountYuan).toBeUndefined();
    expect(r?.basicYuan).toBe(basicPension(8917, 0.6, 15, 1));
    expect(r?.conclusions.map((c) => c.code)).toContain("money.pension_months_unknown");
  });

  it("part-years are not counted (缴费每满1年), and it says so", () => {
    const r = pensionEstimate(input({ pastYears: 5.5 }));
    expect(r?.basicYuan).toBe(1426.72);
    expect(param({ pastYears: 5.5 }, "money.assume_full_years")).toEqual({ years: 20.5, counted: 20 });
  });

  it("an index other than 0.6, 1, 3 needs the person's monthly base for the account", () => {
    expect(codes({ index: 0.8 })).toContain("money.pension_balance_needs_base");
    expect(pensionEstimate(input({ index: 0.8, typedMonthlyBaseYuan: 6000 }))?.accountYuan).toBe(
      Math.round(((6000 * 0.96 * 20) / 139) * 100) / 100,
    );
  });

  it("years until the retirement month, for futureYears: 2025-10 → 2051-03 is 25.42 years; none once reached", () => {
    expect(yearsUntilRetirement("2025-10-01", "2051-03")).toBe(25.42);
    expect(yearsUntilRetirement("2025-10-01", "2035-10")).toBe(10);
    expect(yearsUntilRetirement("2026-11-22", "2026-03")).toBe(0);
  });

  it("refuses a date before 38号 (no extrapolation)", () => {
    expect(pensionEstimate(input({ asOf: "2005-06-01" }))).toBeUndefined();
  });
});
