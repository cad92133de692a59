import { useEffect, useRef, useState } from "react";
import { Controller } from "react-hook-form";
import { CHOICES, HOUSEHOLD } from "../../content/zh-CN/questions";
import type { Draft } from "../../interview/draft";
import { asksMemberPermit, isAdultRow, usualInsuredCity, type MemberRow } from "../../interview/member-rows";
import { findCity } from "../../policy/data/regions";
import { asText } from "../../lib/as-text";
import { BirthField } from "./birth-field";
import { FieldError, errorId } from "./field-error";
import { RegionSelect } from "./region-select";
import { RowChoice } from "./row-inputs";
import { messageAt, type FieldProps } from "./types";

const choices = (key: string, values: readonly string[]) =>
  values.map((value) => ({ value, label: CHOICES[key]?.[value]?.label ?? value }));

const SEXES = choices("sex", ["male", "female"]);
const PERMITS = choices("residencePermit", ["yes", "applying", "no"]);
const SCHOOLING = choices("schooling", ["school", "kindergarten", "none"]);
const INSURED = (["none", "resident", "staff"] as const).map((value) => ({
  value,
  label: HOUSEHOLD.insuredChoices[value],
}));
const WORK = Object.entries(CHOICES.work ?? {}).map(([value, t]) => ({
  value,
  label: t.hint ? `${t.label}（${t.hint}）` : t.label,
}));

interface CardProps extends Omit<FieldProps, "name"> {
  /** "household.0" */
  path: string;
  row: MemberRow;
  title: string;
  draft: Draft;
  onRemove: () => void;
}

/** Where their insurance is: the usual place, shown, with a way to pick another. */
function InsuredPlace({
  path,
  row,
  draft,
  control,
  errors,
}: Omit<CardProps, "title" | "onRemove" | "register">) {
  const [choosing, setChoosing] = useState(() => row.insuredCity !== "");
  const lists = useRef<HTMLFieldSetElement>(null);
  const opened = useRef(false);
  useEffect(() => {
    // Opened by “换一个城市”, whose button is gone: the focus goes to the first list.
    if (choosing && opened.current) lists.current?.querySelector("select")?.focus();
  }, [choosing]);
  // Errors and the summary's link name the answer's place: household.0.insured.city.
  const name = `${path}.insured.city`;
  const message = messageAt(errors, name);
  const usual = usualInsuredCity(row, draft);
  return (
    <Controller
      name={`${path}.insuredCity`}
      control={control}
      render={({ field }) =>
        choosing ? (
          <fieldset ref={lists}>
            <legend className="mb-1 font-bold">{HOUSEHOLD.insuredPick}</legend>
            <FieldError name={name} message={message} />
            <RegionSelect
              city={asText(field.value)}
              onCity={field.onChange}
              name={name}
              invalid={!!message}
            />
          </fieldset>
        ) : (
          <div>
            <FieldError name={name} message={message} />
            <p className="flex flex-wrap items-center gap-x-3">
              <span>
                {HOUSEHOLD.insuredWhere}
                <strong>{usual ? (findCity(usual)?.short ?? usual) : HOUSEHOLD.insuredUnknownCity}</strong>
              </span>
              <button
                id={`field-${name}`}
                type="button"
                className="btn-link"
                aria-describedby={message ? errorId(name) : undefined}
                onClick={() => {
                  // The lists start on the usual place; a city left unpicked there is still the usual one.
                  field.onChange(usual ?? "");
                  opened.current = true;
                  setChoosing(true);
                }}
              >
                {HOUSEHOLD.changeCity}
              </button>
            </p>
          </div>
        )
      }
    />
  );
}

/** One family member: a few questions each, only those that apply to them. */
export function MemberCard({ path, row, title, draft, control, register, errors, onRemove }: CardProps) {
  const at = (k: string) => `${path}.${k}`;
  const msg = (k: string) => messageAt(errors, at(k));
  const adult = isAdultRow(row);
  const insured = row.insured === "resident" || row.insured === "staff";
  return (
    <fieldset className="card space-y-4">
      <legend className="px-1 text-lg font-bold">{title}</legend>
      <BirthField name={at("birth")} control={control} register={register} errors={errors} />
      {adult && (
        <RowChoice
          path={at("sex")}
          label={HOUSEHOLD.sex}
          message={msg("sex")}
          register={register}
          choices={SEXES}
        />
      )}
      {adult && (
        <div>
          <label htmlFor={`field-${at("work")}`} className="mb-1 block font-bold">
            {HOUSEHOLD.work}
          </label>
          <FieldError name={at("work")} message={msg("work")} />
          <select
            id={`field-${at("work")}`}
            className="min-h-12 w-full rounded-lg border-2 border-gray-500 bg-white p-2"
            aria-invalid={!!msg("work") || undefined}
            aria-describedby={msg("work") ? errorId(at("work")) : undefined}
            {...register(at("work"))}
          >
            <option value="">{HOUSEHOLD.choose}</option>
            {WORK.map((w) => (
              <option key={w.value} value={w.value}>
                {w.label}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="space-y-2">
        <label className="flex min-h-11 items-center gap-2">
          <input type="checkbox" className="size-6 accent-blue-800" {...register(at("sameHukou"))} />
          {HOUSEHOLD.sameHukou}
        </label>
        {!row.sameHukou && (
          <fieldset>
            <legend className="mb-1 font-bold">{HOUSEHOLD.hukou}</legend>
            <FieldError name={at("hukouCity")} message={msg("hukouCity") ?? msg("hukouProvince")} />
            <Controller
              name={at("hukouProvince")}
              control={control}
              render={({ field: province }) => (
                <Controller
                  name={at("hukouCity")}
                  control={control}
                  render={({ field: city }) => (
                    <RegionSelect
                      city={asText(city.value)}
                      onCity={city.onChange}
                      province={asText(province.value)}
                      onProvince={province.onChange}
                      name={at("hukouCity")}
                      provinceName={at("hukouProvince")}
                      invalid={!!(msg("hukouCity") ?? msg("hukouProvince"))}
                    />
                  )}
                />
              )}
            />
          </fieldset>
        )}
      </div>
      {asksMemberPermit(row, draft) && (
        <RowChoice
          path={at("residencePermit")}
          label={HOUSEHOLD.permit}
          message={msg("residencePermit")}
          register={register}
          choices={PERMITS}
        />
      )}
      {!adult && (
        <RowChoice
          path={at("schooling")}
          label={HOUSEHOLD.schooling}
          message={msg("schooling")}
          register={register}
          choices={SCHOOLING}
        />
      )}
      <RowChoice
        path={at("insured")}
        label={HOUSEHOLD.insured}
        message={msg("insured")}
        register={register}
        choices={INSURED}
      />
      {insured && <InsuredPlace path={path} row={row} draft={draft} control={control} errors={errors} />}
      <button type="button" className="btn-link" onClick={onRemove}>
        {HOUSEHOLD.remove(title)}
      </button>
    </fieldset>
  );
}
