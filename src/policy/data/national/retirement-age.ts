import type { RetirementCategory } from "../../codes/pension";
import type { Dated } from "../../types";

/**
 * The categories of 第一条: men, and women by the statutory age of their category before the reform
 * (原法定退休年龄五十五周岁 / 五十周岁).
 */
export type { RetirementCategory };

export interface RetirementAgeStep {
  /** The statutory age before the reform, in years (原法定退休年龄). */
  originalYears: number;
  /** People born in this month (YYYY-MM) or later retire later; people born earlier keep originalYears. */
  firstDelayedBirth: string;
  /** Each block of this many birth months adds one month (每四个月延迟一个月 / 每二个月延迟一个月). */
  birthMonthsPerStep: number;
  /** The delay stops growing here: 36 months (63, 58) or 60 months (55). */
  maxDelayMonths: number;
}

export type RetirementAgeTable = Readonly<Record<RetirementCategory, RetirementAgeStep>>;

/**
 * 《国务院关于渐进式延迟法定退休年龄的办法》 第一条 (NPCSC decision of 2024-09-13, in force from 2025-01-01;
 * facts.md §7, Addendum A §3.2). The published tables are images; the rule below is the article's, and
 * rules/pension/retirement-age.test.ts pins it against the published examples (men 1965-01..04 → 60y1m,
 * 1966-01 → 60y4m, men from 1976-09 → 63, women-50 from 1984-11 → 55).
 * Before 2025-01-01 no version is in force: the engine then leaves the retirement age unknown (the old ages
 * rest on documents facts.md does not hold).
 */
export const STATUTORY_RETIREMENT_AGE: readonly Dated<RetirementAgeTable>[] = [
  {
    from: "2025-01-01",
    value: {
      male: { originalYears: 60, firstDelayedBirth: "1965-01", birthMonthsPerStep: 4, maxDelayMonths: 36 },
      female_55: {
        originalYears: 55,
        firstDelayedBirth: "1970-01",
        birthMonthsPerStep: 4,
        maxDelayMonths: 36,
      },
      female_50: {
        originalYears: 50,
        firstDelayedBirth: "1975-01",
        birthMonthsPerStep: 2,
        maxDelayMonths: 60,
      },
    },
    cite: { source: "npcsc-2024-retirement", clause: "第一条" },
    checked: "2026-11-30",
  },
];
