import { monthIndex, yearOf } from "../../lib/dates";
import type { City } from "../data/regions";
import { LOCAL_POLICIES } from "../data/local";
import type { FlexibleCost } from "../data/local/types";
import { NATIONAL_RESIDENT_PREMIUM } from "../data/national/resident-premium";
import type { Conclusion } from "../types";
import type { MedicalOptionCode } from "./medical-options";
import type { Profile } from "./profile";

/**
 * The coverage year (年度) someone enrolling on asOf pays for: from September the enrolment period for
 * next year is usually open (facts.md Addendum B §13.3: "通常为上一年9月至12月，以当地公布为准").
 */
export function coverageYear(asOf: string): number {
  return monthIndex(asOf) % 12 >= 8 ? yearOf(asOf) + 1 : yearOf(asOf);
}

function localFirst<T>(city: City, pick: (code: string) => T | undefined): T | undefined {
  return pick(city.code) ?? pick(city.provinceCode);
}

function residentCosts(p: Profile, city: City): Conclusion[] {
  const year = coverageYear(p.asOf);
  const out: Conclusion[] = [];
  const national = NATIONAL_RESIDENT_PREMIUM.find((n) => n.coverageYear === year);
  out.push(
    national
      ? {
          code: "cost.resident_national_min",
          params: { year, yuan: national.individualYuan, subsidy: national.subsidyYuan },
          cites: [national.cite],
        }
      : { code: "cost.resident_unknown", params: { year }, cites: [{ source: "resident-financing-2025" }] },
  );
  const tables = localFirst(city, (c) => LOCAL_POLICIES.get(c)?.residentPremium) ?? [];
  const table = tables.find((t) => t.year === year && t.yearKind === "coverage") ?? tables[tables.length - 1];
  if (table) {
    out.push({
      code:
        table.year === year && table.yearKind === "coverage"
          ? "cost.resident_local"
          : "cost.resident_local_older",
      params: {
        city: city.short,
        year: table.year,
        yearKind: table.yearKind,
        amounts: table.amounts.map((a) => `${a.group}:${a.yuan}`).join(","),
      },
      cites: [table.cite],
    });
  }
  return out;
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/** Works out a monthly estimate where the source gives the figures, or returns the formula alone. */
export function flexibleCostConclusion(c: FlexibleCost, city: City): Conclusion {
  const base = { city: city.short, dataYear: c.dataYear, ...(c.tier ? { tier: c.tier } : {}) };
  if (c.yearlyYuan !== undefined) {
    return { code: "cost.flexible_yearly", params: { ...base, yearly: c.yearlyYuan }, cites: [c.cite] };
  }
  const minBase =
    c.minBaseYuan ??
    (c.wageYuan !== undefined && c.minBasePercent !== undefined
      ? (c.wageYuan * c.minBasePercent) / 100
      : undefined);
  if (minBase !== undefined && c.ratePercent !== undefined) {
    const monthly = round2(
      (minBase * (c.ratePercent + (c.extraPercent ?? 0))) / 100 + (c.extraMonthlyYuan ?? 0),
    );
    return {
      code: "cost.flexible_estimate",
      params: {
        ...base,
        minBase: round2(minBase),
        rate: c.ratePercent,
        ...(c.extraPercent ? { extraPercent: c.extraPercent } : {}),
        ...(c.extraMonthlyYuan ? { extraMonthly: c.extraMonthlyYuan } : {}),
        ...(c.maxBasePercent ? { maxBasePercent: c.maxBasePercent } : {}),
        monthly,
      },
      cites: [c.cite],
    };
  }
  return {
    code: "cost.flexible_formula",
    params: {
      ...base,
      ...(c.minBasePercent !== undefined ? { minBasePercent: c.minBasePercent } : {}),
      ...(c.wageOf ? { wageOf: c.wageOf } : {}),
      ...(c.ratePercent !== undefined ? { rate: c.ratePercent } : {}),
    },
    cites: [c.cite],
  };
}

export const ACCOUNT_STAFF: Conclusion = {
  code: "account.staff_has",
  cites: [
    { source: "rsbf-2015-80", clause: "三（建立个人账户的，个人账户随本人基本医疗保险关系一同转移）" },
    { source: "changzhou-account" },
  ],
};
export const ACCOUNT_FAMILY: Conclusion = {
  code: "account.family_sharing",
  cites: [{ source: "gbf-2024-38", clause: "家庭共济" }, { source: "sichuan-family-account-2025" }],
};
export const ACCOUNT_RESIDENT: Conclusion = {
  code: "account.resident_none",
  cites: [{ source: "changzhou-account" }],
};

/** What an option costs and gives, as far as the sources go; never a guessed number. */
export function optionCosts(p: Profile, code: MedicalOptionCode): Conclusion[] {
  switch (code) {
    case "staff_employer":
      return [
        {
          code: "cost.employer_shared",
          cites: [{ source: "nhsa-2025-workers-rights", clause: "由单位和个人共同缴费" }],
        },
        ACCOUNT_STAFF,
        ACCOUNT_FAMILY,
      ];
    case "staff_flexible": {
      const costs = localFirst(p.city, (c) => LOCAL_POLICIES.get(c)?.flexibleCost);
      const lines = costs?.map((c) => flexibleCostConclusion(c, p.city)) ?? [
        {
          code: "cost.flexible_unknown",
          params: { city: p.city.short },
          cites: [{ source: "social-insurance-law", clause: "第二十三条（由个人缴纳基本医疗保险费）" }],
        },
      ];
      return [...lines, ACCOUNT_STAFF, ACCOUNT_FAMILY];
    }
    case "resident_local":
      return [...residentCosts(p, p.city), ACCOUNT_RESIDENT];
    case "resident_hukou":
      return [...residentCosts(p, p.hukouCity), ACCOUNT_RESIDENT];
  }
}
