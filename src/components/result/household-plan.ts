import { memberCardName } from "../../content/zh-CN/choices";
import { UI } from "../../content/zh-CN/ui";
import type { MemberAdvice } from "../../policy/household";
import { deadlinesOf, type Deadline } from "../../policy/rules/deadlines";
import { planPerson, type PersonPlan } from "./plan";

/** What the page shows for one member of the household: their plan, deadlines and heading. */
export interface MemberPart {
  key: string;
  /** 配偶, 孩子 1…: for the calendar. */
  name: string;
  heading: string;
  plan: PersonPlan;
  deadlines: Deadline[];
}

/** 配偶, 孩子 1, 父母 2…: the names the wizard's family cards gave them (the number is the key's). */
export function memberName(m: Pick<MemberAdvice, "key" | "member">): string {
  const n = Number(/\d+$/.exec(m.key)?.[0] ?? 1);
  return memberCardName(m.member.relation, n);
}

/** Each member's part of the page, worked out from their own advice on the day of the person's. */
export function memberParts(members: readonly MemberAdvice[], asOf: string): MemberPart[] {
  return members.map((m) => {
    const deadlines = deadlinesOf(m.answers, m.advice, { asOf });
    const name = memberName(m);
    return {
      key: m.key,
      name,
      heading: UI.memberHeading(name, m.member.birth),
      plan: planPerson(m.answers, m.advice, deadlines, `${m.key}-`),
      deadlines,
    };
  });
}

/** A deadline in the household's calendar, with whom it is for when the page covers family members. */
export type Reminder = Deadline & { for?: readonly string[] };

/**
 * The household's deadlines in one list for the calendar, earliest first: each day and deed once, saying whom
 * it is for (“你自己”, “孩子 1”…) when a family member has it.
 */
export function householdDeadlines(own: readonly Deadline[], parts: readonly MemberPart[]): Reminder[] {
  const byDay = new Map<string, { deadline: Deadline; who: string[] }>();
  const add = (deadline: Deadline, who: string) => {
    const id = `${deadline.code}@${deadline.date}`;
    const seen = byDay.get(id);
    if (!seen) byDay.set(id, { deadline, who: [who] });
    else if (!seen.who.includes(who)) seen.who.push(who);
  };
  own.forEach((d) => add(d, UI.ownPart));
  parts.forEach((p) => p.deadlines.forEach((d) => add(d, p.name)));
  return [...byDay.values()]
    .map(({ deadline, who }) => (parts.length === 0 ? deadline : { ...deadline, for: who }))
    .sort((a, b) => a.date.localeCompare(b.date));
}
