import type { ConditionId } from "../codes/local";
import { CONDITIONS, type Requirement, type ToCheck } from "../data/local/conditions";
import type { ParentFacts } from "../household";
import type { City } from "../data/regions";
import { hasReached } from "./pension/retirement-age";
import type { Profile } from "./profile";

/** met: the answers show it holds; not_met: they show it does not; unknown: the person must check it. */
export type Verdict = "met" | "not_met" | "unknown";

function ageBelowBySex(p: Profile, male: number, female: number): Verdict {
  if (p.sex) return p.age < (p.sex === "male" ? male : female) ? "met" : "not_met";
  if (p.age < Math.min(male, female)) return "met";
  if (p.age >= Math.max(male, female)) return "not_met";
  return "unknown";
}

function belowRetirement(p: Profile): Verdict {
  if (p.reached === "yes") return "not_met";
  if (p.reached === "no") return "met";
  if (p.retirementCandidates.length > 0 && p.retirementCandidates.every((r) => hasReached(r, p.asOf)))
    return "not_met";
  return "unknown";
}

/**
 * What a child's household says of a parent condition: met when a parent named in it meets it; otherwise
 * still to check (a parent not named, or a start not known, may meet it).
 */
function parentVerdict(what: ToCheck, parents: readonly ParentFacts[] | undefined): Verdict {
  if (!parents) return "unknown";
  const some = (f: (x: ParentFacts) => boolean) => (parents.some(f) ? "met" : "unknown");
  switch (what) {
    case "parent_staff_here":
      return some((x) => x.staffHere);
    case "parent_staff_here_3_years":
      return some((x) => (x.staffHereMonths ?? 0) >= 36);
    case "parent_insured_here_1_year":
      return some((x) => (x.insuredHereMonths ?? 0) >= 12);
    case "parent_local_or_staff_here":
      return some((x) => x.local || x.staffHere);
    default:
      return "unknown";
  }
}

/** One requirement, for this person in this city. */
export function verdictOf(r: Requirement, p: Profile, city: City): Verdict {
  switch (r.kind) {
    case "age_below":
      return p.age < r.years ? "met" : "not_met";
    case "age_from":
      return p.age >= r.years ? "met" : "not_met";
    case "age_below_by_sex":
      return ageBelowBySex(p, r.male, r.female);
    case "below_statutory_retirement":
      return belowRetirement(p);
    case "schooling":
      return p.schooling === undefined ? "unknown" : r.in.includes(p.schooling) ? "met" : "not_met";
    case "not_insured_elsewhere":
      return p.ongoing.some((e) => e.city !== city.code) ? "not_met" : "met";
    case "insured_here_before":
      return p.medical.some((e) => e.city === city.code) ? "met" : "not_met";
    case "permit_or_receipt":
      return p.permit === "yes" || p.permit === "applying" ? "met" : "not_met";
    case "permit_holder":
      return p.permit === "yes" ? "met" : p.permit === "applying" ? "unknown" : "not_met";
    case "not_employed":
      return ["none", "retired"].includes(p.answers.work)
        ? "met"
        : p.answers.work === "employee"
          ? "not_met"
          : "unknown";
    case "to_check":
      return parentVerdict(r.what, p.parents);
  }
}

/** All of a list; any of the alternatives. */
export function evaluateCondition(id: ConditionId, p: Profile, city: City): Verdict {
  const alternatives = CONDITIONS[id].anyOf.map((all) => {
    const verdicts = all.map((r) => verdictOf(r, p, city));
    if (verdicts.includes("not_met")) return "not_met";
    return verdicts.includes("unknown") ? "unknown" : "met";
  });
  if (alternatives.includes("met")) return "met";
  return alternatives.includes("unknown") ? "unknown" : "not_met";
}
