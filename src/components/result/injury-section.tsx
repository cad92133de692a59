import type { InjuryAdvice } from "../../policy/rules/injury";
import { ConclusionView } from "./conclusion-view";
import { Section } from "./section";

export function InjurySection({ injury }: { injury: InjuryAdvice }) {
  return (
    <Section id="injury" title="干活受伤了怎么办（工伤）">
      <p>
        <ConclusionView c={injury.finding} />
      </p>
      <ol className="list-decimal space-y-1 pl-7">
        {injury.steps.map((s, i) => (
          <li key={`${s.code}-${i}`}>
            <ConclusionView c={s} />
          </li>
        ))}
      </ol>
    </Section>
  );
}
