import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { daysInMonth, todayInChina } from "../lib/dates";
import { advise } from "../policy/advise";
import { CITIES, PROVINCES } from "../policy/data/regions";
import { adviceProblems } from "../policy/testing";
import { sanitizeDraft, type Draft } from "./draft";
import { adviseHousehold } from "../policy/advise";
import {
  formToAnswers,
  unansweredQuestions,
  type FormValues,
  type MedicalRow,
  type MemberRow,
  type PensionRow,
} from "./form-values";
import { asksMemberPermit, isAdultRow, newMemberRow } from "./member-rows";
import { memberRelations } from "./who";
import {
  FIRST_STEP,
  STEPS,
  STEP_IDS,
  completeAnswers,
  firstIncomplete,
  pathFor,
  stepKeys,
  type FieldDef,
  type Next,
  type StepDef,
  type StepId,
} from "./steps";

/**
 * The wizard walked as a person walks it on the screens, with generated answers: each step shows the
 * fields whose `when` holds, the person fills them (or leaves the optional ones empty), the form values
 * go through formToAnswers and the step's own schema (the resolver), the draft is updated and sanitised
 * as the draft store does, and `next` picks the step. Sometimes the person then goes back from the result
 * to change an earlier answer ("修改回答"), and the wizard continues from the first unanswered step.
 * Every path must end in answers the schema accepts and that advise() turns into a sound result.
 */

const TODAY = todayInChina();
const THIS_YEAR = Number(TODAY.slice(0, 4));
const pad = (n: number) => String(n).padStart(2, "0");
type Gen = fc.GeneratorValue;

function day(g: Gen, minYear: number, maxYear: number): string {
  const y = g(fc.integer, { min: minYear, max: maxYear });
  const m = g(fc.integer, { min: 1, max: 12 });
  const d = g(fc.integer, { min: 1, max: daysInMonth(y, m) });
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** A month as a person types or picks it: the picker's 2019-01, or where there is none 2019年1月, 2019.1, 201901. */
function typedMonth(g: Gen, ym: string): string {
  const [y, m] = [ym.slice(0, 4), Number(ym.slice(5, 7))];
  return g(() => fc.constantFrom(ym, `${y}年${m}月`, `${y}.${m}`, `${y}-${m}`, `${y}${pad(m)}`));
}

function cityCode(g: Gen): string {
  return g(() => fc.constantFrom(...CITIES)).code;
}

function medicalRow(g: Gen, draft: Draft): MedicalRow {
  const near = [draft.city, draft.hukouCity].filter((c): c is string => !!c);
  const city = g(fc.boolean) && near.length ? g(() => fc.constantFrom(...near)) : cityCode(g);
  const a = day(g, 1995, THIS_YEAR + 1).slice(0, 7);
  const b = day(g, 1995, THIS_YEAR + 1).slice(0, 7);
  const ongoing = g(fc.boolean);
  const knownStart = g(fc.integer, { min: 0, max: 3 }) > 0;
  return {
    scheme: g(() => fc.constantFrom("staff", "resident")),
    province: `${city.slice(0, 2)}0000`,
    city,
    from: knownStart ? typedMonth(g, a <= b ? a : b) : "",
    to: ongoing ? "" : typedMonth(g, a <= b ? b : a),
    ongoing,
  };
}

function pensionRow(g: Gen): PensionRow {
  return {
    scheme: g(() => fc.constantFrom("staff", "resident")),
    province: g(() => fc.constantFrom(...PROVINCES)).code,
    years: String(g(fc.integer, { min: 0, max: 500 }) / 10),
    temporary: g(fc.boolean),
  };
}

/** One family member's card, filled as the screen shows it: only the questions that apply to them. */
function memberRow(g: Gen, relation: MemberRow["relation"], draft: Draft): MemberRow {
  const row = newMemberRow(relation as "spouse" | "child" | "parent");
  const [min, max] = relation === "child" ? [THIS_YEAR - 17, THIS_YEAR - 1] : [1935, THIS_YEAR - 16];
  row.birth = `${g(fc.integer, { min, max })}-${pad(g(fc.integer, { min: 1, max: 12 }))}`;
  if (isAdultRow(row)) {
    row.sex = g(() => fc.constantFrom("", "male", "female"));
    row.work = g(() =>
      fc.constantFrom("employee", "flexible", "platform", "construction", "none", "retired"),
    );
  } else {
    row.schooling = g(() => fc.constantFrom("school", "kindergarten", "none"));
  }
  if (g(fc.integer, { min: 0, max: 2 }) === 0) {
    const own = draft.city && g(fc.boolean) ? draft.city : cityCode(g);
    row.sameHukou = false;
    row.hukouProvince = `${own.slice(0, 2)}0000`;
    row.hukouCity = own;
  }
  if (asksMemberPermit(row, draft)) row.residencePermit = g(() => fc.constantFrom("yes", "applying", "no"));
  row.insured = g(() => fc.constantFrom("none", "resident", "staff"));
  if (row.insured !== "none" && g(fc.boolean)) row.insuredCity = cityCode(g);
  return row;
}

function householdRows(g: Gen, draft: Draft): MemberRow[] {
  const relations = memberRelations(draft);
  if (relations.length === 0) return [];
  const rows: MemberRow[] = [];
  for (let i = g(fc.integer, { min: 0, max: 4 }); i > 0; i--) {
    const open = relations.filter((r) => r !== "spouse" || !rows.some((x) => x.relation === "spouse"));
    if (open.length === 0) break;
    rows.push(
      memberRow(
        g,
        g(() => fc.constantFrom(...open)),
        draft,
      ),
    );
  }
  return rows;
}

/** What a person enters in one field, as the field's control holds it (strings, rows). */
function fieldValue(g: Gen, def: FieldDef, draft: Draft, values: FormValues): Record<string, unknown> {
  const maybeEmpty = (value: unknown) => (def.optional && g(fc.boolean) ? "" : value);
  switch (def.kind) {
    case "city":
      return { [def.name]: cityCode(g) };
    case "hukou": {
      // A third of the people live in their hukou city: the path the old schema stranded.
      const code = draft.city && g(fc.integer, { min: 0, max: 2 }) === 0 ? draft.city : cityCode(g);
      return { hukouProvince: `${code.slice(0, 2)}0000`, hukouCity: code };
    }
    case "choice":
      return { [def.name]: maybeEmpty(g(() => fc.constantFrom(...(def.options ?? [])))) };
    case "birth": {
      const y = g(fc.integer, { min: 1925, max: THIS_YEAR });
      const maxMonth = y === THIS_YEAR ? Number(TODAY.slice(5, 7)) : 12;
      return { birth: `${y}-${pad(g(fc.integer, { min: 1, max: maxMonth }))}` };
    }
    case "sex":
      return { sex: maybeEmpty(g(() => fc.constantFrom("male", "female"))) };
    case "retirement-category":
      return { [def.name]: maybeEmpty(g(() => fc.constantFrom("50", "55"))) };
    case "month":
      return { [def.name]: maybeEmpty(typedMonth(g, day(g, 2000, THIS_YEAR + 1).slice(0, 7))) };
    case "household-list":
      return { [def.name]: householdRows(g, { ...draft, ...formToAnswers(STEPS.household, values, draft) }) };
    case "medical-list":
      return {
        [def.name]: Array.from({ length: g(fc.integer, { min: 0, max: 3 }) }, () => medicalRow(g, draft)),
      };
    case "pension-list":
      return { [def.name]: Array.from({ length: g(fc.integer, { min: 0, max: 3 }) }, () => pensionRow(g)) };
  }
}

/**
 * One submitted step: a quick answer tapped (when the step offers some), or the shown fields filled in,
 * resolved through the step's schema, merged and sanitised.
 */
function answerStep(g: Gen, step: StepDef, draft: Draft): Draft {
  const quick = step.quick?.(draft) ?? [];
  if (quick.length > 0 && g(fc.boolean)) {
    const q = g(() => fc.constantFrom(...quick));
    quickTaken.add(q.id);
    return save(step, q.values, draft, q.id);
  }
  let values: FormValues = {};
  // Fields appear as earlier ones are filled (the category after the sex): fill them in order.
  for (const def of step.fields) {
    const current = { ...draft, ...(formToAnswers(step, values, draft) as Draft) };
    if (def.when && !def.when(current)) continue;
    values = { ...values, ...fieldValue(g, def, draft, values) };
  }
  const unanswered = unansweredQuestions(step, values, draft);
  if (unanswered.length > 0) throw new Error(`${step.id} left ${JSON.stringify(unanswered)} unanswered`);
  return save(step, formToAnswers(step, values, draft), draft, JSON.stringify(values));
}

/** The step's schema on what was given, then the draft updated and sanitised as the draft store does. */
function save(step: StepDef, given: Record<string, unknown>, draft: Draft, what: string): Draft {
  const parsed = z.safeParse(step.schema, given);
  if (!parsed.success) throw new Error(`${step.id} refused ${what}: ${parsed.error.message}`);
  const merged: Record<string, unknown> = { ...draft, ...parsed.data };
  for (const [k, v] of Object.entries(parsed.data)) if (v === undefined) delete merged[k];
  return sanitizeDraft(merged).draft;
}

/** From `start`, answer steps until the result (`back`: after a change from the result page). */
function walkFrom(g: Gen, start: Next, draft: Draft, back: boolean, trail: StepId[]): Draft {
  let id = start;
  let d = draft;
  for (let guard = 0; id !== "result"; guard++) {
    if (guard > STEP_IDS.length * 2) throw new Error(`no end: ${trail.join(" → ")}`);
    trail.push(id);
    d = answerStep(g, STEPS[id], d);
    id = back ? firstIncomplete(d) : STEPS[id].next(d);
  }
  return d;
}

function walk(g: Gen): { draft: Draft; trail: StepId[] } {
  const trail: StepId[] = [];
  let draft = walkFrom(g, FIRST_STEP, {}, false, trail);
  const changes = g(fc.integer, { min: 0, max: 2 });
  for (let i = 0; i < changes; i++) {
    const path = pathFor(draft);
    const changed: StepId = g(() => fc.constantFrom(...path));
    trail.push(changed);
    draft = answerStep(g, STEPS[changed], draft);
    draft = walkFrom(g, firstIncomplete(draft), draft, true, trail);
  }
  return { draft, trail };
}

/** Which quick answers the walks tapped, and how many walks ended with a family (the walk must go there too). */
const quickTaken = new Set<string>();
let withFamily = 0;

describe("every path through the wizard ends in a result", () => {
  it("10,000 generated people, walked as the screens walk them, all reach a sound result", () => {
    const reached = new Set<StepId>();
    fc.assert(
      fc.property(fc.gen(), (g) => {
        const { draft, trail } = walk(g);
        for (const id of trail) reached.add(id);
        const done = completeAnswers(draft);
        if (!done.ok) throw new Error(`dead end after ${trail.join(" → ")}: sent to ${done.next}`);
        const problems = adviceProblems(advise(done.answers, { asOf: TODAY }));
        expect(problems, trail.join(" → ")).toEqual([]);
        if ((done.answers.household ?? []).length > 0) {
          withFamily++;
          for (const m of adviseHousehold(done.answers, { asOf: TODAY }).members)
            expect(adviceProblems(m.advice), `${m.key} after ${trail.join(" → ")}`).toEqual([]);
        }
      }),
      { numRuns: 10_000 },
    );
    // The walk is only a proof if it went everywhere.
    expect([...reached].sort()).toEqual([...STEP_IDS].sort());
    expect([...quickTaken].sort()).toEqual([
      "city",
      "hukou-same",
      "medical-none",
      "medical-resident-here",
      "medical-resident-hukou",
      "medical-staff-here",
      "pension-none",
    ]);
    expect(withFamily).toBeGreaterThan(1000);
  }, 180_000);

  it("a step that some path skips says what its answers are then (whenSkipped)", () => {
    const skippable = STEP_IDS.filter((id) => STEPS[id].whenSkipped !== undefined);
    for (const id of skippable) {
      const skipped = STEPS[id].whenSkipped ?? {};
      expect(Object.keys(skipped).sort(), id).toEqual(stepKeys(STEPS[id]).sort());
    }
  });

  it.each<[string, Draft]>([
    [
      "a person who lives in their hukou city",
      {
        city: "511300",
        hukouProvince: "510000",
        hukouCity: "511300",
        work: "none",
        birth: "1968-05",
        livingWith: "none",
        medical: [{ scheme: "resident", city: "511300", from: "2021-01-01" }],
        careAway: "none",
        pension: [{ scheme: "staff", province: "440000", years: 16 }],
      },
    ],
    [
      "a child (no pension question, the parents' 居住证)",
      {
        city: "320500",
        hukouProvince: "360000",
        hukouCity: "360700",
        work: "student",
        birth: "2018-03",
        residencePermit: "yes",
        livingWith: "parents",
        schooling: "school",
        medical: [],
        careAway: "none",
      },
    ],
  ])("%s, answered in full, gets a result (the old dead end)", (_name, draft) => {
    expect(firstIncomplete(draft)).toBe("result");
    const done = completeAnswers(draft);
    expect(done.ok).toBe(true);
  });

  it("an answer left from an earlier path does not count (moved back to the hukou city)", () => {
    const draft: Draft = {
      city: "511300",
      hukouProvince: "510000",
      hukouCity: "511300",
      residencePermit: "no",
      work: "none",
      birth: "1968-05",
      livingWith: "none",
      medical: [],
      pension: [],
      careAway: "none",
    };
    const done = completeAnswers(draft);
    expect(done.ok && done.answers.residencePermit).toBe(undefined);
  });
});
