/**
 * The medical-insurance conclusion codes and the parameters each one carries. The engine speaks these
 * codes; src/content/zh-CN turns each into words, and the type of the text table makes a code without a
 * text, or a text reading a parameter its code does not carry, a compile error.
 */
import type { MedicalOptionCode, Scheme } from "./shared";

export type AccessTopic = "flexibleStaff" | "residentAdult" | "residentChild";
type None = Record<string, never>;
type Place = { city: string };
type Topic = { city: string; topic: AccessTopic };

/** One amount of a local 居民医保 premium table. */
export interface PremiumAmount {
  group:
    | "all"
    | "adult"
    | "elderly"
    | "child"
    | "student"
    | "working_age"
    | "age_70_plus"
    | "age_60_69"
    | "age_19_59"
    | "tier1"
    | "tier2"
    | "tier_low"
    | "tier_high"
    | "ordinary"
    | "other"
    | "in_school"
    | "college_vocational";
  yuan: number;
}

/** A 居民医保 集中参保期 as the advice shows it: for one coverage year, current or already past. */
export interface WindowParams {
  city: string;
  coverageYear: number;
  from: string;
  to: string;
  /** The last day of an extension period (福建: to the end of February of the coverage year). */
  extensionTo?: string;
  past: boolean;
}

export interface MedicalCodes {
  // Why an option is there (rules/medical-options.ts)
  "opt.employee_must_join_staff": None;
  "opt.flexible_may_join_staff": None;
  "opt.resident_at_hukou": None;
  "opt.resident_with_permit": None;
  "opt.child_where_they_live": None;
  "opt.elderly_with_children": None;
  "opt.local_resident": None;

  // A city's own rule (rules/city-access.ts)
  "city.not_found": Topic;
  "city.no_rule_for_date": Topic;
  "city.open": Topic & { seen?: string; from?: string };
  "city.term_ended_national_requires": { until: string };
  "city.closed": Topic & { seen?: string; from?: string };
  "city.conditional": Topic & { seen?: string; from?: string };
  "city.predates_national": { on: string; seen?: string };

  // Conditions of local rules (data/local/conditions.ts) and what the answers say of them
  "condition.met": None;
  "condition.not_met": None;
  "condition.to_check": None;

  // The 居住证 (rules/medical-options.ts)
  "permit.one_of_proofs": None;
  "permit.receipt_accepted": Place;
  "permit.receipt_unconfirmed": Place;
  "permit.needed_first": Place;
  "permit.also_needed": Place;

  // The recommendation (rules/recommend.ts)
  "rec.retired_keeps_staff": None;
  "rec.staff_employer": None;
  "rec.staff_flexible_encouraged": None;
  "rec.resident_local_lives_here": None;
  "rec.resident_hukou_open_now": None;
  "rec.resident_hukou_needs_filing": { city: string; hukou: string };
  "rec.already_enrolled": None;

  // Gaps and waiting periods (rules/continuity.ts)
  "gap.counted": { months: number; last?: string; start: string };
  "gap.none_between": { last: string; start: string };
  "gap.overlap": None;
  "gap.counted_if_now": { months: number; start: string };
  "gap.resident_paid_year": { year: number; to: string };
  "gap.backpay_no_waiting": { max: number; months: number };
  "gap.none_no_waiting": None;
  "gap.continuous": { months: number };
  "gap.continuous_unknown": { need: number; max: number };
  "gap.cross_scheme_needs_2_years": { months: number; need: number; max: number };
  "waiting.resident_38": {
    fixed: number;
    perYear: number;
    yearsMissed: number;
    total: number;
    longBreakYears: number;
    minTotal: number;
  };
  "waiting.resident_paid_year_continues": None;
  "waiting.staff_local": { months: number; city: string; seen: string };
  "waiting.staff_max": { max: number };
  "waiting.cross_scheme_short": None;
  "waiting.local_rules": None;

  // Moving the insurance (rules/transfer.ts)
  "transfer.within_province_not_needed": { province: string };
  "transfer.within_province_automatic": { province: string };
  "transfer.staff_to_staff": None;
  "transfer.resident_to_resident": None;
  "transfer.cross_scheme": None;
  "transfer.years_combined": None;
  "transfer.account_moves": None;
  "step.certificate_old": Place;
  "step.stop_old": Place;
  "step.resident_pauses": Place;
  "step.resident_next_year": { old: string; city: string };
  "step.enrol_new_employer": Place;
  "step.enrol_new_self": Place;
  "step.backpay": { months: number };
  "step.transfer_automatic": { province: string };
  "step.apply_transfer_local": None;
  "step.apply_transfer_next_year": Place;
  "step.apply_transfer_online": Place & { app?: string; may: boolean };
  "step.apply_transfer_office": None;
  "step.letter": { days: number };
  "step.transfer_out": Place & { days: number; account: boolean };
  "step.transfer_in": Place & { days: number };
  "step.track_progress": None;
  "step.benefits_new_place": Place;
  "changed.transfer_procedure": { issued: string; before: number; now: number };

  // What an option costs and gives (rules/costs.ts)
  "cost.resident_national_min": { year: number; yuan: number; subsidy: number };
  "cost.resident_unknown": { year: number };
  "cost.resident_local": { city: string; year: number; amounts: readonly PremiumAmount[] };
  "cost.resident_local_older": {
    city: string;
    year: number;
    yearKind: "coverage" | "published";
    amounts: readonly PremiumAmount[];
  };
  /** A yearly amount, or a fixed monthly one (北京) with its year. */
  "cost.flexible_yearly": { city: string; dataYear: string; tier?: string; monthly?: number; yearly: number };
  "cost.flexible_estimate": {
    city: string;
    dataYear: string;
    tier?: string;
    minBase: number;
    /** The base is the 职工医保 lower limit; the source does not say flexible workers pay on it. */
    baseIs?: "employee_lower";
    rate: number;
    extraPercent?: number;
    extraMonthly?: number;
    extraYearly?: number;
    monthly: number;
  };
  "cost.flexible_formula": {
    city: string;
    dataYear: string;
    tier?: string;
    minBasePercent?: number;
    wageOf?: "province" | "city";
    rate?: number;
    extraMonthly?: number;
    extraYearly?: number;
  };
  "cost.flexible_unknown": Place;
  "cost.employer_shared": None;
  "account.staff_has": None;
  "account.family_sharing": None;
  "account.resident_none": None;

  // For the family (rules/family.ts)
  "family.local_years_matter": None;
  "family.child_points_quota": None;
  "family.children_account_pays": None;

  // Warnings, actions, notices (rules/warnings.ts)
  "warning.duplicate_enrolment": { scheme: Scheme; city: string };
  "duplicate.resident_paused_when_staff_starts": None;
  "duplicate.stop_other": Place;
  "warning.gap_over_3_months": { months: number; scheme: Scheme };
  "warning.enrolment_window": { window?: WindowParams };
  "action.apply_residence_permit": {
    city: string;
    options: readonly MedicalOptionCode[];
    receiptAccepted: boolean;
    applying: boolean;
    /** For a child: the parents' 居住证. */
    forChild?: boolean;
  };
  "notice.city_rule_unconfirmed": {
    city: string;
    options: readonly MedicalOptionCode[];
    better?: MedicalOptionCode;
  };
}
