import { Controller, useFieldArray, type Control } from "react-hook-form";
import { CHOICES, FIELD_LABELS } from "../../content/zh-CN/questions";
import type { PensionRow } from "../../interview/form-values";
import { PROVINCES } from "../../policy/data/regions";
import { FieldError, errorId } from "./field-error";
import { RowChoice } from "./row-inputs";
import { messageAt, type FieldProps } from "./types";
import { asText } from "../../lib/as-text";

const SCHEMES = (["staff", "resident"] as const).map((value) => ({
  value,
  label: CHOICES.pensionScheme?.[value]?.label ?? "",
}));

const EMPTY: PensionRow = { scheme: "staff", province: "", years: "", temporary: false };

/** Pension history: one row per province and scheme, in order; rows can be added, removed and moved. */
export function PensionListField({ name, control, register, errors }: FieldProps) {
  // The list lives under `name` in a form whose other fields are not known here.
  const listControl = control as unknown as Control<{ rows: PensionRow[] }>;
  const { fields, append, remove, swap } = useFieldArray({ control: listControl, name: name as "rows" });
  return (
    <div id={`field-${name}`} className="space-y-4">
      <FieldError name={name} message={messageAt(errors, name)} />
      {fields.map((field, i) => {
        const at = (k: string) => `${name}.${i}.${k}`;
        const msg = (k: string) => messageAt(errors, at(k));
        return (
          <fieldset key={field.id} className="card space-y-3">
            <legend className="px-1 font-bold">第 {i + 1} 段养老保险</legend>
            <RowChoice
              path={at("scheme")}
              label={FIELD_LABELS.pensionScheme}
              message={msg("scheme")}
              register={register}
              choices={SCHEMES}
            />
            <div>
              <label htmlFor={`field-${at("province")}`} className="mb-1 block font-bold">
                {FIELD_LABELS.pensionProvince}
              </label>
              <FieldError name={at("province")} message={msg("province")} />
              <Controller
                name={at("province")}
                control={control}
                render={({ field: p }) => (
                  <select
                    id={`field-${at("province")}`}
                    className="min-h-12 w-full rounded-lg border-2 border-gray-500 bg-white p-2"
                    value={asText(p.value)}
                    aria-invalid={!!msg("province") || undefined}
                    aria-describedby={msg("province") ? errorId(at("province")) : undefined}
                    onChange={p.onChange}
                  >
                    <option value="">请选择省份</option>
                    {PROVINCES.map((x) => (
                      <option key={x.code} value={x.code}>
                        {x.name}
                      </option>
                    ))}
                  </select>
                )}
              />
            </div>
            <label className="block">
              <span className="mb-1 block font-bold">{FIELD_LABELS.years}</span>
              <FieldError name={at("years")} message={msg("years")} />
              <span className="flex items-center gap-2">
                <input
                  id={`field-${at("years")}`}
                  type="text"
                  inputMode="decimal"
                  className="min-h-12 w-28 rounded-lg border-2 border-gray-500 bg-white p-2"
                  aria-invalid={!!msg("years") || undefined}
                  aria-describedby={msg("years") ? errorId(at("years")) : undefined}
                  {...register(at("years"))}
                />
                {FIELD_LABELS.yearsUnit}
              </span>
            </label>
            <label className="flex min-h-11 items-center gap-2">
              <input type="checkbox" className="size-6 accent-blue-800" {...register(at("temporary"))} />
              {FIELD_LABELS.temporary}
            </label>
            <div className="flex flex-wrap gap-4">
              {i > 0 && (
                <button type="button" className="btn-link" onClick={() => swap(i, i - 1)}>
                  ↑ {FIELD_LABELS.moveUp}
                </button>
              )}
              {i < fields.length - 1 && (
                <button type="button" className="btn-link" onClick={() => swap(i, i + 1)}>
                  ↓ {FIELD_LABELS.moveDown}
                </button>
              )}
              <button type="button" className="btn-link" onClick={() => remove(i)}>
                {FIELD_LABELS.remove}
              </button>
            </div>
          </fieldset>
        );
      })}
      <button type="button" className="btn-secondary w-full" onClick={() => append({ ...EMPTY })}>
        ＋ {FIELD_LABELS.addPension}
      </button>
    </div>
  );
}
