import { useWatch } from "react-hook-form";
import { FIELD_LABELS, questionFor } from "../../content/zh-CN/questions";
import { UI } from "../../content/zh-CN/ui";
import type { Draft } from "../../interview/draft";
import { formToAnswers, type FormValues } from "../../interview/form-values";
import type { FieldDef, StepDef } from "../../interview/steps";
import { questionSpeech } from "../read-aloud/question-speech";
import { ReadAloud } from "../read-aloud/read-aloud";
import { BirthField } from "./birth-field";
import { ChoiceField } from "./choice-field";
import { CityField, HukouField } from "./city-field";
import { DateField } from "./date-field";
import { MedicalListField } from "./medical-list-field";
import { PensionListField } from "./pension-list-field";
import type { FieldProps } from "./types";

interface FieldArgs {
  def: FieldDef;
  legend: string;
  props: Omit<FieldProps, "name">;
}

function Field({ def, legend, props }: FieldArgs) {
  const p = { ...props, name: def.name };
  switch (def.kind) {
    case "choice":
      return <ChoiceField {...p} options={def.options ?? []} legend={legend} />;
    case "city":
      return <CityField {...p} />;
    case "hukou":
      return <HukouField {...p} />;
    case "birth":
      return <BirthField {...p} />;
    case "sex":
      return <ChoiceField {...p} options={["male", "female"]} legend={FIELD_LABELS.sex} />;
    case "retirement-category":
      return (
        <ChoiceField
          {...p}
          options={["50", "55"]}
          legend={FIELD_LABELS.originalRetirementAge}
          choiceKey="originalRetirementAge"
        />
      );
    case "date":
      return <DateField {...p} />;
    case "medical-list":
      return <MedicalListField {...p} />;
    case "pension-list":
      return <PensionListField {...p} />;
  }
}

/**
 * Renders a step's fields from its declaration: one generic renderer for every step. A field's `when`
 * sees the whole draft with this step's current values on top, as the person sees the form.
 */
export function StepFields({
  step,
  draft,
  props,
}: {
  step: StepDef;
  draft: Draft;
  props: Omit<FieldProps, "name">;
}) {
  const values = useWatch({ control: props.control }) as FormValues;
  const current: Draft = { ...draft, ...(formToAnswers(step, values, draft) as Draft) };
  const legend = questionFor(step.id, current).title;
  return (
    <div className="space-y-6">
      <ReadAloud label={UI.readQuestion} text={() => questionSpeech(step, current)} />
      {step.fields
        .filter((def) => !def.when || def.when(current))
        .map((def) => (
          <Field key={def.name} def={def} legend={legend} props={props} />
        ))}
    </div>
  );
}
