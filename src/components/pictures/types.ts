/**
 * The props of the three pictures: plain data (strings and numbers, no React nodes, no functions), so that
 * the result page can build them from whatever the engine returns and tests can write them by hand.
 * Months are "YYYY-MM"; every text a person reads comes in already written (src/content/zh-CN/pictures.ts
 * holds the usual ones, the adapters beside each picture show how they are filled).
 */

/** "YYYY-MM". */
export type YearMonth = string;

export type SchemeKind = "staff" | "resident";

export interface TimelinePeriod {
  from: YearMonth;
  /** The last month paid (inclusive). Absent: still running, drawn to `now`. */
  to?: YearMonth;
}

/** One lane: one scheme at one place. */
export interface TimelineLane {
  /** Stable key, e.g. "medical-staff-320100". */
  id: string;
  kind: "medical" | "pension";
  scheme: SchemeKind;
  /** "职工医保 · 南京". */
  label: string;
  periods: TimelinePeriod[];
}

/** Months without medical insurance, and what they cost. */
export interface TimelineGap {
  /** First month without cover. */
  from: YearMonth;
  /** Last month without cover (inclusive). */
  to: YearMonth;
  /** What the gap costs, in a few words: "断保5个月：可能有等待期". */
  label: string;
}

export interface InsuranceTimelineProps {
  title: string;
  /** The month of the advice: ongoing periods run to it, and the axis reaches at least to it. */
  now: YearMonth;
  lanes: TimelineLane[];
  gaps: TimelineGap[];
}

export interface ClaimPlaceRow {
  /** Province code. */
  id: string;
  /** "浙江". */
  label: string;
  /** Years that count at this place (国办发〔2009〕66号 第六条: 累计缴费年限). */
  years: number;
  /** Years paid here that do not count (a 临时基本养老保险缴费账户), drawn after them. */
  extraYears?: number;
  /** What the extra years are: "临时缴费账户3年，不算这里的年限". Required when extraYears > 0. */
  extraLabel?: string;
  /** Short notes shown after the name: "户口所在地", "养老保险关系现在在这里". */
  tags?: string[];
  /** The pension will be claimed here. */
  claim?: boolean;
}

export interface ClaimPlaceBarsProps {
  title: string;
  rows: ClaimPlaceRow[];
  /** The years that make a place the claim place (10). */
  threshold: number;
  /** "满10年的线（国办发〔2009〕66号 第六条）". */
  thresholdLabel: string;
  /** Beside the claim place: "照现在的记录，在这里领". */
  claimLabel: string;
  /** What would move the claim place, in one sentence (optional). */
  caption?: string;
}

export interface RetirementBarLabels {
  /** "职工养老保险已经交了8年". */
  paid: string;
  /** "从现在到退休年龄（2041年3月）还有14年4个月…", or "2024年5月已到退休年龄". */
  remaining: string;
  /** "按月领养老金，至少要交满15年". */
  minimum: string;
  /** One sentence on the outcome (optional): "再交7年就够，到退休年龄前来得及。". */
  outcome?: string;
}

export interface RetirementBarProps {
  title: string;
  /** The month of the advice (YYYY-MM; a full date is read as its month). */
  today: YearMonth;
  /** The month the statutory retirement age is reached. */
  retirementMonth: YearMonth;
  /** 职工养老 years paid so far. */
  paidYears: number;
  /** The minimum years for a monthly pension. */
  minimumYears: number;
  labels: RetirementBarLabels;
}
