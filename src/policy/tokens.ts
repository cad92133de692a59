/**
 * Reduces an Advice to the stable tokens of ../shared/policy/SCENARIOS.md (kind:value). The vocabulary
 * below is the project's own copy (docs/tokens.md); the core tokens of SCENARIOS.md are never renamed.
 */
import type { Advice } from "./advise";
import { findProvince } from "./data/regions";
import type { HouseholdAdvice } from "./household";

function pensionTokens(advice: Advice, t: Set<string>): void {
  const pension = advice.pension;
  if (!pension) return;
  if (pension.retirement) t.add(`pension.retirement_month:${pension.retirement.month}`);
  if (pension.minimumYears) t.add(`pension.min_years:${pension.minimumYears.years}`); // 15, 15.5, …
  if (pension.claim) {
    t.add(`pension.claim:${findProvince(pension.claim.province)?.short ?? pension.claim.province}`);
    t.add(`pension.rule:${pension.claim.rule}`);
  }
  if (pension.claimAfterTransfer) {
    const after = pension.claimAfterTransfer;
    t.add(`pension.claim_after_transfer:${findProvince(after.province)?.short ?? after.province}`);
  }
  if (pension.retirementConclusion?.code === "pension.retirement_both") t.add("pension.retirement_both");
  if (pension.retired) t.add("pension.retired_no_transfer");
  if (pension.move?.kind === "transfer") t.add("pension.transfer:required");
  if (pension.move?.kind === "temporary_account") t.add("pension.temporary_account");
  if (pension.linkage) t.add(`pension.linkage:${pension.linkage.direction}`);
}

export function adviceTokens(advice: Advice): Set<string> {
  const t = new Set<string>();
  const { medical } = advice;
  for (const o of medical.options) {
    if (o.sameAs) continue;
    t.add(o.status === "open" ? `medical.option:${o.code}` : `medical.option_${o.status}:${o.code}`);
  }
  if (medical.recommended.because.some((b) => b.code === "rec.resident_hukou_needs_filing"))
    t.add("medical.recommended_needs_filing");
  if (medical.recommended.keepCurrent) t.add("medical.option:keep_current");
  t.add(`medical.recommended:${medical.recommended.code}`);
  const tr = medical.transfer;
  if (tr) {
    t.add(`medical.transfer:${tr.kind}`);
    if (tr.yearsCombined) t.add("medical.years:combined");
    if (tr.accountMoves) t.add("medical.account:moves");
  }
  const cont = tr?.continuity ?? medical.continuity;
  if (cont) {
    t.add(`medical.waiting:${cont.waiting}`);
    if (cont.backpayMonths > 0) t.add("medical.backpay:required");
    t.add(`medical.gap_months:${cont.gapMonths}`);
    if (cont.continuousMonths !== undefined) t.add(`medical.continuous_months:${cont.continuousMonths}`);
    const detail = cont.waitingDetail;
    if (detail?.code === "waiting.resident_38")
      t.add(`medical.waiting_resident_months:${detail.params.total}`);
  }
  for (const s of tr?.steps ?? []) t.add(`medical.step:${s.code.slice("step.".length)}`);
  for (const f of advice.family) t.add(`family:${f.code.slice("family.".length)}`);
  pensionTokens(advice, t);
  if (advice.injury) t.add(`injury:${advice.injury.kind}`);
  if (advice.treatment?.filing) t.add(`treatment.filing:${advice.treatment.filing}`);
  for (const list of [advice.warnings, advice.actions, advice.notices]) {
    for (const c of list) t.add(c.code.replace(".", ":"));
  }
  for (const m of advice.materials) t.add(`material:${m.code}`);
  for (const c of advice.channels) t.add(`channel:${c.code}`);
  return t;
}

/**
 * A household's tokens: the person's own, and each member's prefixed with the member's key
 * (`spouse:…`, `child1:…`, `parent1:…`; household.ts memberKeys).
 */
export function householdTokens(household: HouseholdAdvice): Set<string> {
  const t = adviceTokens(household.self);
  for (const m of household.members) for (const token of adviceTokens(m.advice)) t.add(`${m.key}:${token}`);
  return t;
}

const MEMBER_PREFIX = /^(spouse|child[1-8]|parent[1-8]):/;

const PROVINCE_SHORT = "[\\u4e00-\\u9fa5]{2,3}";

/** Every token the engine may speak, as patterns; the scenario runner rejects anything else. */
export const TOKEN_VOCABULARY: readonly RegExp[] = [
  /^medical\.option:(staff_employer|staff_flexible|resident_local|resident_hukou|keep_current)$/,
  /^medical\.option_(unconfirmed|conditional|closed|after_step):(staff_employer|staff_flexible|resident_local|resident_hukou)$/,
  /^medical\.recommended_needs_filing$/,
  /^medical\.(gap_months|continuous_months|waiting_resident_months):\d+$/,
  /^medical\.step:[a-z_]+$/,
  /^family:(local_years_matter|child_points_quota|children_account_pays)$/,
  /^medical\.recommended:(staff_employer|staff_flexible|resident_local|resident_hukou|keep_current)$/,
  /^medical\.transfer:(required|not_needed|optional|next_year|automatic)$/,
  /^medical\.waiting:(none|new_place_rules)$/,
  /^medical\.backpay:required$/,
  /^medical\.years:combined$/,
  /^medical\.account:moves$/,
  new RegExp(`^pension\\.claim:${PROVINCE_SHORT}$`),
  /^pension\.rule:(hukou_relation|current_10y|previous_10y|hukou_fallback)$/,
  /^pension\.linkage:(into_staff|into_resident)$/,
  /^pension\.transfer:required$/,
  /^pension\.temporary_account$/,
  /^pension\.retirement_month:\d{4}-\d{2}$/,
  /^pension\.retirement_both$/,
  /^pension\.retired_no_transfer$/,
  new RegExp(`^pension\\.claim_after_transfer:${PROVINCE_SHORT}$`),
  /^pension\.min_years:\d+(\.5)?$/,
  /^injury:(employer|by_project|platform_scheme|unconfirmed)$/,
  /^treatment\.filing:(long_term|temporary|retired_relocated)$/,
  /^warning:(duplicate_enrolment|gap_over_3_months|enrolment_window|pension_short_years)$/,
  /^notice:city_rule_unconfirmed$/,
  /^action:apply_residence_permit$/,
  /^material:(id_card|hukou_booklet|residence_permit|residence_permit_receipt|labor_contract|insurance_certificate|pension_certificate|business_license|photo|transfer_application|social_security_card|employment_registration)$/,
  /^channel:(employer_hr|office|national_app|si_platform|local_app|hotline_12393|hotline_12333)$/,
  // Added by the project beside the core of SCENARIOS.md (caveats of facts.md Addendum A §1.4 and §2.3).
  /^notice:(pension_transfer_rules_unconfirmed|linkage_threshold_unconfirmed)$/,
];

/** A token of the vocabulary, the person's own or a member's (`child1:medical.option:resident_local`). */
export function isKnownToken(token: string): boolean {
  const own = token.replace(MEMBER_PREFIX, "");
  return TOKEN_VOCABULARY.some((re) => re.test(own));
}
