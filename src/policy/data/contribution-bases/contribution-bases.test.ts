import { describe, expect, it } from "vitest";
import { isIsoDate } from "../../../lib/dates";
import { findCity, findProvince } from "../regions";
import { SOURCES } from "../sources/registry";
import { MONEY_SOURCES } from "../sources/money";
import { LOCAL_MEDICAL_SOURCES } from "../sources/local-medical";
import { NATIONAL_MEDICAL_SOURCES } from "../sources/national-medical";
import { PENSION_INJURY_SOURCES } from "../sources/pension-injury";
import { CONTRIBUTION_BASES } from ".";

describe("the 2025 contribution limits and 计发基数 as data (facts.md Addendum C §6)", () => {
  it("every place is a real province or city, every cite a known source", () => {
    for (const place of CONTRIBUTION_BASES.values()) {
      expect(findProvince(place.code) ?? findCity(place.code), place.code).toBeDefined();
      const cites = [
        ...place.limits.flatMap((l) => [l.cite, ...(l.lowerForCities ?? []).map((c) => c.cite)]),
        ...place.pensionBase.map((b) => b.cite),
        ...(place.flexibleMedicalBase ?? []).map((b) => b.cite),
      ];
      for (const c of cites) expect(SOURCES.has(c.source), `${place.code} → ${c.source}`).toBe(true);
    }
  });

  it("lower below upper; periods are real dates inside their year; named cities are in the province", () => {
    for (const place of CONTRIBUTION_BASES.values()) {
      for (const l of place.limits) {
        if (l.upperYuan !== undefined) expect(l.lowerYuan, place.code).toBeLessThan(l.upperYuan);
        for (const d of [l.period.from, l.period.until]) if (d) expect(isIsoDate(d), d).toBe(true);
        if (l.period.from) expect(l.period.from.startsWith(String(l.period.year))).toBe(true);
        for (const c of l.lowerForCities ?? [])
          for (const code of c.cities) expect(findCity(code)?.provinceCode).toBe(place.code);
      }
    }
  });

  it("where the source states the average, the upper limit is 300% of it (河南 6,385, 四川 7,646, 浙江 8,433)", () => {
    for (const place of CONTRIBUTION_BASES.values())
      for (const l of place.limits)
        if (l.averageYuan !== undefined && l.upperYuan !== undefined)
          expect(Math.abs(l.upperYuan - 3 * l.averageYuan), place.code).toBeLessThanOrEqual(2);
  });
});

describe("the money sources", () => {
  it("add no id that another source file already uses", () => {
    const others = new Set(
      [...NATIONAL_MEDICAL_SOURCES, ...LOCAL_MEDICAL_SOURCES, ...PENSION_INJURY_SOURCES].map((s) => s.id),
    );
    expect(MONEY_SOURCES.filter((s) => others.has(s.id)).map((s) => s.id)).toEqual([]);
    expect(new Set(MONEY_SOURCES.map((s) => s.id)).size).toBe(MONEY_SOURCES.length);
  });

  it("each has a 文号 or says it was not found, except reports and pages that are not numbered documents", () => {
    const unnumbered = new Set([
      "account-8pct-2006-news",
      "shanghai-index-qa",
      "index-formula-explainer",
      "isz-2025-bases",
    ]);
    for (const s of MONEY_SOURCES) {
      if (!unnumbered.has(s.id)) expect(s.docNo ?? s.docNoStatus, s.id).toBeTruthy();
      if (s.grade !== "unverified") expect(s.url, s.id).toMatch(/^https?:\/\//);
    }
  });
});
