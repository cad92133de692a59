import { inForce } from "../../dated";
import { TEMPORARY_ACCOUNT_AGE } from "../../data/national/temporary-account-age";
import { findProvince } from "../../data/regions";
import type { Citation, Conclusion } from "../../types";
import type { Profile } from "../profile";
import { relationProvince, staffEntries } from "./history";

/**
 * transfer: the relation moves to the province of `city` (66号 第三条);
 * temporary_account: it stays, and a 临时基本养老保险缴费账户 is opened there (第五条);
 * depends_on_sex: the age lies between the two thresholds of 第五条 and the sex is not known.
 */
export type MoveKind = "transfer" | "temporary_account" | "depends_on_sex";

export interface PensionMove {
  kind: MoveKind;
  conclusion: Conclusion;
  /** What to do, in order. */
  steps: Conclusion[];
}

/** Work that enrols in 职工养老 where it is done; the others do not start a new enrolment there. */
const WORKING = new Set(["employee", "flexible", "platform", "construction"]);

const ART3: Citation = { source: "gbf-2009-66", clause: "第三条" };
const ART5: Citation = { source: "gbf-2009-66", clause: "第五条" };
const GUIDE: Citation = { source: "gwy-client-pension-guide" };
const ONLINE: Citation = { source: "si-online-transfer" };
const QA_2025: Citation = { source: "temp-account-qa-2025" };

const short = (code: string) => findProvince(code)?.short ?? code;

/** 第五条's age test: true, false, or "unknown" when only the sex would decide it. */
function pastThreshold(p: Profile): boolean | "unknown" | undefined {
  const ages = inForce(TEMPORARY_ACCOUNT_AGE, p.asOf)?.value;
  if (!ages) return undefined;
  if (p.sex) return p.age >= ages[p.sex];
  if (p.age >= Math.max(ages.male, ages.female)) return true;
  if (p.age < Math.min(ages.male, ages.female)) return false;
  return "unknown";
}

function transferSteps(p: Profile, from: string, employer: boolean): Conclusion[] {
  return [
    {
      code: employer ? "pstep.enrol_new_employer" : "pstep.enrol_new_self",
      params: { city: p.city.short },
      cites: [GUIDE],
    },
    { code: "pstep.certificate_old", params: { from: short(from) }, cites: [ART3, ONLINE] },
    { code: "pstep.apply_new", params: { to: p.province.short }, cites: [GUIDE, ONLINE] },
    { code: "pstep.offices_finish", cites: [ART3, ONLINE] },
  ];
}

function temporarySteps(p: Profile, relation: string, frozen?: string): Conclusion[] {
  return [
    { code: "pstep.keep_relation", params: { relation: short(relation) }, cites: [ART5] },
    { code: "pstep.open_temporary", params: { to: p.province.short }, cites: [ART5] },
    ...(frozen
      ? [{ code: "pstep.freeze_old_temporary" as const, params: { frozen: short(frozen) }, cites: [QA_2025] }]
      : []),
    { code: "pstep.gathered_at_claim", cites: [QA_2025] },
  ];
}

/**
 * What happens to the pension relation now that the person works in the province of `city`:
 * 第五条 first (older people moving to a province other than their 户籍 province), else 第三条.
 * Not coded: 第五条's exception for approved official transfers (the answers do not ask), and the conversion of
 * a temporary account after a 户籍 move (Addendum A §1.3, national basis unverified).
 */
export function pensionMove(p: Profile): PensionMove | undefined {
  if (!WORKING.has(p.answers.work)) return undefined;
  const entries = p.answers.pension;
  const relation = relationProvince(entries);
  const here = p.province.code;
  if (!relation || relation === here) return undefined;
  const last = staffEntries(entries).at(-1);
  const base = { relation: short(relation), to: p.province.short };
  const past = pastThreshold(p);
  if (past === undefined) return undefined; // 66号 not in force on asOf
  if (here !== p.hukouProvince.code) {
    if (past === "unknown") {
      return {
        kind: "depends_on_sex",
        conclusion: { code: "move.depends_on_sex", params: { age: p.age }, cites: [ART5] },
        steps: [],
      };
    }
    if (past) {
      const stillHere = last?.temporary === true && last.province === here;
      const frozen = last?.temporary && !stillHere ? last.province : undefined;
      return {
        kind: "temporary_account",
        conclusion: {
          code: stillHere ? "move.temporary_account_continues" : "move.temporary_account",
          params: base,
          cites: [ART5, QA_2025],
        },
        steps: temporarySteps(p, relation, frozen),
      };
    }
  }
  return {
    kind: "transfer",
    conclusion: {
      code: here === p.hukouProvince.code ? "move.transfer_home" : "move.transfer",
      params: { ...base, employer: p.answers.work === "employee" },
      cites: [ART3, ...(here === p.hukouProvince.code ? [ART5] : [])],
      because: [{ code: "move.years_add_up_no_cash_out", cites: [ART3] }],
    },
    steps: transferSteps(p, relation, p.answers.work === "employee"),
  };
}
