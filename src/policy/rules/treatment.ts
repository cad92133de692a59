import { earlierVersion, inForce } from "../dated";
import { CARE_AWAY_REIMBURSEMENT } from "../data/national/care-away-reimbursement";
import { DIRECT_SETTLEMENT_SCOPE } from "../data/national/direct-settlement-scope";
import { FILING_VALIDITY } from "../data/national/filing-validity";
import type { MaterialCode } from "../data/local/types";
import { findCity } from "../data/regions";
import type { Citation, Conclusion } from "../types";
import type { Channel } from "./channels";
import type { Material, MaterialNeed } from "./materials";
import type { Profile } from "./profile";
import type { Target } from "./target";

/**
 * Which 异地就医备案 applies (医保发〔2022〕22号): long_term (异地长期居住 or 常驻异地工作), temporary (a trip,
 * referral or emergency), retired_relocated (异地安置退休: a retiree whose 户籍 moved to where they live).
 */
export type FilingKind = "long_term" | "temporary" | "retired_relocated";

export interface TreatmentAdvice {
  /** Undefined when no filing is needed (insured where they live). */
  filing?: FilingKind;
  /** The city whose insurance pays, when known. */
  insuredCity?: string;
  finding: Conclusion;
  details: Conclusion[];
  /** "This changed on …": the 2016 inpatient-only limit. */
  changes: Conclusion[];
  materials: Material[];
  channels: Channel[];
}

const YBF22 = "ybf-2022-22";
const GUIDES: Citation = { source: "cross-province-filing-guides", clause: "备案人员范围" };
const RATES: Citation = { source: "care-away-rates-guide" };
const CHANNELS: Citation = { source: "care-away-channels-guide" };
const MATERIALS: Citation = { source: "care-away-materials-guide" };

/** The ongoing enrolment (one in `city` first), else the recommended one (医保发〔2022〕22号 参保地). */
function insuredCity(p: Profile, target?: Target): string | undefined {
  if (p.ongoing.some((e) => e.city === p.city.code)) return p.city.code;
  return p.ongoing.at(-1)?.city ?? target?.city;
}

type FindingCode =
  | "treatment.filing_temporary"
  | "treatment.filing_retired_relocated"
  | "treatment.filing_posted_worker"
  | "treatment.filing_long_term";

function kindOf(p: Profile, insured: string): { filing: FilingKind; code: FindingCode; clause: string } {
  if (p.answers.careAway === "temporary") {
    return { filing: "temporary", code: "treatment.filing_temporary", clause: "跨省临时外出就医人员" };
  }
  if (p.answers.work === "retired" && p.hukouCity.code === p.city.code) {
    return {
      filing: "retired_relocated",
      code: "treatment.filing_retired_relocated",
      clause: "异地安置退休人员",
    };
  }
  const staffThere = p.ongoing.some((e) => e.city === insured && e.scheme === "staff");
  if (p.answers.work === "employee" && staffThere) {
    return { filing: "long_term", code: "treatment.filing_posted_worker", clause: "常驻异地工作人员" };
  }
  return { filing: "long_term", code: "treatment.filing_long_term", clause: "异地长期居住人员" };
}

function material(code: MaterialCode, need: MaterialNeed): Material {
  return { code, params: { need, purpose: "filing" }, cites: [MATERIALS] };
}

function filingMaterials(code: FindingCode, p: Profile): Material[] {
  const list = [material("id_card", "required"), material("social_security_card", "maybe")];
  if (code === "treatment.filing_retired_relocated") list.push(material("hukou_booklet", "required"));
  // The proof of living here is the 居住证, or else a personal undertaking signed on the spot.
  if (code === "treatment.filing_long_term" && p.permit === "yes")
    list.push(material("residence_permit", "maybe"));
  if (code === "treatment.filing_posted_worker") list.push(material("labor_contract", "maybe"));
  return list;
}

function details(
  p: Profile,
  filing: FilingKind,
  code: FindingCode,
  sameProvince: boolean,
  insured: string | undefined,
): Conclusion[] {
  const list: Conclusion[] = [];
  const insuredPlace = insured ? findCity(insured)?.short : undefined;
  if (insuredPlace) {
    // The filing is made with the insured place (its office, or the national app): say so first.
    list.push({
      code: "treatment.file_with_insured_place",
      params: { insured: insuredPlace },
      cites: [CHANNELS],
    });
  }
  const rates = inForce(CARE_AWAY_REIMBURSEMENT, p.asOf);
  if (rates && filing === "temporary") {
    list.push({
      code: "treatment.rates_temporary",
      params: {
        referral: rates.value.referralEmergencyMaxCutPoints,
        other: rates.value.otherTemporaryMaxCutPoints,
      },
      cites: [rates.cite],
    });
  } else if (rates) {
    list.push({ code: "treatment.rates_home_standard", cites: [rates.cite] });
  }
  const validity = inForce(FILING_VALIDITY, p.asOf);
  if (validity) {
    list.push(
      filing === "temporary"
        ? {
            code: "treatment.valid_min_months",
            params: { months: validity.value.temporaryMinMonths },
            cites: [validity.cite],
          }
        : { code: "treatment.valid_until_changed", cites: [validity.cite] },
    );
  }
  if (code === "treatment.filing_long_term") {
    list.push({ code: "treatment.proof_permit_or_undertaking", cites: [MATERIALS, CHANNELS] });
  }
  list.push({ code: "treatment.file_later", cites: [{ ...RATES, clause: "先行就医后补办备案" }] });
  const scope = inForce(DIRECT_SETTLEMENT_SCOPE, p.asOf);
  if (scope?.value.outpatient) {
    list.push({ code: "treatment.outpatient_too", cites: [scope.cite] });
  }
  if (sameProvince) {
    list.push({
      code: "treatment.within_province",
      params: { province: p.province.short },
      cites: [{ source: YBF22 }],
    });
  }
  return list;
}

function changes(asOf: string): Conclusion[] {
  const now = inForce(DIRECT_SETTLEMENT_SCOPE, asOf);
  const before = now && earlierVersion(DIRECT_SETTLEMENT_SCOPE, now);
  if (!now || !before) return [];
  return [
    {
      code: "changed.direct_settlement_scope",
      params: { year: now.from.slice(0, 4) },
      cites: [before.cite, now.cite],
    },
  ];
}

/** The insured place's office first: the filing is made there (or in the national app). */
function channels(insured: string | undefined): Channel[] {
  const city = insured ? findCity(insured)?.short : undefined;
  return [
    ...(city
      ? [{ code: "office" as const, params: { city, for: "filing" as const }, cites: [CHANNELS] }]
      : []),
    { code: "national_app", params: { for: "filing" }, cites: [CHANNELS] },
    { code: "hotline_12393", cites: [{ source: "hotline-12393" }] },
  ];
}

/**
 * 异地就医备案 for care away from the insured place (医保发〔2022〕22号; facts.md §6, §10). A trip always
 * needs a temporary filing; living away needs a long-term one only when the insured place is elsewhere.
 * Undefined before 22号 (the 2016–2022 rules are not coded) or when no insured place is known.
 */
export function treatmentAdvice(p: Profile, target?: Target): TreatmentAdvice | undefined {
  if (p.answers.careAway === "none" || !inForce(CARE_AWAY_REIMBURSEMENT, p.asOf)) return undefined;
  const insured = insuredCity(p, target);
  if (p.answers.careAway === "long_term" && (insured === undefined || insured === p.city.code)) {
    if (insured === undefined) return undefined;
    return {
      insuredCity: insured,
      finding: { code: "treatment.no_filing_needed", params: { city: p.city.short }, cites: [GUIDES] },
      details: [],
      changes: [],
      materials: [],
      channels: [],
    };
  }
  const { filing, code, clause } = kindOf(p, insured ?? p.city.code);
  const insuredPlace = insured ? findCity(insured) : undefined;
  // A trip's destination is not asked, so only a long-term filing can be known to stay inside the province.
  const sameProvince = filing !== "temporary" && insuredPlace?.provinceCode === p.city.provinceCode;
  return {
    filing,
    ...(insured ? { insuredCity: insured } : {}),
    finding: {
      code,
      params: { city: p.city.short, ...(insuredPlace ? { insured: insuredPlace.short } : {}) },
      cites: [{ source: YBF22, clause }, GUIDES],
    },
    details: details(p, filing, code, sameProvince, insured),
    changes: changes(p.asOf),
    materials: filingMaterials(code, p),
    channels: channels(insured),
  };
}
