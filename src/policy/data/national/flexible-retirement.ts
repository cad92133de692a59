import type { Dated } from "../../types";

/** 弹性退休 (facts.md Addendum A §3.4). */
export interface FlexibleRetirement {
  /** 弹性提前退休: at most this many months early, and never below the pre-reform age. */
  maxEarlyMonths: number;
  /** 弹性延迟退休: at most this many months late, only when the employer agrees. */
  maxLateMonths: number;
  /** Tell the employer in writing at least this many months before early retirement. */
  earlyNoticeMonths: number;
}

/**
 * 人社部发〔2024〕94号 《实施弹性退休制度暂行办法》, in force from 2025-01-01 (full-text mirror). Article numbers
 * inside it are UNVERIFIED, so the citation names the document only. How people without an employer apply
 * is UNVERIFIED (rules/pension/flexible-retirement.ts says so).
 */
export const FLEXIBLE_RETIREMENT: readonly Dated<FlexibleRetirement>[] = [
  {
    from: "2025-01-01",
    value: { maxEarlyMonths: 36, maxLateMonths: 36, earlyNoticeMonths: 3 },
    cite: { source: "rsbf-2024-94" },
    checked: "2026-11-30",
  },
];
