import { describe, expect, it } from "vitest";
import { allMoney, findMoney } from "./conclusions";
import { flexiblePensionCost } from "./flexible-pension-cost";

const place = (code: string) => ({ code, provinceCode: `${code.slice(0, 2)}0000` });
const cost = (code: string, asOf = "2025-10-01", typedBaseYuan?: number) =>
  flexiblePensionCost({
    place: place(code),
    asOf,
    ...(typedBaseYuan !== undefined ? { typedBaseYuan } : {}),
  });
const at = (code: string, level: string, asOf?: string) =>
  allMoney(cost(code, asOf)?.conclusions ?? [], "money.flex_pension_at").find((c) => c.params.level === level)
    ?.params;
const find = <K extends Parameters<typeof findMoney>[1]>(code: string, k: K, asOf?: string, typed?: number) =>
  findMoney(cost(code, asOf, typed)?.conclusions ?? [], k);

/**
 * facts.md Addendum C §6, "Flexible-worker pension cost per month at the limits (derived: base × 20%;
 * personal-account credit = base × 8%)": [name, city, lower cost, lower account, upper cost, upper account,
 * yearly at lower (absent where the limits changed mid-year)].
 */
const TABLE: [string, string, number, number, number, number, number | undefined][] = [
  ["江苏", "320500", 990.4, 396.16, 4952.4, 1980.96, 11884.8],
  ["浙江", "330100", 997.2, 398.88, 5059.8, 2023.92, 11966.4],
  ["广东 (广州)", "440100", 1102, 440.8, 5509.8, 2203.92, undefined],
  ["广东 (other areas, from 2025-07)", "441900", 955, 382, 5509.8, 2203.92, undefined],
  ["河南 (from 2025-07)", "410100", 766.2, 306.48, 3831, 1532.4, undefined],
  ["四川", "510100", 917.6, 367.04, 4587.6, 1835.04, 11011.2],
  ["安徽", "340100", 862.2, 344.88, 4311.2, 1724.48, 10346.4],
];

describe("flexible-worker pension contribution: 20% of the base, 8% of it to the account (38号 第三部分)", () => {
  it.each(TABLE)("%s: the derived table of Addendum C §6", (_, city, lo, loAcc, hi, hiAcc, yearly) => {
    expect(at(city, "lower")).toMatchObject({ monthly: lo, toAccount: loAcc });
    expect(at(city, "upper")).toMatchObject({ monthly: hi, toAccount: hiAcc });
    expect(at(city, "lower")?.yearly).toBe(yearly);
  });

  it("the average: published where the source states it (河南 6,385), else the upper limit ÷ 3, marked derived", () => {
    expect(at("410100", "average")).toMatchObject({ base: 6385, monthly: 1277 });
    expect(at("410100", "average")?.derived).toBeUndefined();
    // 江苏: 24,762 ÷ 3 = 8,254 (Addendum C §6 "Derived: 24,762 ÷ 3 = 8,254"); × 20% = 1,650.80.
    expect(at("320500", "average")).toMatchObject({ base: 8254, monthly: 1650.8, derived: 1 });
  });

  it("the limits are named with their period and source", () => {
    const limits = find("440100", "money.flex_pension_limits");
    expect(limits?.params).toMatchObject({ place: "广东", lower: 5510, upper: 27549, from: "2025-07-01" });
    expect(limits?.cites.map((c) => c.source)).toEqual(["guangdong-2025-32", "isz-2025-bases"]);
  });

  it("深圳 uses its own figures (i深圳), named 深圳", () => {
    const limits = find("440300", "money.flex_pension_limits");
    expect(limits?.params).toMatchObject({ place: "深圳", lower: 4775 });
  });

  it("广东 before 2025-07-01: no limits were found for that date, so a typed base is needed", () => {
    expect(cost("440100", "2025-03-01")?.conclusions.map((c) => c.code)).toContain(
      "money.flex_pension_needs_base",
    );
    expect(
      cost("440100", "2025-03-01")?.conclusions.find((c) => c.code === "money.flex_pension_needs_base")
        ?.params,
    ).toEqual({ place: "广东", earliest: "2025-07-01" });
  });

  it("江苏 in 2026: the 2025 figures are shown as older (no 2026 figures found)", () => {
    const limits = cost("320500", "2026-11-22")?.conclusions.find(
      (c) => c.code === "money.flex_pension_limits",
    );
    expect(limits?.params).toMatchObject({ year: 2025, older: 1 });
    const current = cost("320500", "2025-12-31")?.conclusions.find(
      (c) => c.code === "money.flex_pension_limits",
    );
    expect(current?.params).toMatchObject({ older: 0 });
  });

  it("北京 (no limits coded): a typed base of 7,162 gives 1,432.40 a month (劳动午报 2025-09-19: 1432.4 at the floor)", () => {
    const r = cost("110100", "2025-10-01", 7162);
    expect(r?.lines).toEqual([
      { level: "typed", baseYuan: 7162, monthlyYuan: 1432.4, toAccountYuan: 572.96 },
    ]);
    expect(r?.conclusions.map((c) => c.code)).toContain("money.own_figure");
    expect(cost("110100")?.conclusions.map((c) => c.code)).toContain("money.flex_pension_needs_base");
  });

  it("a typed base below the province's lower limit is flagged", () => {
    const r = cost("320500", "2025-10-01", 4000);
    expect(findMoney(r?.conclusions ?? [], "money.flex_pension_typed_outside")?.params).toMatchObject({
      side: "below",
      lower: 4952,
    });
  });

  it("the 60%–300% choice is 国办发〔2019〕13号's, not 38号's; before 2006 nothing is computed", () => {
    const range = find("320500", "money.flex_pension_range");
    expect(range?.cites[0]?.source).toBe("gbf-2019-13");
    expect(cost("320500", "2019-04-30")?.conclusions.map((c) => c.code)).not.toContain(
      "money.flex_pension_range",
    );
    expect(cost("320500", "2005-06-01")).toBeUndefined();
  });

  it("福建: only the lower limit was read, so only that line", () => {
    expect(cost("350100")?.lines.map((l) => l.level)).toEqual(["lower"]);
  });
});
