/** The pension conclusion codes (rules/pension/) and their parameters. */
type None = Record<string, never>;

export type RetirementCategory = "male" | "female_50" | "female_55";
export type ClaimRule = "hukou_relation" | "current_10y" | "previous_10y" | "hukou_fallback";

/** A statutory retirement as the texts show it. */
export interface RetirementParams {
  month: string;
  years: number;
  months: number;
  category: RetirementCategory;
}

type Claim = {
  relation: string;
  hukou: string;
  years: number;
  min: number;
  province: string;
  previousYears?: number;
  /** The claim place is worked out on the history as it will be once the advised transfer is made. */
  afterTransfer: boolean;
};

export interface PensionCodes {
  // 退休年龄和最低缴费年限（国务院关于渐进式延迟法定退休年龄的办法）
  "pension.retirement_month": RetirementParams & { categoryAsked: boolean };
  "pension.retirement_both": { female50: RetirementParams; female55: RetirementParams };
  "pension.staff_rule_only": None;
  "pension.min_years": {
    years: number;
    year: number;
    /** reach_year: the year the age is reached; categories_agree: both women's categories give the same. */
    basis: "reach_year" | "categories_agree" | "as_of_year";
    /** Without the facts that fix the retirement month, the figure may rise: which are missing. */
    missing?: "birth" | "sex" | "category";
  };
  "warning.pension_short_years": { total: number; min: number; missing: number };
  "short.extend": None;
  "short.lump_sum": None;
  "short.linkage": { hasResident: boolean };

  // 在哪里领养老金（国办发〔2009〕66号 第六条）
  "claim.hukou_relation": Claim;
  "claim.current_10y": Claim;
  "claim.previous_10y": Claim;
  "claim.hukou_fallback": Claim;
  "claim.would_move": { province: string; missing: number; min: number };
  "notice.pension_transfer_rules_unconfirmed": None;
  "pension.retired_no_transfer": None;

  // 换省工作：转移还是临时账户（66号 第三条、第五条）
  /** employer: enrolled by an employer there; otherwise only if the person enrols there (not confirmed). */
  "move.transfer": { relation: string; to: string; employer: boolean };
  "move.transfer_home": { relation: string; to: string; employer: boolean };
  "move.years_add_up_no_cash_out": None;
  "move.temporary_account": { relation: string; to: string };
  "move.temporary_account_continues": { relation: string; to: string };
  "move.depends_on_sex": { age: number };
  "pstep.enrol_new_employer": { city: string };
  "pstep.enrol_new_self": { city: string };
  "pstep.certificate_old": { from: string };
  "pstep.apply_new": { to: string };
  "pstep.offices_finish": None;
  "pstep.keep_relation": { relation: string };
  "pstep.open_temporary": { to: string };
  "pstep.freeze_old_temporary": { frozen: string };
  "pstep.gathered_at_claim": None;

  // 城乡养老衔接（人社部发〔2014〕17号 第三条、第四条）
  "linkage.into_staff": { staffYears: number; threshold: number; claim?: string; atAge: boolean };
  "linkage.into_resident": { staffYears: number; threshold: number; resident?: string; atAge: boolean };
  "linkage.extension_could_change": { threshold: number; missing: number };
  "linkage.direction_depends_on_reading": { threshold: number; minimum: number; staffYears: number };
  "linkage.apply_before_claiming": None;
  "linkage.years_not_merged": None;
  "notice.linkage_threshold_unconfirmed": { threshold: number; minimum: number; year: number };

  // 弹性退休（人社部发〔2024〕94号）
  "pension.flexible_retirement": {
    earliest: string;
    statutory: string;
    latest: string;
    notice: number;
    employer: boolean;
    earlyMinYears?: number;
  };
  "pension.flexible_retirement_late": { statutory: string; latest: string };
  "pension.flexible_retirement_no_employer": None;
}
