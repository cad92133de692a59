/**
 * The wizard as a declarative graph, in the manner of GOV.UK Smart Answers: each step names its fields,
 * validates with the part of the answers schema it owns, and says which step comes next. Routing only:
 * no policy here. Texts live in src/content/zh-CN/questions.ts under the same ids.
 */
import * as z from "zod/mini";
import { todayInChina } from "../lib/dates";
import { AnswersObject, type Answers } from "../policy/answers";
import type { Draft } from "./draft";

export const STEP_IDS = [
  "city",
  "hukou",
  "permit",
  "work",
  "about",
  "household",
  "medical",
  "start",
  "pension",
  "care",
] as const;
export type StepId = (typeof STEP_IDS)[number];
export type Next = StepId | "result";

export type FieldKind =
  | "choice"
  | "city"
  | "hukou"
  | "birth"
  | "sex"
  | "retirement-category"
  | "medical-list"
  | "date"
  | "pension-list";

export interface FieldDef {
  name: keyof Answers;
  kind: FieldKind;
  /** For choice fields: the values, in the order shown. */
  options?: readonly string[];
  optional?: boolean;
  /** Shown only when this holds for the answers so far. */
  when?: (a: Draft) => boolean;
}

export interface StepDef {
  id: StepId;
  fields: readonly FieldDef[];
  schema: z.ZodMiniType<Record<string, unknown>, Record<string, unknown>>;
  next: (a: Draft) => Next;
}

const isLocal = (a: Draft) => a.city !== undefined && a.city === a.hukouCity;
const hasEndedEnrolment = (a: Draft) => (a.medical ?? []).length > 0;
/** Pension questions are for people who work or have worked; not for students and children. */
const asksPension = (a: Draft) => a.work !== "student";
const isFemale = (a: Draft) => a.sex === "female";

export const STEPS: Readonly<Record<StepId, StepDef>> = {
  city: {
    id: "city",
    fields: [{ name: "city", kind: "city" }],
    schema: z.pick(AnswersObject, { city: true }),
    next: () => "hukou",
  },
  hukou: {
    id: "hukou",
    fields: [{ name: "hukouCity", kind: "hukou" }],
    schema: z.pick(AnswersObject, { hukouProvince: true, hukouCity: true }).check(
      z.refine((a) => a.hukouCity.slice(0, 2) === a.hukouProvince.slice(0, 2), {
        error: "户籍城市不在所选省份里，请重新选择",
        path: ["hukouCity"],
      }),
    ),
    next: (a) => (isLocal(a) ? "work" : "permit"),
  },
  permit: {
    id: "permit",
    fields: [{ name: "residencePermit", kind: "choice", options: ["yes", "applying", "no"] }],
    schema: z.pick(AnswersObject, { residencePermit: true }),
    next: () => "work",
  },
  work: {
    id: "work",
    fields: [
      {
        name: "work",
        kind: "choice",
        options: ["employee", "flexible", "platform", "construction", "none", "retired", "student"],
      },
    ],
    schema: z.pick(AnswersObject, { work: true }),
    next: () => "about",
  },
  about: {
    id: "about",
    fields: [
      { name: "birth", kind: "birth" },
      { name: "sex", kind: "sex", optional: true },
      { name: "originalRetirementAge", kind: "retirement-category", optional: true, when: isFemale },
    ],
    schema: z.pick(AnswersObject, { birth: true, sex: true, originalRetirementAge: true }).check(
      z.refine((a) => a.birth !== undefined, { error: "请选择出生年月", path: ["birth"] }),
      z.refine((a) => a.birth === undefined || a.birth <= todayInChina().slice(0, 7), {
        error: "出生年月不能晚于今天",
        path: ["birth"],
      }),
    ),
    next: () => "household",
  },
  household: {
    id: "household",
    fields: [{ name: "livingWith", kind: "choice", options: ["none", "children", "parents"] }],
    schema: z.pick(AnswersObject, { livingWith: true }),
    next: () => "medical",
  },
  medical: {
    id: "medical",
    fields: [{ name: "medical", kind: "medical-list" }],
    schema: z.pick(AnswersObject, { medical: true }),
    next: (a) => (hasEndedEnrolment(a) ? "start" : asksPension(a) ? "pension" : "care"),
  },
  start: {
    id: "start",
    fields: [{ name: "plannedStart", kind: "date", optional: true }],
    schema: z.pick(AnswersObject, { plannedStart: true }),
    next: (a) => (asksPension(a) ? "pension" : "care"),
  },
  pension: {
    id: "pension",
    fields: [{ name: "pension", kind: "pension-list" }],
    schema: z.pick(AnswersObject, { pension: true }),
    next: () => "care",
  },
  care: {
    id: "care",
    fields: [{ name: "careAway", kind: "choice", options: ["none", "long_term", "temporary"] }],
    schema: z.pick(AnswersObject, { careAway: true }),
    next: () => "result",
  },
};

export const FIRST_STEP: StepId = "city";

export function isStepId(value: string | undefined): value is StepId {
  return value !== undefined && (STEP_IDS as readonly string[]).includes(value);
}

/** The steps this person passes through, in order, given the answers so far. */
export function pathFor(a: Draft): StepId[] {
  const path: StepId[] = [];
  let id: Next = FIRST_STEP;
  while (id !== "result" && !path.includes(id)) {
    path.push(id);
    id = STEPS[id].next(a);
  }
  return path;
}

/** The values a step's schema checks, taken from the draft (a field left empty stays undefined). */
export function stepValues(step: StepDef, a: Draft): Record<string, unknown> {
  const keys = step.id === "hukou" ? ["hukouProvince", "hukouCity"] : step.fields.map((f) => f.name);
  return Object.fromEntries(keys.map((k) => [k, a[k as keyof Answers]]));
}

export function stepComplete(step: StepDef, a: Draft): boolean {
  return z.safeParse(step.schema, stepValues(step, a)).success;
}

/** The first step on the path that is not yet answered validly; "result" when all are. */
export function firstIncomplete(a: Draft): Next {
  return pathFor(a).find((id) => !stepComplete(STEPS[id], a)) ?? "result";
}

export function previousStep(a: Draft, id: StepId): StepId | undefined {
  const path = pathFor(a);
  const i = path.indexOf(id);
  return i > 0 ? path[i - 1] : undefined;
}
