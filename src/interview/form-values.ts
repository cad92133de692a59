/**
 * Form fields are strings; the answers are not. This turns a step's form values into the part of the
 * answers it owns (empty → absent, "12" → 12, "现在还在交" → no end date, "2019年1月" → "2019-01"), and
 * back.
 */
import type { Member } from "../policy/answers";
import type { Draft } from "./draft";
import {
  memberToRow,
  rowToMember,
  unansweredOnCard,
  type MemberQuestion,
  type MemberRow,
} from "./member-rows";
import { stepKeys, type StepDef } from "./steps";
import { asText } from "../lib/as-text";

export type FormValues = Record<string, unknown>;
export type { MemberRow } from "./member-rows";

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

export const EMPTY_MEDICAL_ROW: MedicalRow = {
  scheme: "",
  province: "",
  city: "",
  from: "",
  to: "",
  ongoing: true,
};

const blank = (v: unknown) => v === undefined || v === null || v === "";

/** Full-width digits and punctuation (typed with a Chinese keyboard) as plain ones. */
function halfWidth(text: string): string {
  return text
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[。．]/g, ".")
    .replace(/[－—]/g, "-")
    .replace(/[／]/g, "/");
}

/**
 * A month as people type it where the phone has no month picker: 2019-01, 2019-1, 2019.1, 2019/1,
 * 2019年1月, 201901 → "2019-01". A day (2019-01-15) stays a day. Anything else is returned as typed, for
 * the schema to refuse with its message.
 */
export function normaliseMonth(text: string): string {
  const s = halfWidth(text).replace(/\s+/g, "");
  const m = /^(\d{4})[-./年](\d{1,2})月?$/.exec(s) ?? /^(\d{4})(\d{2})$/.exec(s);
  return m ? `${m[1]}-${(m[2] ?? "").padStart(2, "0")}` : s;
}

/** Years of contributions as typed: "3.5", "３．５", "3。5", "3,5" → "3.5". */
export function normaliseYears(text: string): string {
  return halfWidth(text).replace(/[,，]/g, ".").replace(/\s+/g, "");
}

function medicalToAnswer(row: MedicalRow): Record<string, unknown> {
  const from = normaliseMonth(asText(row.from));
  const to = normaliseMonth(asText(row.to));
  return {
    scheme: blank(row.scheme) ? undefined : row.scheme,
    city: blank(row.city) ? undefined : row.city,
    from: blank(from) ? undefined : from,
    ...(row.ongoing || blank(to) ? {} : { to }),
  };
}

function pensionToAnswer(row: PensionRow): Record<string, unknown> {
  const years = normaliseYears(asText(row.years));
  return {
    scheme: blank(row.scheme) ? undefined : row.scheme,
    province: blank(row.province) ? undefined : row.province,
    years: years === "" ? undefined : Number(years),
    ...(row.temporary ? { temporary: true } : {}),
  };
}

/** A day or month in the answers as the month inputs show it (they hold months only). */
const asMonth = (value: string | undefined) => (value ?? "").slice(0, 7);

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
    else if (key === "household")
      out.household = ((value as MemberRow[] | undefined) ?? []).map((row) => rowToMember(row, draft));
    else if (key === "plannedStart") out[key] = blank(value) ? undefined : normaliseMonth(asText(value));
    else if (key === "originalRetirementAge") out[key] = blank(value) ? undefined : Number(value);
    else out[key] = blank(value) ? undefined : value;
  }
  for (const def of step.fields) {
    if (def.when && !def.when({ ...draft, ...out })) out[def.name] = undefined;
  }
  // No family listed is no household at all (the answers leave it out).
  if (Array.isArray(out.household) && out.household.length === 0) out.household = undefined;
  return out;
}

/** Answers → form values, for a step's default values (a field's `initial` when it has no answer yet). */
export function answersToForm(step: StepDef, draft: Draft): FormValues {
  const values: FormValues = {};
  for (const name of stepKeys(step)) {
    if (name === "medical") {
      values.medical = (draft.medical ?? []).map<MedicalRow>((e) => ({
        scheme: e.scheme,
        province: `${e.city.slice(0, 2)}0000`,
        city: e.city,
        from: asMonth(e.from),
        to: asMonth(e.to),
        ongoing: e.to === undefined,
      }));
    } else if (name === "pension") {
      values.pension = (draft.pension ?? []).map<PensionRow>((e) => ({
        scheme: e.scheme,
        province: e.province,
        years: String(e.years),
        temporary: e.temporary === true,
      }));
    } else if (name === "household") {
      values.household = (draft.household ?? []).map((m: Member) => memberToRow(m, draft));
    } else if (name === "plannedStart") {
      values.plannedStart = asMonth(draft.plannedStart);
    } else {
      const initial = step.fields.find((f) => f.name === name)?.initial?.(draft);
      values[name] = asText(draft[name as keyof Draft]) || (initial ?? "");
    }
  }
  return values;
}

/**
 * Questions shown on the form and left unanswered that the answers cannot tell from "none" (a family
 * member's insurance, their own hukou…): the form asks for them. `path` is the field's place in the
 * form's errors ("household.0.insured").
 */
export function unansweredQuestions(
  step: StepDef,
  values: FormValues,
  draft: Draft,
): { path: string; question: MemberQuestion }[] {
  const shown = step.fields.some(
    (f) =>
      f.kind === "household-list" && (!f.when || f.when({ ...draft, ...formToAnswers(step, values, draft) })),
  );
  if (!shown) return [];
  const rows = (values.household as MemberRow[] | undefined) ?? [];
  return rows.flatMap((row, i) =>
    unansweredOnCard(row, draft).map((question) => ({ path: `household.${i}.${question}`, question })),
  );
}
