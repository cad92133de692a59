import { useWatch } from "react-hook-form";
import { FIELD_LABELS, questionFor } from "../../content/zh-CN/questions";
import { UI } from "../../content/zh-CN/ui";
import type { Draft } from "../../interview/draft";
import { formToAnswers, type FormValues } from "../../interview/form-values";
import type { FieldDef, StepDef } from "../../interview/steps";
import { questionSpeech } from "../read-aloud/question-speech";
import { ReadAloud } from "../read-aloud/read-aloud";
import { BirthField } from "./birth-field";
import { ChoiceButtons } from "./choice-buttons";
import { ChoiceField } from "./choice-field";
import { CityField, HukouField } from "./city-field";
import { HouseholdListField } from "./household-list-field";
import { MedicalListField } from "./medical-list-field";
import { MonthInput } from "./month-field";
import { PensionListField } from "./pension-list-field";
import { messageAt, type FieldProps } from "./types";
import { asText } from "../../lib/as-text";

interface FieldArgs {
  def: FieldDef;
  legend: string;
  props: Omit<FieldProps, "name">;
  /** The answers so far with this step's current values on top. */
  current: Draft;
  onChoose?: ((value: string) => void) | undefined;
}

function Field({ def, legend, props, current, onChoose }: FieldArgs) {
  const p = { ...props, name: def.name };
  switch (def.kind) {
    case "choice":
      return onChoose ? (
        <ChoiceButtons
          name={def.name}
          options={def.options ?? []}
          legend={legend}
          current={asText(current[def.name])}
          onChoose={onChoose}
        />
      ) : (
        <ChoiceField {...p} options={def.options ?? []} legend={legend} legendIsQuestion />
      );
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
    case "month":
      return (
        <MonthInput
          path={def.name}
          label={FIELD_LABELS.plannedStart}
          message={messageAt(props.errors, def.name)}
          register={props.register}
        />
      );
    case "household-list":
      return <HouseholdListField {...p} draft={current} />;
    case "medical-list":
      return <MedicalListField {...p} draft={current} />;
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
  onChoose,
}: {
  step: StepDef;
  draft: Draft;
  props: Omit<FieldProps, "name">;
  /** A step of one choice: its options are buttons that answer and go on (ChoiceButtons). */
  onChoose?: (value: string) => void;
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
          <Field
            key={def.name}
            def={def}
            legend={legend}
            props={props}
            current={current}
            onChoose={onChoose}
          />
        ))}
    </div>
  );
}
