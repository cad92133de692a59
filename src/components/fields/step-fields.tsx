import { useWatch } from "react-hook-form";
import { QUESTIONS } from "../../content/zh-CN/questions";
import { FIELD_LABELS } from "../../content/zh-CN/questions";
import { UI } from "../../content/zh-CN/ui";
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

function Field({ def, step, props }: { def: FieldDef; step: StepDef; props: Omit<FieldProps, "name"> }) {
  const p = { ...props, name: def.name };
  const legend = QUESTIONS[step.id].title;
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

/** Renders a step's fields from its declaration: one generic renderer for every step. */
export function StepFields({ step, props }: { step: StepDef; props: Omit<FieldProps, "name"> }) {
  const sex = useWatch({ control: props.control, name: "sex" }) as string | undefined;
  return (
    <div className="space-y-6">
      <ReadAloud label={UI.readQuestion} text={() => questionSpeech(step)} />
      {step.fields
        .filter((def) => !def.when || def.when({ sex: sex === "male" || sex === "female" ? sex : undefined }))
        .map((def) => (
          <Field key={def.name} def={def} step={step} props={props} />
        ))}
    </div>
  );
}
