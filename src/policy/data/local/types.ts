import type { ConditionId, HintId } from "../../codes/local";
import type { PremiumAmount } from "../../codes/medical";
import type { Citation } from "../../types";

/** Whether non-local people can take a route in a place, as a dated source shows it. */
export type Access = "open" | "closed" | "conditional";

export type MaterialCode =
  | "id_card"
  | "hukou_booklet"
  | "residence_permit"
  | "residence_permit_receipt"
  | "labor_contract"
  | "insurance_certificate"
  | "pension_certificate"
  | "business_license"
  | "photo"
  | "transfer_application"
  | "social_security_card"
  | "employment_registration";

/** A city's or province's rule on one route, as one source shows it. */
export interface AccessRule {
  value: Access;
  /** When the rule started, only where the source says so (never the date of the evidence). */
  from?: string;
  until?: string;
  /**
   * The date of the evidence (the source's date); absent when undated. A restrictive rule whose evidence
   * is older than a national change (or undated) is no longer certain after that change.
   */
  seen?: string;
  cite: Citation;
  /**
   * Who the route is open to, where the source limits it: a condition of data/local/conditions.ts, which
   * says what each condition asks and which parts the answers can check.
   */
  condition?: ConditionId;
  /**
   * The last day of the source's stated term (粤医保规〔2022〕2号: 3 years). The route stays open after it,
   * because a national rule requires the same, but the advice says the term has ended.
   */
  termEnds?: string;
  /** A 居住证 is required for this route (true) or one of several proofs (false). */
  permit?: "required" | "one_of_proofs" | "not_required";
  /** Materials this route asks for in this place, besides the ID card. */
  materials?: MaterialCode[];
  /** The day this entry was last checked against its source (YYYY-MM-DD). */
  checked: string;
}

/**
 * What 职工医保 costs a 灵活就业人员 here, as a source gives it. A place lists its entries oldest first; the
 * advice takes the entries of the latest period in force on its date (several entries of one period are
 * tiers), else those of the latest period already started, shown as older (rules/costs.ts).
 */
export interface FlexibleCost {
  /** Share of the average wage that is the lowest base, in per cent (60 = 60%). */
  minBasePercent?: number;
  maxBasePercent?: number;
  /** Which average wage: the province's, or the city's. */
  wageOf?: "province" | "city";
  /** The average wage in yuan a month, where the source gives it, and the year of that figure. */
  wageYuan?: number;
  /** A fixed lowest base in yuan a month, where the source gives that instead. */
  minBaseYuan?: number;
  /**
   * What minBaseYuan is where the source does not call it the flexible workers' base: the lower limit of the
   * 职工医保 base (苏州 2024, 南京 2023, 深圳 2024/2026, 上海 2025). Absent: the source names it theirs.
   */
  minBaseIs?: "employee_lower";
  ratePercent?: number;
  /** Yuan a month on top (大额医疗, 补充医疗). */
  extraMonthlyYuan?: number;
  extraPercent?: number;
  /** Yuan a year on top (天津 大额医疗救助 260元/年). */
  extraYearlyYuan?: number;
  /** A fixed amount a month where the source gives only that (北京 2025: 584.92元/月). */
  monthlyYuan?: number;
  /** A yearly amount where the source gives only that. */
  yearlyYuan?: number;
  /** The year the figures belong to, as the source says; "undated" where the source shows no year. */
  dataYear: string;
  /**
   * First day or month (inclusive) and end (exclusive, 2027-01 = to the end of 2026), only where the source
   * states them (起, 执行, 至, 属期). Without them the figure is read as the calendar years of dataYear.
   */
  from?: string;
  until?: string;
  /** Which tier, where the place has several (深圳一档, 重庆一档). */
  tier?: string;
  /** The source of the rate and of the entry. */
  cite: Citation;
  /** The source of the base, where another document gives it (西安 2026, 上海 2025, 成都 2025). */
  baseCite?: Citation;
}

export type PremiumGroup = PremiumAmount["group"];

/**
 * One 居民医保 premium table. A place lists its tables in the order of their evidence, oldest first: of two
 * tables for the same year, the later one is shown (重庆: a 2023 news item and a 2025 official page both say 2024).
 */
export interface ResidentPremium {
  /**
   * coverage: the 年度 the amounts buy, as the source says it (or its 待遇享受期). published: the year the
   * source gives them for without saying 年度 ("2023年…个人缴费标准"), shown as "2023年的个人缴费标准".
   */
  year: number;
  yearKind: "coverage" | "published";
  amounts: readonly PremiumAmount[];
  cite: Citation;
}

/**
 * The 居民医保 集中参保期 as a source gives it: the dates of one coverage year (北京 2026年度), or a rule that
 * repeats every year (福建: 9月1日至12月31日 before the coverage year, extension to the end of February).
 */
export type EnrolmentWindow =
  | { kind: "dated"; coverageYear: number; from: string; to: string; cite: Citation }
  | {
      kind: "yearly";
      /** MM-DD in the year before the coverage year. */
      from: string;
      to: string;
      /** The extension runs in the coverage year itself, to the end of this month (2 = February). */
      extensionToMonth?: number;
      cite: Citation;
    };

export interface LocalChannel {
  code: "local_app";
  /** The app or mini program, as the source names it. */
  name: string;
  /** What it is for here: enrolment, transfer. */
  for: readonly ("enrol" | "transfer")[];
  cite: Citation;
}

/** Everything the sources say about one place: a city (adcode) or a whole province (xx0000). */
export interface LocalPolicy {
  code: string;
  /** The day every datum of this place (costs, premiums, windows, channels, hints) was last checked against its source. */
  checked: string;
  /** Non-local 灵活就业人员 → 职工医保 at the place of work. */
  flexibleStaff?: readonly AccessRule[];
  /** Non-local adults (not students or children) with a 居住证 → 居民医保 where they live. */
  residentAdult?: readonly AccessRule[];
  /**
   * Non-local children and pupils → 居民医保 where they live. The 居住证 asked for is the parents' (the
   * wizard asks a parent answering for a child about the family's permit). Without a rule here, an open
   * adult rule applies to children too.
   */
  residentChild?: readonly AccessRule[];
  /** The 居住证办理凭证 is accepted where a 居住证 is asked for. */
  receiptAccepted?: { value: boolean; cite: Citation };
  flexibleCost?: readonly FlexibleCost[];
  residentPremium?: readonly ResidentPremium[];
  /** Moving between cities inside the province needs no 医保关系转移 (职工医保), or it starts by itself. */
  staffTransferWithinProvince?: { value: "not_needed" | "automatic"; cite: Citation };
  channels?: readonly LocalChannel[];
  /**
   * Waiting period for a first-time or returning 灵活就业 member, in months; 0 where the source says there is
   * none ("当月参保，次月即可享受", 深圳 2022). seen: the date of the evidence, or "undated".
   */
  flexibleWaitingMonths?: { value: number; seen: string; cite: Citation };
  /** The 居民医保 enrolment period, where a source gives it. */
  enrolmentWindow?: EnrolmentWindow;
  /** Named exceptions that may open a closed route (北京: spouse of a 北京 户籍 holder). */
  hints?: readonly { code: HintId; cite: Citation }[];
}
