import { inForce } from "../../dated";
import { LOCAL_POLICIES } from "../../data/local";
import type { FlexibleCost, LocalPolicy } from "../../data/local/types";
import { GAP_RULES, RESIDENT_WAITING } from "../../data/national/continuity";
import type { City } from "../../data/regions";
import type { Citation, Conclusion } from "../../types";
import { ACCOUNT_FAMILY, ACCOUNT_RESIDENT, ACCOUNT_STAFF, residentCostsFor } from "../costs";
import { coverageYear } from "../coverage";
import { money, round2, type MoneyConclusion } from "./conclusions";
import { flexibleMedicalBase } from "./place-figures";

export interface MedicalYearlyInput {
  city: City;
  asOf: string;
  /** Figures the person typed from the local notice or the 12393 hotline: base (yuan a month) and rate (%). */
  typed?: { baseYuan?: number; ratePercent?: number };
}

/** One option: what it costs a year, and what it gives as far as the sources state. */
export interface MedicalColumn {
  costs: Conclusion[];
  gives: Conclusion[];
}

export interface MedicalYearly {
  /** 居民医保 where the person lives. */
  resident: MedicalColumn;
  /** 职工医保 as a 灵活就业人员. */
  staffFlexible: MedicalColumn;
}

function localFirst<T>(city: City, get: (p: LocalPolicy) => T | undefined): T | undefined {
  const own = LOCAL_POLICIES.get(city.code);
  const province = LOCAL_POLICIES.get(city.provinceCode);
  return (own && get(own)) ?? (province && get(province));
}

/**
 * 职工医保 as 灵活就业 for one local entry: base × (rate + extra) % + extra yuan, × 12. The base and rate are the
 * local ones where sourced (the province's base where it fixes one: 安徽 2025 "统一以缴费基数下限为基数"), else
 * the person's; the result names which figures are theirs.
 */
function flexibleLines(
  c: FlexibleCost | undefined,
  city: City,
  input: MedicalYearlyInput,
): MoneyConclusion[] {
  if (c?.yearlyYuan !== undefined) {
    return [
      money(
        "money.medical_flex_local_yearly",
        { city: city.short, yearly: c.yearlyYuan, dataYear: c.dataYear, ...(c.tier ? { tier: c.tier } : {}) },
        [c.cite],
      ),
    ];
  }
  const wageBase =
    c?.wageYuan !== undefined && c.minBasePercent !== undefined
      ? (c.wageYuan * c.minBasePercent) / 100
      : undefined;
  const province =
    c?.minBaseYuan === undefined && wageBase === undefined
      ? flexibleMedicalBase(city, input.asOf)
      : undefined;
  const local:
    { yuan: number; from: "local" | "province"; cite: Citation; year?: number; older?: boolean } | undefined =
    c?.minBaseYuan !== undefined
      ? { yuan: c.minBaseYuan, from: "local", cite: c.cite }
      : wageBase !== undefined && c
        ? { yuan: round2(wageBase), from: "local", cite: c.cite }
        : province
          ? {
              yuan: province.figure.yuan,
              from: "province",
              cite: province.figure.cite,
              year: province.figure.period.year,
              older: province.older,
            }
          : undefined;
  const line = (
    base: number,
    baseFrom: "local" | "province" | "typed",
    rate: number,
    rateFrom: "local" | "typed",
  ) => {
    const extraPercent = rateFrom === "local" ? c?.extraPercent : undefined;
    const extraMonthly = rateFrom === "local" ? c?.extraMonthlyYuan : undefined;
    const exact = (base * (rate + (extraPercent ?? 0))) / 100 + (extraMonthly ?? 0);
    const cites = [
      ...(baseFrom !== "typed" && local ? [local.cite] : []),
      ...(rateFrom === "local" && c && local?.cite !== c.cite ? [c.cite] : []),
    ];
    return money(
      "money.medical_flex_yearly",
      {
        city: city.short,
        base,
        rate,
        ...(extraPercent ? { extraPercent } : {}),
        ...(extraMonthly ? { extraMonthly } : {}),
        monthly: round2(exact),
        yearly: round2(exact * 12),
        ...(c ? { dataYear: c.dataYear } : {}),
        ...(c?.tier ? { tier: c.tier } : {}),
        baseFrom,
        ...(baseFrom === "province" && local?.year !== undefined
          ? { baseYear: local.year, baseOlder: local.older ? (1 as const) : (0 as const) }
          : {}),
        rateFrom,
      },
      // 社会保险法 第二十三条: "由个人按照国家规定缴纳基本医疗保险费" — the person's own figures rest on it alone.
      cites.length > 0 ? cites : [{ source: "social-insurance-law", clause: "第二十三条" }],
    );
  };
  const out: MoneyConclusion[] = [];
  const rate = c?.ratePercent;
  if (local && rate !== undefined) out.push(line(local.yuan, local.from, rate, "local"));
  const typed = input.typed ?? {};
  const typedBase = typed.baseYuan;
  const typedRate = typed.ratePercent;
  const base = typedBase ?? local?.yuan;
  const r = typedRate ?? rate;
  const usesTyped = typedBase !== undefined || typedRate !== undefined;
  if (usesTyped && base !== undefined && r !== undefined) {
    out.push(
      line(
        base,
        typedBase !== undefined ? "typed" : (local?.from ?? "typed"),
        r,
        typedRate !== undefined ? "typed" : "local",
      ),
    );
  } else if (out.length === 0) {
    const missing = base === undefined && r === undefined ? "both" : base === undefined ? "base" : "rate";
    out.push(
      money(
        "money.medical_flex_needs_figures",
        {
          city: city.short,
          missing,
          ...(rate !== undefined ? { rate } : {}),
          ...(c?.minBasePercent !== undefined ? { minBasePercent: c.minBasePercent } : {}),
          ...(c?.wageOf ? { wageOf: c.wageOf } : {}),
        },
        c ? [c.cite] : [{ source: "social-insurance-law", clause: "第二十三条" }],
      ),
    );
  }
  return out;
}

/**
 * Medical insurance per year, side by side: 居民医保 and 职工医保 as 灵活就业, each with what it gives as far as
 * the sources state (personal account, waiting period, what happens at retirement). 门诊 benefits are not
 * stated by any source read, so nothing is said about them.
 */
export function medicalYearly(input: MedicalYearlyInput): MedicalYearly {
  const { city, asOf } = input;
  const year = coverageYear(asOf);
  const residentGives: Conclusion[] = [
    ACCOUNT_RESIDENT,
    // 闽政办〔2025〕3号 (provincial): "居民医保按年缴费和享受待遇…次年1月1日起享受参保年度居民医保待遇".
    money("money.medical_resident_year", { year }, [{ source: "fujian-2025-3" }]),
  ];
  const rw = inForce(RESIDENT_WAITING, asOf);
  if (rw)
    residentGives.push(
      money("money.medical_resident_waiting_if_late", { fixed: rw.value.fixedMonths }, [rw.cite]),
    );

  const entries = localFirst(city, (p) => p.flexibleCost);
  const costs =
    entries && entries.length > 0
      ? entries.flatMap((c) => flexibleLines(c, city, input))
      : flexibleLines(undefined, city, input);
  const waiting = localFirst(city, (p) => p.flexibleWaitingMonths);
  const gap = inForce(GAP_RULES, asOf);
  const staffGives: Conclusion[] = [
    ACCOUNT_STAFF,
    ACCOUNT_FAMILY,
    waiting
      ? {
          code: "waiting.staff_local",
          params: { months: waiting.value, city: city.short, seen: waiting.seen },
          cites: [waiting.cite],
        }
      : money(
          "money.medical_staff_waiting_unknown",
          {
            city: city.short,
            ...(gap?.value.maxWaitingMonths !== undefined ? { max: gap.value.maxWaitingMonths } : {}),
          },
          [gap?.cite ?? { source: "ybbf-2021-43-xinhua" }],
        ),
    // 社会保险法 第二十七条: "达到法定退休年龄时累计缴费达到国家规定年限的，退休后不再缴纳基本医疗保险费".
    money("money.medical_staff_retirement_years", {}, [
      { source: "social-insurance-law", clause: "第二十七条" },
    ]),
  ];
  return {
    resident: { costs: residentCostsFor(city, year), gives: residentGives },
    staffFlexible: { costs, gives: staffGives },
  };
}
