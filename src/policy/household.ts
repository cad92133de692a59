/**
 * The household: the person and the family members who live with them in the same city. Each member gets
 * their own route through the same advise(), from answers built out of the household's (memberAnswers):
 * the city is the person's, the hukou is the person's unless the member's differs, and a child's 居住证 is
 * the parents' (never the child's own). A child's conditions that turn on a parent (a parent in 职工医保
 * here, insured here for a year, 户籍 here) are checked against the parents the household names.
 */
import { monthIndex } from "../lib/dates";
import type { Advice, AdviseOptions } from "./advise-core";
import type { Answers, Member } from "./answers";
import { coveredFrom } from "./rules/coverage";

/** What a child's conditions may ask of a parent (data/local/conditions.ts, "parent_…"). */
export interface ParentFacts {
  /** 户籍 in the city where the family lives. */
  local: boolean;
  /** In 职工医保 here now. */
  staffHere: boolean;
  /** Whole months of 职工医保 here up to now, when the start is known. */
  staffHereMonths?: number;
  /** Whole months of any basic medical insurance here up to now, when the start is known. */
  insuredHereMonths?: number;
}

/** A stable name for a member in tokens and links: spouse, child1, child2, parent1, … */
export type MemberKey = "spouse" | `child${number}` | `parent${number}`;

export interface MemberAdvice {
  index: number;
  key: MemberKey;
  member: Member;
  answers: Answers;
  advice: Advice;
}

export interface HouseholdAdvice {
  self: Advice;
  members: MemberAdvice[];
}

const PERMIT_ORDER = ["yes", "applying", "no"] as const;

/** The better of two 居住证 states (a child's: a parent's permit is enough). */
function bestPermit(states: readonly (Answers["residencePermit"] | undefined)[]): Answers["residencePermit"] {
  return PERMIT_ORDER.find((s) => states.includes(s));
}

export function memberKeys(members: readonly Member[]): MemberKey[] {
  const seen = { child: 0, parent: 0 };
  return members.map((m): MemberKey => {
    if (m.relation === "spouse") return "spouse";
    seen[m.relation] += 1;
    return m.relation === "child" ? `child${seen.child}` : `parent${seen.parent}`;
  });
}

/** One member's answers, built from the household's. */
export function memberAnswers(self: Answers, m: Member): Answers {
  const hukouCity = m.hukouCity ?? self.hukouCity;
  const hukouProvince = m.hukouProvince ?? self.hukouProvince;
  const local = hukouCity === self.city;
  const spouse = (self.household ?? []).find((x) => x.relation === "spouse");
  const permit =
    m.relation === "child" ? bestPermit([self.residencePermit, spouse?.residencePermit]) : m.residencePermit;
  return {
    city: self.city,
    hukouProvince,
    hukouCity,
    ...(!local && permit ? { residencePermit: permit } : local ? {} : { residencePermit: "no" as const }),
    work: m.relation === "child" ? "student" : (m.work ?? "none"),
    birth: m.birth,
    ...(m.sex ? { sex: m.sex } : {}),
    livingWith: m.relation === "child" ? "parents" : m.relation === "parent" ? "children" : "none",
    ...(m.relation === "child" && m.schooling ? { schooling: m.schooling } : {}),
    medical: m.insured ? [{ scheme: m.insured.scheme, city: m.insured.city }] : [],
    pension: [],
    // Living here with cover elsewhere: the 异地长期居住 filing is what makes it usable here.
    careAway: m.insured && m.insured.city !== self.city ? "long_term" : "none",
  };
}

/** Whole months from a start to the month before asOf. */
function monthsSince(from: string | undefined, asOf: string): number | undefined {
  return from === undefined ? undefined : Math.max(0, monthIndex(asOf) - monthIndex(from));
}

/** What the person's own answers say of them as a parent. */
function personAsParent(self: Answers, asOf: string): ParentFacts {
  const running = self.medical.filter(
    (e) => e.city === self.city && (e.to === undefined || e.to.slice(0, 7) >= asOf.slice(0, 7)),
  );
  const staff = running.find((e) => e.scheme === "staff");
  const any = running[0];
  const staffMonths = staff ? monthsSince(coveredFrom(staff), asOf) : undefined;
  const anyMonths = any ? monthsSince(coveredFrom(any), asOf) : undefined;
  return {
    local: self.hukouCity === self.city,
    staffHere: staff !== undefined,
    ...(staffMonths !== undefined ? { staffHereMonths: staffMonths } : {}),
    ...(anyMonths !== undefined ? { insuredHereMonths: anyMonths } : {}),
  };
}

function spouseAsParent(self: Answers, spouse: Member): ParentFacts {
  return {
    local: (spouse.hukouCity ?? self.hukouCity) === self.city,
    staffHere: spouse.insured?.scheme === "staff" && spouse.insured.city === self.city,
  };
}

/** The person's advice and one for each member, on the same day. */
export function householdAdvice(
  answers: Answers,
  { asOf }: { asOf: string },
  advise: (answers: Answers, options: AdviseOptions) => Advice,
): HouseholdAdvice {
  const members = answers.household ?? [];
  const spouse = members.find((m) => m.relation === "spouse");
  const parents: ParentFacts[] = [
    personAsParent(answers, asOf),
    ...(spouse ? [spouseAsParent(answers, spouse)] : []),
  ];
  const keys = memberKeys(members);
  return {
    self: advise(answers, { asOf }),
    members: members.map((member, index) => {
      const a = memberAnswers(answers, member);
      return {
        index,
        key: keys[index] ?? "spouse",
        member,
        answers: a,
        advice: advise(a, { asOf, ...(member.relation === "child" ? { parents } : {}) }),
      };
    }),
  };
}
