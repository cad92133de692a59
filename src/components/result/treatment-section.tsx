import type { TreatmentAdvice } from "../../policy/rules/treatment";
import { ConclusionList, ConclusionView } from "./conclusion-view";
import { Section } from "./section";

export function TreatmentSection({ treatment }: { treatment: TreatmentAdvice }) {
  return (
    <Section id="care" title="在外地看病（异地就医备案）">
      <p className="font-bold">
        <ConclusionView c={treatment.finding} />
      </p>
      <ConclusionList items={treatment.details} />
      <ConclusionList items={treatment.changes} className="list-none text-base text-gray-700" />
    </Section>
  );
}
