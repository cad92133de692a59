/**
 * The city figures of docs/research/city-costs.md, each pinned against the number its source prints where it
 * prints one (杭州 375.92元/月, 西安 4886.4元/年, 福州 443.3元/月, 北京 584.92元/月), else against the formula
 * with the source's own inputs; and the periods: a figure is used in its period, shown as older after it,
 * and never carried back before it.
 */
import { describe, expect, it } from "vitest";
import { advise } from "../../advise";
import { cityByName } from "../../data/regions";
import { answersFor, find } from "../../testing";
import type { Conclusion } from "../../types";
import { flexibleCostsFor } from "../costs";
import { medicalYearly, type MedicalYearlyInput } from "./medical-yearly";

const city = (name: string) => {
  const c = cityByName(name);
  if (!c) throw new Error(name);
  return c;
};
const yearly = (name: string, asOf: string, typed?: MedicalYearlyInput["typed"]) =>
  medicalYearly({ city: city(name), asOf, ...(typed ? { typed } : {}) });
const costs = (name: string, asOf: string, typed?: MedicalYearlyInput["typed"]) =>
  yearly(name, asOf, typed).staffFlexible.costs;
const first = (list: Conclusion[], code: string) => list.find((c) => c.code === code);
const line = (name: string, asOf: string, typed?: MedicalYearlyInput["typed"]) =>
  first(costs(name, asOf, typed), "money.medical_flex_yearly");
const sources = (c: Conclusion | undefined) => c?.cites.map((x) => x.source);

describe("职工医保 as 灵活就业: the local figures, by period", () => {
  it("杭州 2023: 3957 × 9.5% = 375.92 a month (printed in the notice), a year 375.92 × 12 = 4511.04", () => {
    expect(line("杭州", "2023-06-01")?.params).toMatchObject({
      base: 3957,
      rate: 9.5,
      monthly: 375.92,
      yearly: 4511.04,
      baseFrom: "local",
      rateFrom: "local",
    });
    expect(sources(line("杭州", "2023-06-01"))).toEqual(["hangzhou-flex-2023"]);
  });

  it("杭州: the 2023 figure is older in 2026, and not used before 2023-01-01", () => {
    expect(line("杭州", "2026-03-01")?.params).toMatchObject({ monthly: 375.92, older: 1 });
    expect(first(costs("杭州", "2022-12-31"), "money.medical_flex_needs_figures")?.params).toMatchObject({
      missing: "both",
    });
  });

  it("西安 2026: 4990 × 8% + 8 = 407.20 a month; × 12 = 4886.40, the notice's 全年一次性缴费总额", () => {
    const l = line("西安", "2026-03-01");
    expect(l?.params).toMatchObject({ base: 4990, rate: 8, extraMonthly: 8, monthly: 407.2, yearly: 4886.4 });
    expect(l?.params).not.toHaveProperty("older");
    // The base is 38号's, the rate and 大额 34号's.
    expect(sources(l)).toEqual(["xian-2025-38", "xian-2025-34"]);
  });

  it("西安 before 2026 (the 9% of earlier years was not sourced): no local figure", () => {
    expect(first(costs("西安", "2025-10-01"), "money.medical_flex_needs_figures")?.params).toMatchObject({
      missing: "both",
    });
  });

  it("北京 from 2025-07: the fixed 584.92 a month, 584.92 × 12 = 7019.04 a year", () => {
    expect(first(costs("北京", "2025-10-01"), "money.medical_flex_local_yearly")?.params).toMatchObject({
      monthly: 584.92,
      yearly: 7019.04,
      dataYear: "2025",
    });
    expect(first(costs("北京", "2025-06-30"), "money.medical_flex_needs_figures")).toBeDefined();
    expect(first(costs("北京", "2026-07-01"), "money.medical_flex_local_yearly")?.params).toMatchObject({
      older: 1,
    });
  });

  it("深圳: 2024 6475 × 7% = 453.25; 2025 the rate only (7%); 2026 6727 × 8% = 538.16, 6457.92 a year", () => {
    expect(line("深圳", "2024-06-01")?.params).toMatchObject({
      base: 6475,
      baseIs: "employee_lower",
      rate: 7,
      monthly: 453.25,
      yearly: 5439,
    });
    expect(first(costs("深圳", "2025-06-01"), "money.medical_flex_needs_figures")?.params).toMatchObject({
      missing: "base",
      rate: 7,
    });
    expect(line("深圳", "2026-03-01")?.params).toMatchObject({
      base: 6727,
      rate: 8,
      monthly: 538.16,
      yearly: 6457.92,
    });
    expect(sources(line("深圳", "2026-03-01"))).toEqual(["shenzhen-flex-2026"]);
  });

  it("上海: 10% alone before 2025-07; from 2025-07 the lower limit 7460 × 10% = 746 a month; older from 2026-03", () => {
    expect(first(costs("上海", "2025-05-01"), "money.medical_flex_needs_figures")?.params).toMatchObject({
      missing: "base",
      rate: 10,
    });
    const l = line("上海", "2025-10-01");
    expect(l?.params).toMatchObject({ base: 7460, baseIs: "employee_lower", monthly: 746, yearly: 8952 });
    expect(sources(l)).toEqual(["shanghai-bases-2025", "shanghai-flex-rate-2025"]);
    expect(line("上海", "2026-03-01")?.params).toMatchObject({ older: 1 });
  });

  it("广州: 6.5% from 2024-03 to 2025-12-31, then 穗医保规字〔2022〕1号's 8% (in force to 2026-12-31)", () => {
    const rate = (asOf: string) =>
      first(costs("广州", asOf), "money.medical_flex_needs_figures")?.params as { rate?: number } | undefined;
    expect(rate("2023-06-01")?.rate).toBe(8);
    expect(rate("2025-06-01")?.rate).toBe(6.5);
    expect(rate("2026-03-01")?.rate).toBe(8);
    // With a base the person typed: 6000 × 8% = 480 a month, 5760 a year.
    expect(line("广州", "2026-03-01", { baseYuan: 6000 })?.params).toMatchObject({
      monthly: 480,
      yearly: 5760,
      baseFrom: "typed",
      rateFrom: "local",
    });
  });

  it("成都 from the 2025-10 属期 (统账结合): 6117 × 9.5% = 581.12 a month, 6973.44 a year", () => {
    const l = line("成都", "2025-11-01");
    expect(l?.params).toMatchObject({
      base: 6117,
      rate: 9.5,
      tier: "统账结合",
      monthly: 581.12,
      yearly: 6973.44,
    });
    expect(sources(l)).toEqual(["chengdu-flex-base-2025", "chengdu-flex-rate-2025"]);
  });

  it("南京 from 2023-04-01: the lower limit 4494 × 8% = 359.52 a month (the 10元 大病救助 is not sourced well enough)", () => {
    expect(line("南京", "2023-06-01")?.params).toMatchObject({
      base: 4494,
      baseIs: "employee_lower",
      rate: 8,
      monthly: 359.52,
      yearly: 4314.24,
    });
    expect(line("南京", "2023-06-01")?.params).not.toHaveProperty("extraMonthly");
  });

  it("福州 2024-07 to 2025-06: 4433 × 10% = 443.3 a month (printed), 5319.60 a year; older after 2025-06", () => {
    expect(line("福州", "2024-10-01")?.params).toMatchObject({ base: 4433, monthly: 443.3, yearly: 5319.6 });
    expect(line("福州", "2025-07-01")?.params).toMatchObject({ older: 1 });
  });

  it("武汉: 4.8% + 7 a month, base to be typed; typed 7000 → 7000 × 4.8% + 7 = 343 a month, 4116 a year", () => {
    expect(first(costs("武汉", "2026-03-01"), "money.medical_flex_needs_figures")?.params).toMatchObject({
      missing: "base",
      rate: 4.8,
      extraMonthly: 7,
      dataYear: "undated",
    });
    expect(line("武汉", "2026-03-01", { baseYuan: 7000 })?.params).toMatchObject({
      monthly: 343,
      yearly: 4116,
    });
  });

  it("天津: 8.5% + 260 a year, base to be typed; typed 5000 → 425 a month, 425 × 12 + 260 = 5360 a year", () => {
    expect(line("天津", "2026-03-01", { baseYuan: 5000 })?.params).toMatchObject({
      monthly: 425,
      extraYearly: 260,
      yearly: 5360,
    });
    // The person's own rate replaces the local rate and its extras.
    expect(line("天津", "2026-03-01", { baseYuan: 5000, ratePercent: 8 })?.params).toMatchObject({
      yearly: 4800,
    });
  });

  it("an undated entry gives way to a dated one that has started (no city has both; checked on the picker)", () => {
    expect(flexibleCostsFor(city("天津"), "2026-03-01")?.entries.map((e) => e.dataYear)).toEqual(["undated"]);
    expect(flexibleCostsFor(city("苏州"), "2021-06-01")).toBeUndefined();
  });
});

describe("waiting periods", () => {
  const waiting = (name: string) =>
    find(yearly(name, "2026-03-01").staffFlexible.gives, "waiting.staff_local");
  it("武汉 6 months (news, no year shown); 深圳 none: 当月参保，次月享受 (news, 2022-04-28)", () => {
    expect(waiting("武汉")?.params).toEqual({ months: 6, city: "武汉", seen: "undated" });
    expect(waiting("深圳")?.params).toEqual({ months: 0, city: "深圳", seen: "2022-04-28" });
  });
  it("a city with none sourced says so, with the national ceiling", () => {
    expect(
      find(yearly("东莞", "2026-03-01").staffFlexible.gives, "money.medical_staff_waiting_unknown")?.params,
    ).toEqual({ city: "东莞", max: 6 });
  });
});

describe("居民医保 premiums by coverage year", () => {
  const resident = (name: string, asOf: string) => yearly(name, asOf).resident.costs;
  it("郑州 2026年度 (news): 普通居民 400, 全日制大中专学生 390", () => {
    expect(first(resident("郑州", "2026-03-01"), "cost.resident_local")?.params).toEqual({
      city: "郑州",
      year: 2026,
      amounts: [
        { group: "ordinary", yuan: 400 },
        { group: "college_vocational", yuan: 390 },
      ],
    });
  });

  it("province-wide 2026年度 tables reach cities without their own: 陕西 (宝鸡) and 湖南 (长沙, 株洲) 400", () => {
    for (const name of ["宝鸡", "西安", "长沙", "株洲"])
      expect(first(resident(name, "2026-03-01"), "cost.resident_local")?.params, name).toMatchObject({
        year: 2026,
        amounts: [{ group: "all", yuan: 400 }],
      });
  });

  it("tables older than the coverage year are shown as older with their own label", () => {
    const older = (name: string) => first(resident(name, "2026-03-01"), "cost.resident_local_older")?.params;
    expect(older("南京")).toMatchObject({ year: 2025, yearKind: "coverage" });
    expect(older("合肥")).toMatchObject({ year: 2025, yearKind: "coverage" });
    expect(older("南宁")).toMatchObject({ year: 2025, yearKind: "coverage" });
    expect(older("天津")).toMatchObject({ year: 2024, yearKind: "coverage" });
    expect(older("广州")).toMatchObject({ year: 2023, yearKind: "published" });
    expect(older("福州")).toMatchObject({
      year: 2025,
      yearKind: "published",
      amounts: [{ group: "all", yuan: 450 }],
    });
  });

  it("重庆: of the two tables for 2024, the later evidence (the 2025-03 official page, 400 / 775) is shown", () => {
    expect(first(resident("重庆", "2026-03-01"), "cost.resident_local_older")?.params).toMatchObject({
      year: 2024,
      yearKind: "published",
      amounts: [
        { group: "tier1", yuan: 400 },
        { group: "tier2", yuan: 775 },
      ],
    });
  });

  it("a city with no sourced figure shows the national minimum alone, and needs both 职工医保 figures", () => {
    for (const name of ["洛阳", "东莞", "石家庄", "长沙"]) {
      expect(
        resident(name, "2026-03-01").map((c) => c.code),
        name,
      ).toEqual(
        name === "长沙"
          ? ["cost.resident_national_min", "cost.resident_local"]
          : ["cost.resident_national_min"],
      );
      expect(
        costs(name, "2026-03-01").map((c) => [c.code, c.params]),
        name,
      ).toEqual([["money.medical_flex_needs_figures", { city: name, missing: "both" }]]);
    }
  });
});

describe("enrolment windows: the city's, else its province's", () => {
  const window = (name: string, asOf = "2025-11-01") =>
    find(
      advise(
        answersFor({
          city: name,
          hukouProvince: "河南",
          hukouCity: "周口",
          residencePermit: "yes",
          work: "none",
        }),
        { asOf },
      ).warnings,
      "warning.enrolment_window",
    )?.params?.window;
  it("长沙 takes 湖南's 2026年度 window, 石家庄 河北's, 西安 its own (from the month 2025-10)", () => {
    expect(window("长沙")).toMatchObject({
      coverageYear: 2026,
      from: "2025-09-01",
      to: "2026-01-31",
      past: false,
    });
    expect(window("石家庄")).toMatchObject({ coverageYear: 2026, from: "2025-10-20", to: "2026-02-28" });
    expect(window("西安")).toMatchObject({ coverageYear: 2026, from: "2025-10", to: "2025-12-25" });
  });
  it("福州 takes 福建's yearly rule", () => {
    expect(window("福州")).toMatchObject({ coverageYear: 2026, from: "2025-09-01", to: "2025-12-31" });
  });
});
