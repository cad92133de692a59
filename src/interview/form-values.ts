/**
 * Form fields are strings; the answers are not. This turns a step's form values into the part of the
 * answers it owns (empty → absent, "12" → 12, "现在还在交" → no end date), and back.
 */
import type { Draft } from "./draft";
import { stepKeys, type StepDef } from "./steps";
import { asText } from "../lib/as-text";

export type FormValues = Record<string, unknown>;

export interface MedicalRow {
  scheme: string;
  province: string;
  city: string;
  from: string;
  to: string;
  ongoing: boolean;
}

export interface PensionRow {
  scheme: string;
  province: string;
  years: string;
  temporary: boolean;
}

const blank = (v: unknown) => v === undefined || v === null || v === "";

function medicalToAnswer(row: MedicalRow): Record<string, unknown> {
  return {
    scheme: blank(row.scheme) ? undefined : row.scheme,
    city: blank(row.city) ? undefined : row.city,
    from: blank(row.from) ? undefined : row.from,
    ...(row.ongoing || blank(row.to) ? {} : { to: row.to }),
  };
}

function pensionToAnswer(row: PensionRow): Record<string, unknown> {
  const years = String(row.years ?? "").trim();
  return {
    scheme: blank(row.scheme) ? undefined : row.scheme,
    province: blank(row.province) ? undefined : row.province,
    years: years === "" ? undefined : Number(years),
    ...(row.temporary ? { temporary: true } : {}),
  };
}

/**
 * Form → answers (the step's fields only; a field left empty becomes undefined, and so does a field
 * whose `when` does not hold for these answers, as it is not shown).
 */
export function formToAnswers(step: StepDef, values: FormValues, draft: Draft = {}): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(values)) {
    if (key === "medical") out.medical = ((value as MedicalRow[] | undefined) ?? []).map(medicalToAnswer);
    else if (key === "pension")
      out.pension = ((value as PensionRow[] | undefined) ?? []).map(pensionToAnswer);
    else if (key === "originalRetirementAge") out[key] = blank(value) ? undefined : Number(value);
    else out[key] = blank(value) ? undefined : value;
  }
  for (const def of step.fields) {
    if (def.when && !def.when({ ...draft, ...out })) out[def.name] = undefined;
  }
  return out;
}

/** Answers → form values, for a step's default values. */
export function answersToForm(step: StepDef, draft: Draft): FormValues {
  const values: FormValues = {};
  const names = stepKeys(step);
  for (const name of names) {
    if (name === "medical") {
      values.medical = (draft.medical ?? []).map<MedicalRow>((e) => ({
        scheme: e.scheme,
        province: `${e.city.slice(0, 2)}0000`,
        city: e.city,
        from: e.from ?? "",
        to: e.to ?? "",
        ongoing: e.to === undefined,
      }));
    } else if (name === "pension") {
      values.pension = (draft.pension ?? []).map<PensionRow>((e) => ({
        scheme: e.scheme,
        province: e.province,
        years: String(e.years),
        temporary: e.temporary === true,
      }));
    } else {
      const v = draft[name as keyof Draft];
      values[name] = asText(v);
    }
  }
  return values;
}
