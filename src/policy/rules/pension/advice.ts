import type { MaterialCode } from "../../data/local/types";
import type { Citation, Conclusion } from "../../types";
import type { Channel } from "../channels";
import type { Material, MaterialNeed } from "../materials";
import type { Profile } from "../profile";
import { claimPlace, wouldMove, type ClaimPlace } from "./claim-place";
import { flexibleRetirement } from "./flexible-retirement";
import { linkage, type Linkage } from "./linkage";
import { minimumYears, type MinimumYears } from "./minimum-years";
import { pensionMove, type PensionMove } from "./move";
import { staffEntries } from "./history";
import { retirementParams, type StatutoryRetirement } from "./retirement-age";
import { shortYearsWarning } from "./short-years";

export interface PensionAdvice {
  /** Someone already drawing a pension: nothing moves (66号 第二条). */
  retired?: Conclusion;
  retirement?: StatutoryRetirement;
  /** The statutory retirement in words: one month, or both women's categories when the category is not known. */
  retirementConclusion?: Conclusion;
  /** 第六条 on the history as it will be once the advised transfer has moved the relation. */
  claimAfterTransfer?: ClaimPlace;
  /** What would move the claim place (满10年 where the relation is). */
  claimWouldMove?: Conclusion;
  atRetirementAge: boolean;
  minimumYears?: MinimumYears;
  claim?: ClaimPlace;
  move?: PensionMove;
  linkage?: Linkage;
  flexibleRetirement?: Conclusion;
  warnings: Conclusion[];
  notices: Conclusion[];
  materials: Material[];
  channels: Channel[];
}

const GUIDE: Citation = { source: "gwy-client-pension-guide" };
const HOTLINE_12333: Channel = { code: "hotline_12333", cites: [GUIDE] };

function material(code: MaterialCode, need: MaterialNeed, cites: Citation[]): Material {
  return { code, params: { need, purpose: "pension" }, cites };
}

function moveMaterials(move: PensionMove | undefined): Material[] {
  if (move?.kind === "transfer") {
    return [
      material("id_card", "required", [GUIDE]),
      material("pension_certificate", "maybe", [
        { source: "gbf-2009-66", clause: "第三条（参保缴费凭证）" },
        { source: "si-online-transfer" },
      ]),
      material("hukou_booklet", "maybe", [GUIDE]),
      material("social_security_card", "maybe", [GUIDE]),
    ];
  }
  if (move?.kind === "temporary_account") return [material("id_card", "required", [GUIDE])];
  return [];
}

function moveChannels(p: Profile, move: PensionMove | undefined): Channel[] {
  if (!move || move.kind === "depends_on_sex") return [];
  const office: Channel = {
    code: "office",
    params: { city: p.city.short, for: "pension" },
    cites: [GUIDE],
  };
  if (move.kind === "temporary_account") return [office];
  return [
    { code: "si_platform", params: { for: "pension_transfer" }, cites: [{ source: "si-online-transfer" }] },
    office,
  ];
}

/** The caveat of facts.md Addendum A §1.4: a newer national transfer notice may exist. */
const NEWER_RULES: Conclusion = {
  code: "notice.pension_transfer_rules_unconfirmed",
  cites: [{ source: "pension-transfer-opinion-unverified" }, { source: "temp-account-qa-2025" }],
};

const ART2: Citation = {
  source: "gbf-2009-66",
  clause: "第二条（已经按国家规定领取基本养老保险待遇的人员，不再转移基本养老保险关系）",
};

/** The statutory retirement in words, naming the category it uses; both women's categories when unknown. */
function retirementConclusion(p: Profile): Conclusion | undefined {
  const staffRuleOnly: Conclusion[] =
    staffEntries(p.answers.pension).length === 0 && !WORKING.has(p.answers.work)
      ? [{ code: "pension.staff_rule_only", cites: [{ source: "npcsc-2024-retirement", clause: "第一条" }] }]
      : [];
  const because = staffRuleOnly.length > 0 ? { because: staffRuleOnly } : {};
  if (p.retirement) {
    return {
      code: "pension.retirement_month",
      params: {
        ...retirementParams(p.retirement),
        categoryAsked: p.retirement.category === "male" || p.answers.originalRetirementAge !== undefined,
      },
      cites: p.retirement.cites,
      ...because,
    };
  }
  const [a, b] = p.retirementCandidates;
  if (a && b) {
    const f50 = a.category === "female_50" ? a : b;
    const f55 = a.category === "female_50" ? b : a;
    return {
      code: "pension.retirement_both",
      params: { female50: retirementParams(f50), female55: retirementParams(f55) },
      cites: a.cites,
      ...because,
    };
  }
  return undefined;
}

const WORKING = new Set(["employee", "flexible", "platform", "construction"]);

/**
 * The pension part of the advice: statutory age and month, minimum years, where the pension will be claimed
 * (66号 第六条, worked out on the history as it will be once an advised transfer is made), what a move does
 * to the relation (第三条, 第五条), 城乡衔接 (17号 第三条) and 弹性退休. For people already drawing a pension:
 * only that nothing moves (第二条). Nothing for children, nor for people with neither a pension history nor
 * a birth month.
 */
export function pensionAdvice(p: Profile): PensionAdvice | undefined {
  if (p.child) return undefined;
  if (p.answers.work === "retired") {
    return {
      retired: { code: "pension.retired_no_transfer", cites: [ART2] },
      atRetirementAge: true,
      warnings: [],
      notices: [],
      materials: [],
      channels: [HOTLINE_12333],
    };
  }
  const entries = p.answers.pension;
  if (entries.length === 0 && !p.birth) return undefined;
  const min = minimumYears(p);
  const move = pensionMove(p);
  // 第六条 on the history as it stands (the scenario token), and — when the advice moves the relation — on
  // the history as it will be once the transfer is made, which is what the person will face.
  const claim = claimPlace(entries, p.hukouProvince.code, p.asOf);
  const claimAfterTransfer =
    move?.kind === "transfer"
      ? claimPlace(entries, p.hukouProvince.code, p.asOf, p.province.code)
      : undefined;
  const latest = claimAfterTransfer ?? claim;
  const claimWouldMove = latest ? wouldMove(latest) : undefined;
  const link = linkage(p, claim, min);
  const flexible = flexibleRetirement(p);
  const short = shortYearsWarning(p, min);
  const retirement = retirementConclusion(p);
  const notices = [...(claim || move ? [NEWER_RULES] : []), ...(link?.notices ?? [])];
  return {
    ...(p.retirement ? { retirement: p.retirement } : {}),
    ...(retirement ? { retirementConclusion: retirement } : {}),
    atRetirementAge: p.atRetirementAge,
    ...(min ? { minimumYears: min } : {}),
    ...(claim ? { claim } : {}),
    ...(claimAfterTransfer ? { claimAfterTransfer } : {}),
    ...(claimWouldMove ? { claimWouldMove } : {}),
    ...(move ? { move } : {}),
    ...(link ? { linkage: link } : {}),
    ...(flexible ? { flexibleRetirement: flexible } : {}),
    warnings: short ? [short] : [],
    notices,
    materials: moveMaterials(move),
    channels: [...moveChannels(p, move), HOTLINE_12333],
  };
}
