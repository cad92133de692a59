/** Work-injury (rules/injury.ts) and care-away (rules/treatment.ts) codes and their parameters. */
type None = Record<string, never>;

export interface CareCodes {
  "injury.employer": None;
  "injury.not_bought_by_yourself": None;
  "istep.ask_employer": None;
  "injury.by_project": None;
  "istep.ask_contractor": None;
  "injury.platform_scheme": { province: string; platforms: readonly string[]; since: string };
  "injury.platform_pays": None;
  "istep.claim_in_platform_app": None;
  "istep.other_platform_ask": None;
  "injury.platform_not_in_pilot": { province: string; planYear?: number };
  "istep.ask_platform": None;
  "injury.flexible_unconfirmed": None;
  "istep.ask_12333": None;

  "treatment.no_filing_needed": { city: string };
  "treatment.filing_long_term": { city: string; insured?: string };
  "treatment.filing_posted_worker": { city: string; insured?: string };
  "treatment.filing_retired_relocated": { city: string; insured?: string };
  "treatment.filing_temporary": { city: string; insured?: string };
  "treatment.rates_home_standard": None;
  "treatment.rates_temporary": { referral: number; other: number };
  "treatment.valid_until_changed": None;
  "treatment.valid_min_months": { months: number };
  "treatment.proof_permit_or_undertaking": None;
  "treatment.file_later": None;
  "treatment.outpatient_too": None;
  "treatment.within_province": { province: string };
  "treatment.file_with_insured_place": { insured: string };
  "changed.direct_settlement_scope": { year: string };
}
