import { LOCAL_POLICIES } from "../data/local";
import type { MaterialCode } from "../data/local/types";
import type { Citation } from "../types";
import { localRules } from "./city-access";
import type { MedicalOptionCode } from "./medical-options";
import type { Profile } from "./profile";
import type { TransferAdvice } from "./transfer";

export type MaterialNeed = "required" | "maybe";
export type MaterialPurpose = "enrol" | "transfer" | "pension" | "filing" | "injury";

/** One item of the checklist, with why it is needed and the sources that ask for it. */
export interface Material {
  code: MaterialCode;
  params: { need: MaterialNeed; purpose: MaterialPurpose };
  cites: readonly Citation[];
}

const GENERIC = { source: "explainer-2025-nonlocal", clause: "所需材料" };
const QUANZHOU = { source: "quanzhou-transfer-2022" };

function item(code: MaterialCode, need: MaterialNeed, purpose: MaterialPurpose, cites: Citation[]): Material {
  return { code, params: { need, purpose }, cites };
}

/** The checklist for enrolling in one option here. */
export function enrolMaterials(p: Profile, code: MedicalOptionCode): Material[] {
  // Children under 16 may have no 身份证 of their own: both it and the 户口本 are "maybe" for them.
  const young = p.age < 16;
  const list: Material[] = [
    item("id_card", young ? "maybe" : "required", "enrol", [
      { source: "news-2025-hukou-lifted", clause: "凭本人身份证即可办理" },
      GENERIC,
    ]),
  ];
  if (code === "staff_employer") {
    list.push(item("labor_contract", "maybe", "enrol", [GENERIC]));
    return list;
  }
  if (code === "staff_flexible") {
    const rule = p.isLocal ? undefined : localRules("flexibleStaff", p.city).rules.at(-1);
    for (const m of rule?.materials ?? []) {
      const need: MaterialNeed =
        m === "residence_permit" && rule?.permit === "one_of_proofs" ? "maybe" : "required";
      list.push(
        item(m, p.isLocal && m === "employment_registration" ? "maybe" : need, "enrol", [
          rule?.cite ?? GENERIC,
        ]),
      );
    }
    // Only 个体工商户 have a business licence (粤医保规〔2022〕2号): riders, site workers and others do not.
    if (p.answers.work === "flexible") {
      list.push(
        item("business_license", "maybe", "enrol", [
          { source: "yybg-2022-2", clause: "个体工商户：身份证＋营业执照" },
        ]),
      );
    }
    return list;
  }
  if (code === "resident_local" && !p.isLocal) {
    const receipt = LOCAL_POLICIES.get(p.city.code)?.receiptAccepted;
    if (p.permit === "applying" && receipt?.value) {
      list.push(item("residence_permit_receipt", "required", "enrol", [receipt.cite]));
    } else {
      list.push(
        item("residence_permit", "required", "enrol", [
          { source: "gwjcf-2016-23", clause: "第十条" },
          { source: "news-2025-hukou-lifted" },
        ]),
      );
    }
  }
  list.push(item("hukou_booklet", "maybe", "enrol", [GENERIC]), item("photo", "maybe", "enrol", [GENERIC]));
  return list;
}

/**
 * What a 医保关系转移接续 asks for (facts.md §10: 泉州 guide; 人社部发〔2015〕80号 二). Online transfers need no
 * paper 参保凭证; at a counter some places still ask for it: "maybe", never "要带".
 */
export function transferMaterials(t: TransferAdvice): Material[] {
  if (t.kind === "not_needed" || t.kind === "automatic") return [];
  return [
    item("insurance_certificate", "maybe", "transfer", [
      { source: "rsbf-2015-80", clause: "二、规范医保关系转移接续手续" },
      QUANZHOU,
    ]),
    item("social_security_card", "maybe", "transfer", [QUANZHOU]),
    item("transfer_application", "maybe", "transfer", [QUANZHOU]),
  ];
}

/** Merges lists: one line per item, the stronger need wins, citations are kept. */
export function mergeMaterials(lists: readonly Material[][]): Material[] {
  const byCode = new Map<MaterialCode, Material>();
  for (const m of lists.flat()) {
    const seen = byCode.get(m.code);
    if (!seen) {
      byCode.set(m.code, m);
      continue;
    }
    const need: MaterialNeed =
      seen.params.need === "required" || m.params.need === "required" ? "required" : "maybe";
    byCode.set(m.code, { ...seen, params: { ...seen.params, need }, cites: [...seen.cites, ...m.cites] });
  }
  return [...byCode.values()];
}
