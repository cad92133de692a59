import { Controller, useFieldArray, type Control, useWatch } from "react-hook-form";
import { CHOICES, FIELD_LABELS } from "../../content/zh-CN/questions";
import type { MedicalRow } from "../../interview/form-values";
import { FieldError, errorId } from "./field-error";
import { RegionSelect } from "./region-select";
import { messageAt, type FieldProps } from "./types";
import { asText } from "../../lib/as-text";

const EMPTY: MedicalRow = { scheme: "", province: "", city: "", from: "", to: "", ongoing: true };

/** Medical-insurance history: a short list of enrolments, each with scheme, city, from and to. */
export function MedicalListField({ name, control, register, errors }: FieldProps) {
  // The list lives under `name` in a form whose other fields are not known here.
  const listControl = control as unknown as Control<{ rows: MedicalRow[] }>;
  const { fields, append, remove } = useFieldArray({ control: listControl, name: name as "rows" });
  const rows = useWatch({ control, name }) as MedicalRow[] | undefined;
  const listMessage = messageAt(errors, name);
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
            <div>
              <span className="mb-1 block font-bold">{FIELD_LABELS.scheme}</span>
              <FieldError name={at("scheme")} message={msg("scheme")} />
              <div
                id={`field-${at("scheme")}`}
                className="flex flex-wrap gap-2"
                role="radiogroup"
                aria-label={FIELD_LABELS.scheme}
              >
                {(["staff", "resident"] as const).map((s) => (
                  <label
                    key={s}
                    className="flex min-h-12 items-center gap-2 rounded-lg border-2 border-gray-400 px-3 has-checked:border-blue-800 has-checked:bg-blue-50"
                  >
                    <input
                      type="radio"
                      value={s}
                      aria-invalid={!!msg("scheme") || undefined}
                      aria-describedby={msg("scheme") ? errorId(at("scheme")) : undefined}
                      {...register(at("scheme"))}
                      className="size-6 accent-blue-800"
                    />
                    {CHOICES.scheme?.[s]?.label}
                  </label>
                ))}
              </div>
            </div>
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
                  />
                )}
              />
            </div>
            <label className="block">
              <span className="mb-1 block font-bold">{FIELD_LABELS.from}</span>
              <FieldError name={at("from")} message={msg("from")} />
              <input
                id={`field-${at("from")}`}
                type="date"
                className="min-h-12 rounded-lg border-2 border-gray-500 bg-white p-2"
                aria-invalid={!!msg("from") || undefined}
                aria-describedby={msg("from") ? errorId(at("from")) : undefined}
                {...register(at("from"))}
              />
            </label>
            <label className="flex min-h-11 items-center gap-2">
              <input type="checkbox" className="size-6 accent-blue-800" {...register(at("ongoing"))} />
              {FIELD_LABELS.stillEnrolled}
            </label>
            {!ongoing && (
              <label className="block">
                <span className="mb-1 block font-bold">{FIELD_LABELS.to}</span>
                <FieldError name={at("to")} message={msg("to")} />
                <input
                  id={`field-${at("to")}`}
                  type="date"
                  className="min-h-12 rounded-lg border-2 border-gray-500 bg-white p-2"
                  aria-invalid={!!msg("to") || undefined}
                  aria-describedby={msg("to") ? errorId(at("to")) : undefined}
                  {...register(at("to"))}
                />
              </label>
            )}
            <button type="button" className="btn-link" onClick={() => remove(i)}>
              {FIELD_LABELS.remove}
            </button>
          </fieldset>
        );
      })}
      <button type="button" className="btn-secondary w-full" onClick={() => append({ ...EMPTY })}>
        ＋ {FIELD_LABELS.addMedical}
      </button>
    </div>
  );
}
