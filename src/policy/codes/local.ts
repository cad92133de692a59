/** Codes of local conditions and hints: one text each, named after the place and what it asks. */
type None = Record<string, never>;

export type ConditionId =
  | "beijing_listed_groups"
  | "beijing_child_listed_groups"
  | "shanghai_points"
  | "shenzhen_child_under_7"
  | "shenzhen_flexible_below_retirement"
  | "guangdong_working_age"
  | "guangzhou_staff_24_months"
  | "hangzhou_child_parent"
  | "nanjing_child_parent"
  | "nanjing_talent_permit"
  | "suzhou_school_or_points"
  | "changzhou_prior_enrolment"
  | "dongguan_parent_one_year"
  | "wuxi_income_and_residence"
  | "chongqing_working_age"
  | "changsha_pension_first"
  | "tianjin_child_school_or_permit"
  | "hangzhou_child_2026"
  | "dongguan_not_employed";

export type HintId = "beijing_spouse_of_local" | "shanghai_overseas_talent";

export type LocalCodes = { [K in ConditionId as `condition.${K}`]: None } & {
  [K in HintId as `hint.${K}`]: None;
};
