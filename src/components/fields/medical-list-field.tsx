import { Controller, useFieldArray, type Control, useWatch } from "react-hook-form";
import { CHOICES, FIELD_LABELS, nearCityLabel } from "../../content/zh-CN/questions";
import { nearCities } from "../../interview/who";
import type { Draft } from "../../interview/draft";
import { EMPTY_MEDICAL_ROW, type MedicalRow } from "../../interview/form-values";
import { FieldError } from "./field-error";
import { MonthInput } from "./month-field";
import { RowChoice } from "./row-inputs";
import { RegionSelect } from "./region-select";
import { messageAt, type FieldProps } from "./types";
import { asText } from "../../lib/as-text";

const SCHEMES = (["staff", "resident"] as const).map((value) => ({
  value,
  label: CHOICES.scheme?.[value]?.label ?? "",
}));

/** Medical-insurance history: a short list of enrolments, each with scheme, city, from and to. */
export function MedicalListField({ name, control, register, errors, draft }: FieldProps & { draft: Draft }) {
  // The list lives under `name` in a form whose other fields are not known here.
  const listControl = control as unknown as Control<{ rows: MedicalRow[] }>;
  const { fields, append, remove } = useFieldArray({ control: listControl, name: name as "rows" });
  const rows = useWatch({ control, name }) as MedicalRow[] | undefined;
  const listMessage = messageAt(errors, name);
  const shortcuts = nearCities(draft).map((c) => ({ code: c.code, label: nearCityLabel(c.place, c.code) }));
  return (
    <div id={`field-${name}`} className="space-y-4">
      <FieldError name={name} message={listMessage} />
      {fields.map((field, i) => {
        const at = (k: string) => `${name}.${i}.${k}`;
        const msg = (k: string) => messageAt(errors, at(k));
        const ongoing = rows?.[i]?.ongoing ?? true;
        return (
          <fieldset key={field.id} className="card space-y-3">
            <legend className="px-1 font-bold">第 {i + 1} 段医保</legend>
            <RowChoice
              path={at("scheme")}
              label={FIELD_LABELS.scheme}
              message={msg("scheme")}
              register={register}
              choices={SCHEMES}
            />
            <div>
              <span className="mb-1 block font-bold">在哪个城市</span>
              <FieldError name={at("city")} message={msg("city")} />
              <Controller
                name={at("city")}
                control={control}
                render={({ field: city }) => (
                  <RegionSelect
                    city={asText(city.value)}
                    onCity={city.onChange}
                    name={at("city")}
                    invalid={!!msg("city")}
                    shortcuts={shortcuts}
                    shortcutsLabel={FIELD_LABELS.nearCities}
                  />
                )}
              />
            </div>
            <MonthInput
              path={at("from")}
              label={FIELD_LABELS.from}
              message={msg("from")}
              register={register}
            />
            <label className="flex min-h-11 items-center gap-2">
              <input type="checkbox" className="size-6 accent-blue-800" {...register(at("ongoing"))} />
              {FIELD_LABELS.stillEnrolled}
            </label>
            {!ongoing && (
              <MonthInput path={at("to")} label={FIELD_LABELS.to} message={msg("to")} register={register} />
            )}
            <button type="button" className="btn-link" onClick={() => remove(i)}>
              {FIELD_LABELS.remove}
            </button>
          </fieldset>
        );
      })}
      <button type="button" className="btn-secondary w-full" onClick={() => append({ ...EMPTY_MEDICAL_ROW })}>
        ＋ {FIELD_LABELS.addMedical}
      </button>
    </div>
  );
}
