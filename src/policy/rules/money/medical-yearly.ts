import { inForce } from "../../dated";
import { LOCAL_POLICIES } from "../../data/local";
import type { FlexibleCost, LocalPolicy } from "../../data/local/types";
import { GAP_RULES, RESIDENT_WAITING } from "../../data/national/continuity";
import type { City } from "../../data/regions";
import type { Citation, Conclusion } from "../../types";
import {
  ACCOUNT_FAMILY,
  ACCOUNT_RESIDENT,
  ACCOUNT_STAFF,
  flexibleCostsFor,
  residentCostsFor,
} from "../costs";
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

const LAW_23: Citation = { source: "social-insurance-law", clause: "第二十三条" };

/** A base the calculator found for the place, and where it comes from. */
interface FoundBase {
  yuan: number;
  from: "local" | "province";
  cite: Citation;
  is?: "employee_lower";
  year?: number;
  older?: boolean;
}

function foundBase(c: FlexibleCost | undefined, city: City, asOf: string): FoundBase | undefined {
  if (c?.minBaseYuan !== undefined)
    return {
      yuan: c.minBaseYuan,
      from: "local",
      cite: c.baseCite ?? c.cite,
      ...(c.minBaseIs ? { is: c.minBaseIs } : {}),
    };
  if (c?.wageYuan !== undefined && c.minBasePercent !== undefined)
    return { yuan: round2((c.wageYuan * c.minBasePercent) / 100), from: "local", cite: c.baseCite ?? c.cite };
  const province = flexibleMedicalBase(city, asOf);
  return province
    ? {
        yuan: province.figure.yuan,
        from: "province",
        cite: province.figure.cite,
        year: province.figure.period.year,
        older: province.older,
      }
    : undefined;
}

/**
 * 职工医保 as 灵活就业 for one local entry: base × (rate + extra) % + extra yuan a month; a year is that month,
 * to the fen as the sources print it (杭州 2023: 375.92元/月), × 12, plus any yearly extra. The base and rate
 * are the local ones where sourced (the province's base where it fixes one: 安徽 2025 "统一以缴费基数下限为
 * 基数"), else the person's; the result names which figures are theirs and whether the local ones are older.
 */
function flexibleLines(
  c: FlexibleCost | undefined,
  older: boolean,
  city: City,
  input: MedicalYearlyInput,
): MoneyConclusion[] {
  const olderFlag = older ? { older: 1 as const } : {};
  const entryCites = c ? (c.baseCite ? [c.cite, c.baseCite] : [c.cite]) : [];
  if (c && (c.yearlyYuan !== undefined || c.monthlyYuan !== undefined)) {
    const monthly = c.monthlyYuan;
    return [
      money(
        "money.medical_flex_local_yearly",
        {
          city: city.short,
          ...(monthly !== undefined ? { monthly } : {}),
          yearly: c.yearlyYuan ?? round2((monthly ?? 0) * 12),
          dataYear: c.dataYear,
          ...(c.tier ? { tier: c.tier } : {}),
          ...olderFlag,
        },
        entryCites,
      ),
    ];
  }
  const local = foundBase(c, city, input.asOf);
  const line = (
    base: number,
    baseFrom: "local" | "province" | "typed",
    rate: number,
    rateFrom: "local" | "typed",
  ) => {
    const extraPercent = rateFrom === "local" ? c?.extraPercent : undefined;
    const extraMonthly = rateFrom === "local" ? c?.extraMonthlyYuan : undefined;
    const extraYearly = rateFrom === "local" ? c?.extraYearlyYuan : undefined;
    const monthly = round2((base * (rate + (extraPercent ?? 0))) / 100 + (extraMonthly ?? 0));
    const cites = [
      ...(baseFrom !== "typed" && local ? [local.cite] : []),
      ...(rateFrom === "local" && c && local?.cite !== c.cite ? [c.cite] : []),
    ];
    const usesLocal = baseFrom === "local" || rateFrom === "local";
    return money(
      "money.medical_flex_yearly",
      {
        city: city.short,
        base,
        rate,
        ...(extraPercent ? { extraPercent } : {}),
        ...(extraMonthly ? { extraMonthly } : {}),
        ...(extraYearly ? { extraYearly } : {}),
        monthly,
        yearly: round2(monthly * 12 + (extraYearly ?? 0)),
        ...(c ? { dataYear: c.dataYear } : {}),
        ...(c?.tier ? { tier: c.tier } : {}),
        baseFrom,
        ...(baseFrom === "local" && local?.is ? { baseIs: local.is } : {}),
        ...(baseFrom === "province" && local?.year !== undefined
          ? { baseYear: local.year, baseOlder: local.older ? (1 as const) : (0 as const) }
          : {}),
        rateFrom,
        ...(usesLocal ? olderFlag : {}),
      },
      // 社会保险法 第二十三条: "由个人按照国家规定缴纳基本医疗保险费" — the person's own figures rest on it alone.
      cites.length > 0 ? cites : [LAW_23],
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
          ...(c?.extraMonthlyYuan ? { extraMonthly: c.extraMonthlyYuan } : {}),
          ...(c?.extraYearlyYuan ? { extraYearly: c.extraYearlyYuan } : {}),
          ...(c?.minBasePercent !== undefined ? { minBasePercent: c.minBasePercent } : {}),
          ...(c?.wageOf ? { wageOf: c.wageOf } : {}),
          ...(c ? { dataYear: c.dataYear } : {}),
          ...(c ? olderFlag : {}),
        },
        c ? entryCites : [LAW_23],
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

  const picked = flexibleCostsFor(city, asOf);
  const costs = picked
    ? picked.entries.flatMap((c) => flexibleLines(c, picked.older, city, input))
    : flexibleLines(undefined, false, city, input);
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
