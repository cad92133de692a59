import type { ReactNode } from "react";
import { UI } from "../../content/zh-CN/ui";
import { ConclusionList } from "./conclusion-view";
import type { PersonPlan } from "./plan";
import { RecommendationCard } from "./recommendation";
import { Section } from "./section";
import { TodoList } from "./todo-list";

/**
 * The first screen of a person's part: the recommendation and what to do, in order, with its dates
 * (`calendar` goes under them: “加到日历”), then what to watch out for.
 */
export function PersonFirstScreen({
  plan,
  idPrefix = "",
  level = 2,
  calendar,
}: {
  plan: PersonPlan;
  idPrefix?: string;
  level?: 2 | 3;
  calendar?: ReactNode;
}) {
  return (
    <>
      <Section id={`${idPrefix}todo`} title={UI.whatToDo} level={level}>
        <RecommendationCard rec={plan.recommendation} />
        {plan.todo.length > 0 && <TodoList groups={plan.todo} level={level === 2 ? 3 : 4} />}
        {calendar}
      </Section>
      {plan.warnings.length > 0 && (
        <Section id={`${idPrefix}warnings`} title={UI.warnings} level={level}>
          <ConclusionList
            items={plan.warnings}
            className="space-y-3 [&>li]:rounded [&>li]:border-2 [&>li]:border-amber-800 [&>li]:p-3"
          />
        </Section>
      )}
    </>
  );
}
