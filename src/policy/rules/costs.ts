import { addMonths } from "../../lib/dates";
import type { City } from "../data/regions";
import { LOCAL_POLICIES } from "../data/local";
import type { FlexibleCost, ResidentPremium } from "../data/local/types";
import { NATIONAL_RESIDENT_PREMIUM } from "../data/national/resident-premium";
import type { Conclusion } from "../types";
import type { MedicalOptionCode } from "./medical-options";
import { coverageYear } from "./coverage";
import type { Profile } from "./profile";

function localFirst<T>(city: City, pick: (code: string) => T | undefined): T | undefined {
  return pick(city.code) ?? pick(city.provinceCode);
}

/**
 * 居民医保 for one coverage year: the national minimum premium (data/national/resident-premium.ts) and the
 * local table for that year, else the latest older one, shown as older. A table newer than the coverage year
 * is not shown: it is not what the person pays now.
 */
export function residentCostsFor(city: City, year: number): Conclusion[] {
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
  // Tables are listed oldest evidence first: of two for the same year, the later one is shown.
  const latest = (list: readonly ResidentPremium[]) =>
    list.reduce<ResidentPremium | undefined>((m, t) => (!m || t.year >= m.year ? t : m), undefined);
  const exact = latest(tables.filter((t) => t.year === year && t.yearKind === "coverage"));
  const older = latest(tables.filter((t) => t.year < year));
  const table = exact ?? older;
  if (table) {
    out.push(
      table === exact
        ? {
            code: "cost.resident_local",
            params: { city: city.short, year: table.year, amounts: table.amounts },
            cites: [table.cite],
          }
        : {
            code: "cost.resident_local_older",
            params: { city: city.short, year: table.year, yearKind: table.yearKind, amounts: table.amounts },
            cites: [table.cite],
          },
    );
  }
  return out;
}

function residentCosts(p: Profile, city: City): Conclusion[] {
  return residentCostsFor(city, coverageYear(p.asOf));
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/** The first and last year a dataYear names ("2022—2023" → 2022 and 2023); undefined when "undated". */
function yearsOf(dataYear: string): [number, number] | undefined {
  const years = dataYear.match(/\d{4}/g);
  return years ? [Number(years[0]), Number(years[years.length - 1])] : undefined;
}

/**
 * The days a 灵活就业 cost entry covers: its stated start and end; a stated start with no end runs 12 months
 * (the figures are set every year); else the calendar years of dataYear. Undated entries cover no days. This is
 * the app's reading, as for the provincial bases (money/place-figures.ts), not a policy rule.
 */
export function flexibleCostBounds(c: FlexibleCost): { start: string; end: string } | undefined {
  const years = yearsOf(c.dataYear);
  const start = c.from ?? (years ? `${years[0]}-01-01` : undefined);
  if (start === undefined) return undefined;
  const end = c.until ?? (c.from ? addMonths(c.from.slice(0, 7), 12) : `${(years?.[1] ?? 0) + 1}-01-01`);
  return { start, end };
}

export interface PickedFlexibleCosts {
  /** One entry, or one per tier. */
  entries: FlexibleCost[];
  /** asOf is past their period (a newer figure was not found). */
  older: boolean;
}

/**
 * The city's (else the province's) 灵活就业 cost entries for asOf: those of the latest period in force; else of
 * the latest period already started, marked older; else the undated ones; before the first dated period and
 * without undated ones, nothing (no figure is carried back in time).
 */
export function flexibleCostsFor(city: City, asOf: string): PickedFlexibleCosts | undefined {
  const list = localFirst(city, (c) => LOCAL_POLICIES.get(c)?.flexibleCost) ?? [];
  const dated = list.flatMap((c) => {
    const b = flexibleCostBounds(c);
    return b ? [{ c, ...b }] : [];
  });
  const started = dated.filter((x) => x.start <= asOf);
  const inForce = started.filter((x) => asOf < x.end);
  const pool = inForce.length > 0 ? inForce : started;
  if (pool.length > 0) {
    const last = pool.reduce((m, x) => (x.start > m ? x.start : m), "");
    return { entries: pool.filter((x) => x.start === last).map((x) => x.c), older: inForce.length === 0 };
  }
  const undated = list.filter((c) => flexibleCostBounds(c) === undefined);
  return undated.length > 0 ? { entries: undated, older: false } : undefined;
}

/** Works out a monthly estimate where the source gives the figures, or returns the formula alone. */
export function flexibleCostConclusion(c: FlexibleCost, city: City): Conclusion {
  const base = { city: city.short, dataYear: c.dataYear, ...(c.tier ? { tier: c.tier } : {}) };
  const cites = c.baseCite ? [c.cite, c.baseCite] : [c.cite];
  if (c.yearlyYuan !== undefined) {
    return { code: "cost.flexible_yearly", params: { ...base, yearly: c.yearlyYuan }, cites };
  }
  if (c.monthlyYuan !== undefined) {
    return {
      code: "cost.flexible_yearly",
      params: { ...base, monthly: c.monthlyYuan, yearly: round2(c.monthlyYuan * 12) },
      cites,
    };
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
        ...(c.minBaseIs ? { baseIs: c.minBaseIs } : {}),
        rate: c.ratePercent,
        ...(c.extraPercent ? { extraPercent: c.extraPercent } : {}),
        ...(c.extraMonthlyYuan ? { extraMonthly: c.extraMonthlyYuan } : {}),
        ...(c.extraYearlyYuan ? { extraYearly: c.extraYearlyYuan } : {}),
        monthly,
      },
      cites,
    };
  }
  return {
    code: "cost.flexible_formula",
    params: {
      ...base,
      ...(c.minBasePercent !== undefined ? { minBasePercent: c.minBasePercent } : {}),
      ...(c.wageOf ? { wageOf: c.wageOf } : {}),
      ...(c.ratePercent !== undefined ? { rate: c.ratePercent } : {}),
      ...(c.extraMonthlyYuan ? { extraMonthly: c.extraMonthlyYuan } : {}),
      ...(c.extraYearlyYuan ? { extraYearly: c.extraYearlyYuan } : {}),
    },
    cites,
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
      const costs = flexibleCostsFor(p.city, p.asOf)?.entries;
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
