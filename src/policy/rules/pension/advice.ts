import type { MaterialCode } from "../../data/local/types";
import type { Citation, Conclusion } from "../../types";
import type { Channel } from "../channels";
import type { Material, MaterialNeed } from "../materials";
import type { Profile } from "../profile";
import { claimPlace, type ClaimPlace } from "./claim-place";
import { flexibleRetirement } from "./flexible-retirement";
import { linkage, type Linkage } from "./linkage";
import { minimumYears, type MinimumYears } from "./minimum-years";
import { pensionMove, type PensionMove } from "./move";
import type { StatutoryRetirement } from "./retirement-age";
import { shortYearsWarning } from "./short-years";

export interface PensionAdvice {
  retirement?: StatutoryRetirement;
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
      material("pension_certificate", "required", [
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

/**
 * The pension part of the advice: statutory age and month, minimum years, where the pension will be claimed
 * (66号 第六条), what a move does to the relation (第三条, 第五条), 城乡衔接 (17号 第三条) and 弹性退休.
 * Nothing for people already drawing a pension (66号 第二条: they do not transfer), nor for people with neither
 * a pension history nor a birth month and sex.
 */
export function pensionAdvice(p: Profile): PensionAdvice | undefined {
  if (p.answers.work === "retired") return undefined;
  const entries = p.answers.pension;
  if (entries.length === 0 && !p.retirement) return undefined;
  const min = minimumYears(p);
  const claim = claimPlace(entries, p.hukouProvince.code, p.asOf);
  const move = pensionMove(p);
  const link = linkage(p, claim, min);
  const flexible = flexibleRetirement(p);
  const short = shortYearsWarning(p, min);
  const notices = [...(claim || move ? [NEWER_RULES] : []), ...(link?.notices ?? [])];
  return {
    ...(p.retirement ? { retirement: p.retirement } : {}),
    atRetirementAge: p.atRetirementAge,
    ...(min ? { minimumYears: min } : {}),
    ...(claim ? { claim } : {}),
    ...(move ? { move } : {}),
    ...(link ? { linkage: link } : {}),
    ...(flexible ? { flexibleRetirement: flexible } : {}),
    warnings: short ? [short] : [],
    notices,
    materials: moveMaterials(move),
    channels: [...moveChannels(p, move), HOTLINE_12333],
  };
}
