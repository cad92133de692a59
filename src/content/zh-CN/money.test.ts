import { describe, expect, it } from "vitest";
import { CONTRIBUTION_BASES } from "../../policy/data/contribution-bases";
import { LOCAL_POLICIES } from "../../policy/data/local";
import { cityByName, CITIES, type City } from "../../policy/data/regions";
import { SOURCES } from "../../policy/data/sources/registry";
import { flexiblePensionCost } from "../../policy/rules/money/flexible-pension-cost";
import { medicalYearly } from "../../policy/rules/money/medical-yearly";
import { pensionEstimate } from "../../policy/rules/money/pension-estimate";
import { pensionGaps } from "../../policy/rules/money/pension-gaps";
import type { Conclusion } from "../../policy/types";
import { MONEY_TEXTS_BY_CODE } from "./money";
import { TEXTS, conclusionText } from "./texts";

const DATES = ["2025-03-01", "2025-10-01", "2026-11-22"];
const named = (n: string): City => {
  const c = cityByName(n);
  if (!c) throw new Error(n);
  return c;
};
/** Every city with local or provincial figures, one city of each province with bases, and two with none. */
const PLACES: City[] = [
  ...CITIES.filter(
    (c) =>
      LOCAL_POLICIES.has(c.code) ||
      CONTRIBUTION_BASES.has(c.code) ||
      (CONTRIBUTION_BASES.has(c.provinceCode) && CITIES.find((x) => x.provinceCode === c.provinceCode) === c),
  ),
  named("洛阳"),
  named("芜湖"),
  named("哈尔滨"),
];

function emitted(): Conclusion[] {
  const out: Conclusion[] = [];
  for (const asOf of DATES) {
    for (const city of PLACES) {
      for (const typedBaseYuan of [undefined, 3000, 5000, 40000]) {
        out.push(
          ...(flexiblePensionCost({ place: city, asOf, ...(typedBaseYuan ? { typedBaseYuan } : {}) })
            ?.conclusions ?? []),
        );
      }
      for (const typed of [
        undefined,
        { baseYuan: 5000 },
        { ratePercent: 8 },
        { baseYuan: 4000, ratePercent: 8 },
      ]) {
        const m = medicalYearly({ city, asOf, ...(typed ? { typed } : {}) });
        out.push(
          ...m.resident.costs,
          ...m.resident.gives,
          ...m.staffFlexible.costs,
          ...m.staffFlexible.gives,
        );
      }
      for (const ageMonths of asOf === DATES[1]
        ? [39 * 12, 47 * 12, 50 * 12 + 1, 55 * 12, 60 * 12 + 3, 63 * 12, 70 * 12 + 1]
        : []) {
        for (const index of [0.6, 1, 3, 0.8]) {
          for (const [pastYears, futureYears] of [
            [5, 15],
            [3, 2],
            [20.5, 0],
          ] as const) {
            for (const extra of [
              {},
              { typedPensionBaseYuan: 9000, knownBalanceYuan: 50000 },
              { typedMonthlyBaseYuan: 6000 },
            ]) {
              out.push(
                ...(pensionEstimate({
                  asOf,
                  place: city,
                  retirement: { month: "2035-06", ageMonths },
                  pastYears,
                  futureYears,
                  index,
                  ...extra,
                })?.conclusions ?? []),
              );
            }
          }
        }
      }
    }
    for (const paidAs of [undefined, "employer", "flexible"] as const) {
      for (const firstEnrolled of [undefined, "2008-01", "2015-01"]) {
        const g = pensionGaps({
          asOf,
          ...(paidAs ? { paidAs } : {}),
          ...(firstEnrolled ? { firstEnrolled } : {}),
          reachMonth: "2032-01",
        });
        if (g) out.push(...g.stop, ...g.payBack, ...g.cashOut, ...g.shortAtRetirement);
      }
    }
  }
  out.push(...(pensionGaps({ asOf: "2026-11-22" })?.shortAtRetirement ?? []));
  return out;
}

/** One of each distinct conclusion (the grid repeats many). */
const ALL = [...new Map(emitted().map((c) => [JSON.stringify(c), c])).values()];
const CODES = new Set(ALL.map((c) => c.code));

describe("money texts", () => {
  it("every code the money rules return has a text (reused medical codes included)", () => {
    expect([...CODES].filter((code) => !(code in TEXTS))).toEqual([]);
  });

  it("every money text is reached by the rules over the grid (none is dead)", () => {
    expect(Object.keys(MONEY_TEXTS_BY_CODE).filter((code) => !CODES.has(code as keyof typeof TEXTS))).toEqual(
      [],
    );
  });

  it("fills in every parameter: no undefined, NaN or [object …] in what people read", () => {
    for (const c of ALL) {
      const text = conclusionText(c);
      expect(text, c.code).not.toMatch(/undefined|NaN|\[object|\$\{|null/);
      expect(text.length, c.code).toBeGreaterThan(8);
    }
  });

  it("labels every computed figure 估算 and shows its formula (× or ÷ with the numbers)", () => {
    const figures = [
      "money.flex_pension_at",
      "money.medical_flex_yearly",
      "money.pension_total",
      "money.pension_basic",
      "money.pension_account",
      "money.pension_balance_estimated",
      "money.pension_balance_known",
      "money.pension_months_interpolated",
      "money.change_more_years",
      "money.change_higher_tier",
      "money.change_later_retirement",
    ];
    for (const c of ALL.filter((x) => figures.includes(x.code))) {
      const rendered = conclusionText(c);
      expect(rendered, c.code).toContain("估算");
    }
    const basic = ALL.find((c) => c.code === "money.pension_basic");
    if (!basic) throw new Error("no money.pension_basic");
    expect(conclusionText(basic)).toMatch(/\d+ ×（1 \+ [\d.]+）÷ 2 × \d+ × 1% = 每月/);
  });

  it("says which figures are the person's own", () => {
    const own = ALL.find((c) => c.code === "money.medical_flex_yearly" && c.params.baseFrom === "typed");
    if (!own) throw new Error("no typed base");
    expect(conclusionText(own)).toContain("你自己填的");
  });

  it("every conclusion cites at least one known source", () => {
    for (const c of ALL) {
      expect(c.cites.length, c.code).toBeGreaterThan(0);
      for (const cite of c.cites) expect(SOURCES.has(cite.source), `${c.code} → ${cite.source}`).toBe(true);
    }
  });
});
