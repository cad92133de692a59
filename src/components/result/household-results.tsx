import { HOUSEHOLD } from "../../content/zh-CN/questions";
import { UI } from "../../content/zh-CN/ui";
import type { MemberAdvice } from "../../policy/household";
import { deadlinesOf, type Deadline } from "../../policy/rules/deadlines";
import { PersonResult } from "./person-result";
import { planPerson, type PersonPlan } from "./plan";

/** What the page shows for one member of the household: their plan, deadlines and heading. */
export interface MemberPart {
  key: string;
  heading: string;
  plan: PersonPlan;
  deadlines: Deadline[];
}

/** 配偶, 孩子 1, 父母 2…: the names the wizard's family cards gave them (the number is the key's). */
export function memberName(m: Pick<MemberAdvice, "key" | "member">): string {
  const n = Number(/\d+$/.exec(m.key)?.[0] ?? 1);
  return HOUSEHOLD.card(m.member.relation, n);
}

/** Each member's part of the page, worked out from their own advice on the day of the person's. */
export function memberParts(members: readonly MemberAdvice[], asOf: string): MemberPart[] {
  return members.map((m) => {
    const deadlines = deadlinesOf(m.answers, m.advice, { asOf });
    return {
      key: m.key,
      heading: UI.memberHeading(memberName(m), m.member.birth),
      plan: planPerson(m.answers, m.advice, deadlines, `${m.key}-`),
      deadlines,
    };
  });
}

/** The household's deadlines in one list for the calendar: each day and deed once, earliest first. */
export function householdDeadlines(own: readonly Deadline[], parts: readonly MemberPart[]): Deadline[] {
  const seen = new Set<string>();
  const out: Deadline[] = [];
  for (const d of [...own, ...parts.flatMap((p) => p.deadlines)]) {
    const id = `${d.code}@${d.date}`;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push(d);
  }
  return out.sort((a, b) => a.date.localeCompare(b.date));
}

/** One part per member, each under its own heading (h2), its sections one level below. */
export function MemberResults({ parts }: { parts: readonly MemberPart[] }) {
  return parts.map((p) => (
    <div key={p.key} className="pt-4">
      <PersonResult plan={p.plan} heading={p.heading} idPrefix={`${p.key}-`} />
    </div>
  ));
}
