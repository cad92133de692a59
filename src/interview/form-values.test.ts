import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import type { Draft } from "./draft";
import {
  answersToForm,
  formToAnswers,
  normaliseMonth,
  normaliseYears,
  unansweredQuestions,
  type MemberRow,
} from "./form-values";
import { newMemberRow } from "./member-rows";
import { STEPS } from "./steps";

/** 杭州, hukou 河南 周口 (persona 1 of the persona test). */
const RIDER: Draft = { city: "330100", hukouProvince: "410000", hukouCity: "411600" };

const row = (relation: "spouse" | "child" | "parent", over: Partial<MemberRow>): MemberRow => ({
  ...newMemberRow(relation),
  ...over,
});

describe("months as people type them (where the phone has no month picker)", () => {
  it.each([
    ["2019-01", "2019-01"],
    ["2019-1", "2019-01"],
    ["2019.1", "2019-01"],
    ["2019/1", "2019-01"],
    ["2019年1月", "2019-01"],
    ["2019年11月", "2019-11"],
    ["201901", "2019-01"],
    [" 2019 年 1 月 ", "2019-01"],
    ["２０１９年１月", "2019-01"],
    ["2019。1", "2019-01"],
  ])("%s → %s", (typed, month) => {
    expect(normaliseMonth(typed)).toBe(month);
  });

  it("leaves a day as a day and anything else as typed, for the schema to refuse", () => {
    expect(normaliseMonth("2019-01-15")).toBe("2019-01-15");
    expect(normaliseMonth("2019")).toBe("2019");
    expect(normaliseMonth("一九年")).toBe("一九年");
    expect(normaliseMonth("")).toBe("");
  });

  it("the medical history and the start take them, and the schema accepts the result", () => {
    const values = {
      medical: [
        {
          scheme: "staff",
          province: "320000",
          city: "320100",
          from: "2010年1月",
          to: "2026.3",
          ongoing: false,
        },
      ],
    };
    const answers = formToAnswers(STEPS.medical, values, RIDER);
    expect(answers).toEqual({
      medical: [{ scheme: "staff", city: "320100", from: "2010-01", to: "2026-03" }],
    });
    expect(z.safeParse(STEPS.medical.schema, answers).success).toBe(true);
    expect(formToAnswers(STEPS.start, { plannedStart: "202609" }, RIDER)).toEqual({
      plannedStart: "2026-09",
    });
    // A month that does not exist is refused, not guessed.
    const bad = formToAnswers(STEPS.start, { plannedStart: "2026-13" }, RIDER);
    expect(z.safeParse(STEPS.start.schema, bad).success).toBe(false);
  });

  it("a start not remembered is left out; the form shows a stored day as its month", () => {
    const values = {
      medical: [{ scheme: "resident", province: "410000", city: "411600", from: "", to: "", ongoing: true }],
    };
    expect(formToAnswers(STEPS.medical, values, RIDER)).toEqual({
      medical: [{ scheme: "resident", city: "411600" }],
    });
    const shown = answersToForm(STEPS.medical, {
      medical: [{ scheme: "staff", city: "320100", from: "2017-07-01", to: "2026-05-31" }],
    });
    expect(shown.medical).toEqual([
      { scheme: "staff", province: "320000", city: "320100", from: "2017-07", to: "2026-05", ongoing: false },
    ]);
  });
});

describe("pension years to one decimal", () => {
  it.each([
    ["3.5", "3.5"],
    ["３．５", "3.5"],
    ["3。3", "3.3"],
    ["3,3", "3.3"],
    [" 12 ", "12"],
  ])("%s → %s", (typed, years) => {
    expect(normaliseYears(typed)).toBe(years);
  });

  it("3.3 years pass the schema, 3.35 do not", () => {
    const at = (years: string) =>
      formToAnswers(STEPS.pension, {
        pension: [{ scheme: "staff", province: "320000", years, temporary: false }],
      });
    expect(at("3.3")).toEqual({ pension: [{ scheme: "staff", province: "320000", years: 3.3 }] });
    expect(z.safeParse(STEPS.pension.schema, at("3.3")).success).toBe(true);
    expect(z.safeParse(STEPS.pension.schema, at("3.35")).success).toBe(false);
  });
});

describe("the household step: the person's own situation and the family cards", () => {
  it("living alone: the form starts on “none”, so one tap on 下一步 answers the step", () => {
    expect(answersToForm(STEPS.household, RIDER)).toEqual({ livingWith: "none", household: [] });
    expect(formToAnswers(STEPS.household, { livingWith: "none", household: [] }, RIDER)).toEqual({
      livingWith: "none",
      household: undefined,
    });
    // A child answering for themselves starts on “跟着父母生活的孩子”.
    const child: Draft = { ...RIDER, work: "student", birth: "2019-04" };
    expect(answersToForm(STEPS.household, child).livingWith).toBe("parents");
    // An answer given wins over the default.
    expect(answersToForm(STEPS.household, { ...RIDER, livingWith: "children" }).livingWith).toBe("children");
  });

  it("a child of 6 with the same hukou, in kindergarten, in 居民医保 at home: the usual place is the hukou", () => {
    const kid = row("child", { birth: "2020-05", schooling: "kindergarten", insured: "resident" });
    expect(formToAnswers(STEPS.household, { livingWith: "none", household: [kid] }, RIDER).household).toEqual(
      [
        {
          relation: "child",
          birth: "2020-05",
          schooling: "kindergarten",
          insured: { scheme: "resident", city: "411600" },
        },
      ],
    );
  });

  it("a spouse with the same hukou (not the city) is asked about their own 居住证; 职工医保 is where they live", () => {
    const spouse = row("spouse", {
      birth: "1988-02",
      sex: "male",
      work: "employee",
      residencePermit: "yes",
      insured: "staff",
    });
    expect(
      formToAnswers(STEPS.household, { livingWith: "none", household: [spouse] }, RIDER).household,
    ).toEqual([
      {
        relation: "spouse",
        birth: "1988-02",
        sex: "male",
        work: "employee",
        residencePermit: "yes",
        insured: { scheme: "staff", city: "330100" },
      },
    ]);
  });

  it("a parent whose hukou is the city is not asked about a 居住证 (one given before is dropped)", () => {
    const mother = row("parent", {
      birth: "1960-01",
      work: "retired",
      sameHukou: false,
      hukouProvince: "330000",
      hukouCity: "330100",
      residencePermit: "no",
      insured: "none",
    });
    expect(
      formToAnswers(STEPS.household, { livingWith: "none", household: [mother] }, RIDER).household,
    ).toEqual([
      { relation: "parent", birth: "1960-01", work: "retired", hukouProvince: "330000", hukouCity: "330100" },
    ]);
    expect(
      unansweredQuestions(
        STEPS.household,
        { livingWith: "none", household: [{ ...mother, residencePermit: "" }] },
        RIDER,
      ),
    ).toEqual([]);
  });

  it("the retired mother from 哈尔滨 in 广州 with 职工医保 at home: her own hukou, the place changed from the usual", () => {
    const daughter: Draft = { city: "440100", hukouProvince: "440000", hukouCity: "440100" };
    const mother = row("parent", {
      birth: "1962-02",
      sex: "female",
      work: "retired",
      sameHukou: false,
      hukouProvince: "230000",
      hukouCity: "230100",
      residencePermit: "no",
      insured: "staff",
      insuredCity: "230100",
    });
    const answers = formToAnswers(STEPS.household, { livingWith: "none", household: [mother] }, daughter);
    expect(answers.household).toEqual([
      {
        relation: "parent",
        birth: "1962-02",
        sex: "female",
        work: "retired",
        hukouProvince: "230000",
        hukouCity: "230100",
        residencePermit: "no",
        insured: { scheme: "staff", city: "230100" },
      },
    ]);
    expect(z.safeParse(STEPS.household.schema, answers).success).toBe(true);
    // Back to the form: the same card.
    const draft = { ...daughter, ...(answers as Draft) };
    expect(answersToForm(STEPS.household, draft).household).toEqual([mother]);
  });

  it("a place equal to the usual one is shown as the usual one (it then follows their hukou)", () => {
    const draft: Draft = {
      ...RIDER,
      livingWith: "none",
      household: [
        {
          relation: "child",
          birth: "2020-05",
          schooling: "none",
          insured: { scheme: "resident", city: "411600" },
        },
      ],
    };
    expect(answersToForm(STEPS.household, draft).household).toEqual([
      row("child", { birth: "2020-05", schooling: "none", insured: "resident", insuredCity: "" }),
    ]);
    // A member saved without insurance had answered “没有”.
    const none: Draft = { ...RIDER, household: [{ relation: "child", birth: "2020-05", schooling: "none" }] };
    expect(answersToForm(STEPS.household, none).household).toEqual([
      row("child", { birth: "2020-05", schooling: "none", insured: "none" }),
    ]);
  });

  it("names each question shown on a card and left unanswered, and only those", () => {
    const values = {
      livingWith: "none",
      household: [
        row("spouse", { birth: "1990-" }),
        row("child", { birth: "2018-09", schooling: "school", insured: "none", sameHukou: false }),
      ],
    };
    expect(unansweredQuestions(STEPS.household, values, RIDER)).toEqual([
      { path: "household.0.birth", question: "birth" },
      { path: "household.0.work", question: "work" },
      { path: "household.0.residencePermit", question: "residencePermit" },
      { path: "household.0.insured", question: "insured" },
      { path: "household.1.hukouCity", question: "hukouCity" },
    ]);
    // The list is not shown to someone who came to live with their children… except the spouse; and never
    // to a child answering for themselves: nothing is asked then.
    expect(unansweredQuestions(STEPS.household, { ...values, livingWith: "parents" }, RIDER)).toEqual([]);
  });
});
