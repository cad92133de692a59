import type { ReactNode } from "react";
import type { TodoGroup } from "./plan";
import { ConclusionView } from "./conclusion-view";

const HEADING = { 3: "h3", 4: "h4" } as const;

function List({ numbered, children }: { numbered: boolean; children: ReactNode }) {
  return numbered ? (
    <ol className="list-decimal space-y-2 pl-7">{children}</ol>
  ) : (
    <ul className="space-y-2">{children}</ul>
  );
}

/**
 * What to do, in order: each group (a transfer, a filing, the pension's month) with its steps numbered,
 * and the dates of the advice under the steps they belong to.
 */
export function TodoList({ groups, level = 3 }: { groups: readonly TodoGroup[]; level?: 3 | 4 }) {
  const Heading = HEADING[level];
  return (
    <div className="space-y-4">
      {groups.map((g) => (
        <div key={g.id} className="space-y-2">
          <Heading className="text-lg font-bold">{g.title}</Heading>
          {g.lead && (
            <div>
              <ConclusionView c={g.lead} />
            </div>
          )}
          <List numbered={g.numbered}>
            {g.steps.map((s, i) => (
              <li key={`${s.step.code}-${i}`}>
                <ConclusionView c={s.step} />
                {s.deadline && (
                  <div className="mt-1 rounded border-2 border-blue-800 p-2 font-bold print:border-black">
                    <ConclusionView c={s.deadline} />
                  </div>
                )}
              </li>
            ))}
          </List>
        </div>
      ))}
    </div>
  );
}
