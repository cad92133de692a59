import type { Advice } from "../../policy/advise";
import type { Answers } from "../../policy/answers";
import type { MemberAdvice } from "../../policy/household";
import { deadlinesOf } from "../../policy/rules/deadlines";
import { mergeMaterials } from "../../policy/rules/materials";
import { citationOrder } from "./citation-index";
import { householdDeadlines, memberParts } from "./household-plan";
import { planPerson } from "./plan";

/**
 * What the result page shows, worked out once from the advice: the person's plan, each member's part,
 * the household's one checklist and one calendar, and the numbers of the sources in the order cited.
 * Pure: the first screen drawn before React (src/first-screen.tsx) and the page itself share it.
 */
export function resultModel(answers: Answers, advice: Advice, members: readonly MemberAdvice[]) {
  const deadlines = deadlinesOf(answers, advice, { asOf: advice.asOf });
  const plan = planPerson(answers, advice, deadlines);
  const parts = memberParts(members, advice.asOf);
  // The household's checklist and calendar: one for everyone on the page.
  const materials = mergeMaterials([advice.materials, ...members.map((m) => m.advice.materials)]);
  const reminders = householdDeadlines(deadlines, parts);
  const order = citationOrder(
    plan,
    parts.map((p) => p.plan),
    materials,
  );
  return { plan, parts, materials, reminders, order };
}

export type ResultModel = ReturnType<typeof resultModel>;
