/**
 * The wizard as a declarative graph, in the manner of GOV.UK Smart Answers: each step names its fields,
 * validates with the part of the answers schema it owns, and says which step comes next. Routing only:
 * no policy here. Texts live in src/content/zh-CN/questions.ts under the same ids.
 */
import * as z from "zod/mini";
import { todayInChina } from "../lib/dates";
import { Answers, AnswersObject } from "../policy/answers";
import type { Draft } from "./draft";
import { QUICK, type QuickAnswer } from "./quick-answers";
import { asksPension, isChildAnswer, isLocal, memberRelations, needsStart } from "./who";

export { isChildAnswer } from "./who";

export const STEP_IDS = [
  "city",
  "hukou",
  "work",
  "about",
  "permit",
  "household",
  "schooling",
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
  | "month"
  | "pension-list"
  | "household-list";

export interface FieldDef {
  name: keyof Answers;
  /** A second answer the same control sets (the hukou picker sets the province with the city). */
  companion?: keyof Answers;
  kind: FieldKind;
  /** For choice fields: the values, in the order shown. */
  options?: readonly string[];
  optional?: boolean;
  /** Shown only when this holds for the answers so far (the draft with this step's current values). */
  when?: (a: Draft) => boolean;
  /** The form's value before the question was ever answered (a sensible default to confirm with one tap). */
  initial?: (a: Draft) => string;
}

export interface StepDef {
  id: StepId;
  fields: readonly FieldDef[];
  schema: z.ZodMiniType<Record<string, unknown>, Record<string, unknown>>;
  next: (a: Draft) => Next;
  /**
   * What this step's answers are when a person's path does not pass through it: the one place where a
   * skipped question gets its value (undefined: left out). Every step that some path skips has it, and
   * the path test (steps.paths.test.ts) proves that every path then ends in answers the schema accepts.
   */
  whenSkipped?: Partial<Record<keyof Answers, unknown>>;
  /** Which wording of the question fits these answers (content/zh-CN/questions.ts), when it has several. */
  variant?: (a: Draft) => QuestionVariant | undefined;
  /**
   * Buttons that answer the whole step at once and go on (quick-answers.ts): the common cases in one tap.
   * Their values must pass the step's schema (steps.test.ts checks every one).
   */
  quick?: (a: Draft) => QuickAnswer[];
  /**
   * While quick answers are offered, the fields stay closed behind “别的情况，我来填”, which opens them
   * with one empty row (the medical history: most people fit a quick answer).
   */
  quickFirst?: boolean;
}

/**
 * "child": the question is put to (or about) a child, e.g. the 居住证 is the parents'.
 * "listed": a list step that already holds entries (its quick answers are not offered then).
 */
export type QuestionVariant = "child" | "listed";

const isFemale = (a: Draft) => a.sex === "female";
const afterMedical = (a: Draft): Next => (needsStart(a) ? "start" : asksPension(a) ? "pension" : "care");

/**
 * The household's own checks, beyond each member's schema: a member's hukou is both province and city or
 * neither (then it is the person's), the city lies in the province, nobody is born after today, and a
 * person has one spouse.
 */
const householdChecks = z.superRefine<{ household?: Answers["household"] }>((a, ctx) => {
  const members = a.household ?? [];
  const thisMonth = todayInChina().slice(0, 7);
  members.forEach((m, i) => {
    const at = (key: string) => ["household", i, key];
    if (m.hukouProvince !== undefined && m.hukouCity === undefined)
      ctx.addIssue({ code: "custom", message: "请选择户口所在的城市", path: at("hukouCity"), input: m });
    else if (m.hukouCity !== undefined && m.hukouCity.slice(0, 2) !== m.hukouProvince?.slice(0, 2))
      ctx.addIssue({
        code: "custom",
        message: "户籍城市不在所选省份里，请重新选择",
        path: at("hukouCity"),
        input: m,
      });
    if (m.birth > thisMonth)
      ctx.addIssue({ code: "custom", message: "出生年月不能晚于今天", path: at("birth"), input: m });
  });
  const spouses = members.filter((m) => m.relation === "spouse").length;
  if (spouses > 1)
    ctx.addIssue({ code: "custom", message: "配偶只能填一位", path: ["household"], input: members });
});

export const STEPS: Readonly<Record<StepId, StepDef>> = {
  city: {
    id: "city",
    fields: [{ name: "city", kind: "city" }],
    schema: z.pick(AnswersObject, { city: true }),
    quick: QUICK.city,
    next: () => "hukou",
  },
  hukou: {
    id: "hukou",
    fields: [{ name: "hukouCity", companion: "hukouProvince", kind: "hukou" }],
    schema: z.pick(AnswersObject, { hukouProvince: true, hukouCity: true }).check(
      z.refine((a) => a.hukouCity.slice(0, 2) === a.hukouProvince.slice(0, 2), {
        error: "户籍城市不在所选省份里，请重新选择",
        path: ["hukouCity"],
      }),
    ),
    next: () => "work",
    quick: QUICK.hukou,
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
    next: (a) => (isLocal(a) ? "household" : "permit"),
  },
  permit: {
    id: "permit",
    fields: [{ name: "residencePermit", kind: "choice", options: ["yes", "applying", "no"] }],
    variant: (a) => (isChildAnswer(a) ? "child" : undefined),
    schema: z.pick(AnswersObject, { residencePermit: true }).check(
      z.refine((a) => a.residencePermit !== undefined, {
        error: "请回答这个问题",
        path: ["residencePermit"],
      }),
    ),
    next: () => "household",
    whenSkipped: { residencePermit: undefined },
  },
  household: {
    id: "household",
    fields: [
      {
        name: "livingWith",
        kind: "choice",
        options: ["none", "children", "parents"],
        initial: (a) => (isChildAnswer(a) ? "parents" : "none"),
      },
      {
        name: "household",
        kind: "household-list",
        optional: true,
        when: (a) => memberRelations(a).length > 0,
      },
    ],
    schema: z.pick(AnswersObject, { livingWith: true, household: true }).check(householdChecks),
    next: (a) => (isChildAnswer(a) ? "schooling" : "medical"),
  },
  schooling: {
    id: "schooling",
    fields: [{ name: "schooling", kind: "choice", options: ["school", "kindergarten", "none"] }],
    schema: z
      .pick(AnswersObject, { schooling: true })
      .check(z.refine((a) => a.schooling !== undefined, { error: "请回答这个问题", path: ["schooling"] })),
    next: () => "medical",
    whenSkipped: { schooling: undefined },
  },
  medical: {
    id: "medical",
    fields: [{ name: "medical", kind: "medical-list" }],
    schema: z.pick(AnswersObject, { medical: true }),
    next: afterMedical,
    variant: (a) => ((a.medical ?? []).length > 0 ? "listed" : undefined),
    quick: QUICK.medical,
    quickFirst: true,
  },
  start: {
    id: "start",
    fields: [{ name: "plannedStart", kind: "month", optional: true }],
    schema: z.pick(AnswersObject, { plannedStart: true }),
    next: (a) => (asksPension(a) ? "pension" : "care"),
    whenSkipped: { plannedStart: undefined },
  },
  pension: {
    id: "pension",
    fields: [{ name: "pension", kind: "pension-list" }],
    schema: z.pick(AnswersObject, { pension: true }),
    next: () => "care",
    quick: QUICK.pension,
    whenSkipped: { pension: [] },
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
/** The answers a step owns: each field's name and its companion. */
export function stepKeys(step: StepDef): (keyof Answers)[] {
  return step.fields.flatMap((f) => (f.companion ? [f.companion, f.name] : [f.name]));
}

export function stepValues(step: StepDef, a: Draft): Record<string, unknown> {
  return Object.fromEntries(stepKeys(step).map((k) => [k, a[k]]));
}

export function stepComplete(step: StepDef, a: Draft): boolean {
  return z.safeParse(step.schema, stepValues(step, a)).success;
}

/** The first step on the path that is not yet answered validly; "result" when all are. */
export function firstIncomplete(a: Draft): Next {
  return pathFor(a).find((id) => !stepComplete(STEPS[id], a)) ?? "result";
}

export type Completed = { ok: true; answers: Answers } | { ok: false; next: Next };

/**
 * The answers for the result: the draft as the person's path leaves it. Steps off the path give their
 * `whenSkipped` values (answers left from an earlier path are dropped), so a path that ends is a result.
 */
export function completeAnswers(draft: Draft): Completed {
  const onPath = new Set(pathFor(draft));
  const full: Record<string, unknown> = { ...draft };
  for (const id of STEP_IDS) {
    const skipped = STEPS[id].whenSkipped;
    if (onPath.has(id) || !skipped) continue;
    for (const key of stepKeys(STEPS[id])) {
      if (skipped[key] === undefined) delete full[key];
      else full[key] = skipped[key];
    }
  }
  const parsed = Answers.safeParse(full);
  if (parsed.success) return { ok: true, answers: parsed.data };
  const next = firstIncomplete(draft);
  if (next !== "result") return { ok: false, next };
  // Every step on the path is valid on its own, but the whole is not: send the person to the step that
  // owns the first field in question (never back to the result, which would be a loop).
  const key = parsed.error.issues[0]?.path[0];
  const owner = pathFor(draft).find((id) => stepKeys(STEPS[id]).some((k) => k === key));
  return { ok: false, next: owner ?? FIRST_STEP };
}

export function previousStep(a: Draft, id: StepId): StepId | undefined {
  const path = pathFor(a);
  const i = path.indexOf(id);
  return i > 0 ? path[i - 1] : undefined;
}
