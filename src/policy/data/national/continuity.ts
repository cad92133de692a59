import type { Dated } from "../../types";

/** What a gap in 职工医保 (or a switch between schemes) costs, by date (facts.md §1.1, seed 003). */
export interface GapRule {
  /** A gap of at most this many months, back-paid, has no waiting period. */
  maxGapWithoutWaiting: number;
  /** For longer gaps the place may set a waiting period of at most this many months (undefined: no cap stated). */
  maxWaitingMonths?: number;
  /** Benefits start in the month of the back-payment, and costs during the gap can be claimed. */
  retroactive: boolean;
  /** Switching between 职工医保 and 居民医保 keeps that treatment only after this many months of continuous cover. */
  crossSchemeMinMonths?: number;
}

export const GAP_RULES: readonly Dated<GapRule>[] = [
  {
    from: "2016-01-01",
    until: "2021-11-01",
    value: { maxGapWithoutWaiting: 3, retroactive: false },
    cite: { source: "rsbf-2015-80", clause: "三、妥善处理医保关系转移接续中的有关权益" },
    checked: "2026-11-30",
  },
  {
    from: "2021-11-01",
    value: { maxGapWithoutWaiting: 3, maxWaitingMonths: 6, retroactive: true, crossSchemeMinMonths: 24 },
    cite: { source: "ybbf-2021-43-xinhua", clause: "待遇衔接" },
    checked: "2026-11-30",
  },
];

/** 居民医保 waiting periods for late or interrupted enrolment (国办发〔2024〕38号, facts.md §0.2, §3). */
export interface ResidentWaitingRule {
  fixedMonths: number;
  /** Months added for each further year without cover. */
  perYearMissedMonths: number;
  /** Each year paid back removes this many months of the added wait. */
  perYearRepaidMonths: number;
  /** After this many consecutive years without cover, the total stays at least minTotalMonths after paying back. */
  longBreakYears: number;
  minTotalMonths: number;
}

export const RESIDENT_WAITING: readonly Dated<ResidentWaitingRule>[] = [
  {
    from: "2025-01-01",
    value: {
      fixedMonths: 3,
      perYearMissedMonths: 1,
      perYearRepaidMonths: 1,
      longBreakYears: 4,
      minTotalMonths: 6,
    },
    cite: { source: "gbf-2024-38", clause: "待遇等待期" },
    checked: "2026-11-30",
  },
];

/**
 * The national change after which a restrictive city rule on non-local enrolment is no longer certain:
 * the 2025-01-07 notice told every place to enrol 居住证 holders and to lift 户籍 limits for flexible
 * workers; 国办发〔2024〕38号 said the same for the largest cities.
 */
export const NATIONAL_HUKOU_LIFT = {
  on: "2025-01-07",
  cites: [
    { source: "nhsa-2025-workers-rights", clause: "落实持居住证参保；放开灵活就业人员参保户籍限制" },
    { source: "gbf-2024-38", clause: "进一步放开放宽在常住地、就业地参保的户籍限制" },
  ],
} as const;

/**
 * 居民医保 is paid and used by the calendar year (facts.md Addendum C §5): a year paid covers to 31 December.
 * No national text fixes it; 福建's rule and local notices say so, and the advice says "一般".
 * When a 居民医保 member moves to 职工医保, the paid year goes on covering during the staff waiting period
 * (facts.md §1.1, duplicate enrolment).
 */
export const RESIDENT_COVERAGE_YEAR = {
  cites: [
    { source: "fujian-2025-3", clause: "居民医保按年缴费和享受待遇" },
    { source: "coverage-year-2026-news", clause: "保障周期为2026年1月1日至12月31日" },
  ],
  switchCites: [
    { source: "resident-to-staff-guide", clause: "在职工医保待遇等待期内可继续享受缴费年度居民医保待遇" },
  ],
  checked: "2026-11-30",
} as const;
