import { describe, expect, it } from "vitest";
import { cityByName } from "../../data/regions";
import type { Conclusion } from "../../types";
import { medicalYearly, type MedicalYearlyInput } from "./medical-yearly";

const city = (name: string) => {
  const c = cityByName(name);
  if (!c) throw new Error(name);
  return c;
};
const yearly = (name: string, asOf = "2026-03-01", typed?: MedicalYearlyInput["typed"]) =>
  medicalYearly({ city: city(name), asOf, ...(typed ? { typed } : {}) });
const byCode = (list: Conclusion[], code: string) => list.filter((c) => c.code === code);
const flex = (r: ReturnType<typeof medicalYearly>) =>
  byCode(r.staffFlexible.costs, "money.medical_flex_yearly");

describe("medical insurance per year, side by side", () => {
  it("苏州 2022: 4,250 × 8% + 5 = 345 a month, 4,140 a year (the 2022 notice's base, rate and 大额 5元)", () => {
    expect(flex(yearly("苏州", "2022-06-01"))[0]?.params).toMatchObject({
      base: 4250,
      rate: 8,
      extraMonthly: 5,
      monthly: 345,
      yearly: 4140,
      baseFrom: "local",
      rateFrom: "local",
    });
  });

  it("苏州 from 2024-01: the 职工医保 lower limit 4,494 × 8% + 5 = 364.52 a month, named as the employees' limit; older in 2026", () => {
    const line = flex(yearly("苏州"))[0];
    expect(line?.params).toMatchObject({
      base: 4494,
      baseIs: "employee_lower",
      monthly: 364.52,
      yearly: 4374.24,
      older: 1,
    });
    expect(line?.cites).toEqual([{ source: "suzhou-flexible-2024" }]);
    expect(flex(yearly("苏州", "2024-06-01"))[0]?.params).not.toHaveProperty("older");
  });

  it("深圳 2022: 60% of 11,620 × (8% + 0.2%) = 571.70 a month; a year is that month × 12 = 6,860.40", () => {
    expect(flex(yearly("深圳", "2022-08-01"))[0]?.params).toMatchObject({
      base: 6972,
      monthly: 571.7,
      yearly: 6860.4,
    });
  });
  it("合肥: 安徽's 2025 base for flexible workers (the lower limit, 4,311) × 合肥's 6% = 258.66 a month, 3,103.92 a year", () => {
    const line = flex(yearly("合肥", "2025-10-01"))[0];
    expect(line?.params).toMatchObject({
      base: 4311,
      rate: 6,
      monthly: 258.66,
      yearly: 3103.92,
      baseFrom: "province",
    });
    expect(line?.cites.map((c) => c.source)).toEqual(["anhui-2025-bases", "news-2025-hukou-lifted"]);
  });

  it("常州 (only the rate, 9%): needs the base; with a typed 5,000 it is 450 a month, 5,400 a year, the base marked as the person's", () => {
    expect(yearly("常州").staffFlexible.costs[0]).toMatchObject({
      code: "money.medical_flex_needs_figures",
      params: { missing: "base", rate: 9 },
    });
    expect(flex(yearly("常州", "2026-03-01", { baseYuan: 5000 }))[0]?.params).toMatchObject({
      monthly: 450,
      yearly: 5400,
      baseFrom: "typed",
      rateFrom: "local",
    });
  });

  it("洛阳 (nothing sourced): needs both; typed 4,000 × 8% = 320 a month, 3,840 a year, all the person's own", () => {
    expect(yearly("洛阳").staffFlexible.costs[0]?.params).toMatchObject({ missing: "both" });
    const line = flex(yearly("洛阳", "2026-03-01", { baseYuan: 4000, ratePercent: 8 }))[0];
    expect(line?.params).toMatchObject({ yearly: 3840, baseFrom: "typed", rateFrom: "typed" });
    expect(line?.cites).toEqual([{ source: "social-insurance-law", clause: "第二十三条" }]);
  });

  it("重庆: the yearly amounts per tier of the period: 2023 (news) in 2023, 2025 (official) from 2025", () => {
    const amounts = (asOf: string) =>
      byCode(yearly("重庆", asOf).staffFlexible.costs, "money.medical_flex_local_yearly").map((l) =>
        l.code === "money.medical_flex_local_yearly" ? l.params.yearly : undefined,
      );
    expect(amounts("2023-06-01")).toEqual([2670, 5874]);
    expect(amounts("2025-06-01")).toEqual([3075, 6765]);
    expect(amounts("2026-03-01")).toEqual([3075, 6765]);
  });

  it("居民医保 2026年度: the national 400 yuan, and 苏州's 2023 figures shown as older", () => {
    const codes = yearly("苏州").resident.costs.map((c) => c.code);
    expect(codes).toEqual(["cost.resident_national_min", "cost.resident_local_older"]);
    expect(yearly("苏州").resident.costs[0]?.params).toMatchObject({ year: 2026, yuan: 400 });
  });

  it("北京: the 2026年度 table for 2026; for 2025年度 a newer table is not shown as the price", () => {
    expect(yearly("北京").resident.costs.map((c) => c.code)).toContain("cost.resident_local");
    expect(yearly("北京", "2025-03-01").resident.costs.map((c) => c.code)).toEqual([
      "cost.resident_national_min",
    ]);
  });

  it("what each gives: no account and a calendar year with a wait if late (居民); account, waiting, retirement (职工)", () => {
    const r = yearly("合肥");
    expect(r.resident.gives.map((c) => c.code)).toEqual([
      "account.resident_none",
      "money.medical_resident_year",
      "money.medical_resident_waiting_if_late",
    ]);
    expect(r.resident.gives[2]?.params).toEqual({ fixed: 3 });
    expect(r.staffFlexible.gives.map((c) => c.code)).toEqual([
      "account.staff_has",
      "account.family_sharing",
      "money.medical_staff_waiting_unknown",
      "money.medical_staff_retirement_years",
    ]);
    expect(yearly("苏州").staffFlexible.gives[2]).toMatchObject({
      code: "waiting.staff_local",
      params: { months: 3 },
    });
  });
});
