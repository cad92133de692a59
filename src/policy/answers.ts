/**
 * The one schema of a person's answers. The wizard's forms validate against it (each step picks its
 * fields from AnswersObject), the share-link codec decodes into it, and the engine reads only what it
 * accepted. Types are inferred from it, never written twice.
 */
import * as z from "zod/mini";
import { isIsoDate, isYearMonth } from "../lib/dates";
import { findCity, findProvince } from "./data/regions";

export const WORK_TYPES = [
  "employee",
  "flexible",
  "platform",
  "construction",
  "none",
  "retired",
  "student",
] as const;
export const PERMIT_STATES = ["yes", "no", "applying"] as const;
export const LIVING_WITH = ["none", "children", "parents"] as const;
export const SCHEMES = ["staff", "resident"] as const;
export const CARE_AWAY = ["none", "long_term", "temporary"] as const;
export const SEXES = ["male", "female"] as const;
/** Where a child goes to school or kindergarten here (the children's rules of several cities turn on it). */
export const SCHOOLING = ["school", "kindergarten", "none"] as const;

export const isoDate = z.string().check(z.refine(isIsoDate, { error: "请填写真实存在的日期（年-月-日）" }));
export const yearMonth = z.string().check(z.refine(isYearMonth, { error: "请填写真实存在的年月" }));
export const cityCode = z
  .string()
  .check(z.refine((c) => findCity(c) !== undefined, { error: "没有找到这个城市，请重新选择" }));
export const provinceCode = z
  .string()
  .check(z.refine((c) => findProvince(c) !== undefined, { error: "没有找到这个省份，请重新选择" }));

/** A day (YYYY-MM-DD) or, where only the month matters, a month (YYYY-MM): insurance is paid by the month. */
export const dayOrMonth = z
  .string()
  .check(z.refine((d) => isIsoDate(d) || isYearMonth(d), { error: "请填写真实存在的年月" }));

export const MedicalEntry = z
  .object({
    scheme: z.enum(SCHEMES),
    city: cityCode,
    /** Absent: the start is not known (the person does not remember it, or a family member's cover). */
    from: z.optional(dayOrMonth),
    /** Absent: still enrolled. */
    to: z.optional(dayOrMonth),
  })
  .check(
    z.refine((e) => e.to === undefined || e.from === undefined || e.from.slice(0, 7) <= e.to.slice(0, 7), {
      error: "结束日期不能早于开始日期",
      path: ["to"],
    }),
  );

export const PensionEntry = z.object({
  scheme: z.enum(SCHEMES),
  province: provinceCode,
  years: z
    .number()
    .check(
      z.gte(0, { error: "缴费年数不能是负数" }),
      z.lte(50, { error: "缴费年数最多填50年" }),
      z.multipleOf(0.1, { error: "缴费年数最多写到小数点后一位" }),
    ),
  /** Paid into a 临时基本养老保险缴费账户 (国办发〔2009〕66号 第五条). */
  temporary: z.optional(z.boolean()),
});

export const RELATIONS = ["spouse", "child", "parent"] as const;

/**
 * A family member who lives with the person in the same city: a few answers each, and nothing the
 * household already answered (the city; the hukou unless it differs). Each member gets their own advice
 * from the same engine (policy/household.ts).
 */
export const Member = z.object({
  relation: z.enum(RELATIONS),
  birth: yearMonth,
  sex: z.optional(z.enum(SEXES)),
  /** Adults: what they do now. A child is a child (student). */
  work: z.optional(z.enum(WORK_TYPES)),
  /** Absent: the same hukou as the person. */
  hukouProvince: z.optional(provinceCode),
  hukouCity: z.optional(cityCode),
  /** Adults only: their own 居住证 here. A child's is the parents'. */
  residencePermit: z.optional(z.enum(PERMIT_STATES)),
  /** Children only. */
  schooling: z.optional(z.enum(SCHOOLING)),
  /** The medical insurance they have now (absent: none). */
  insured: z.optional(z.object({ scheme: z.enum(SCHEMES), city: cityCode })),
});
export type Member = z.infer<typeof Member>;

/** 缴费档次 as a multiple of the average wage: 60 %, 100 %, 300 %. */
export const PENSION_TIERS = [0.6, 1, 3] as const;

/**
 * Figures the person typed on the result page from a local notice or a hotline answer: the app uses them
 * where it has no sourced figure, and says they are the person's own.
 */
export const Figures = z.object({
  /** 职工医保 (灵活就业) monthly base, yuan, and rate, per cent. */
  medicalBase: z.optional(z.number().check(z.gt(0), z.lte(100_000))),
  medicalRate: z.optional(z.number().check(z.gt(0), z.lte(30))),
  /** The usual 缴费档次 for the pension estimate. */
  pensionTier: z.optional(z.union([z.literal(0.6), z.literal(1), z.literal(3)])),
  /** The province's 计发基数, yuan a month. */
  pensionBase: z.optional(z.number().check(z.gt(0), z.lte(100_000))),
  /** The 灵活就业 pension contribution base the person chose, yuan a month. */
  flexibleBase: z.optional(z.number().check(z.gt(0), z.lte(100_000))),
  /** What the pension personal account holds now (社保卡 App or 12333), yuan. */
  accountBalance: z.optional(z.number().check(z.gte(0), z.lte(10_000_000))),
});
export type Figures = z.infer<typeof Figures>;

/** The answers without cross-field checks, so that wizard steps can pick their part. */
export const AnswersObject = z.object({
  city: cityCode,
  hukouProvince: provinceCode,
  hukouCity: cityCode,
  /**
   * The 居住证 here: the person's own, or for a child the parents'. Absent when it was not asked: a person
   * who lives in their hukou city needs none.
   */
  residencePermit: z.optional(z.enum(PERMIT_STATES)),
  work: z.enum(WORK_TYPES),
  /** Age on asOf; the wizard asks the birth month instead and leaves this out. */
  age: z.optional(
    z.int().check(z.gte(0, { error: "年龄不能是负数" }), z.lte(120, { error: "请填写真实的年龄" })),
  ),
  birth: z.optional(yearMonth),
  sex: z.optional(z.enum(SEXES)),
  originalRetirementAge: z.optional(z.union([z.literal(50), z.literal(55)])),
  livingWith: z.enum(LIVING_WITH),
  /** Children and pupils: in school or kindergarten in the city where they live. Absent when not asked. */
  schooling: z.optional(z.enum(SCHOOLING)),
  medical: z.array(MedicalEntry).check(z.maxLength(12, { error: "最多填写12段参保经历" })),
  plannedStart: z.optional(dayOrMonth),
  pension: z.array(PensionEntry).check(z.maxLength(12, { error: "最多填写12段养老保险缴费经历" })),
  careAway: z.enum(CARE_AWAY),
  /** Family members living with the person here (Member above). */
  household: z.optional(z.array(Member).check(z.maxLength(8, { error: "最多填写8位家人" }))),
  /** Figures typed on the result page (Figures above). */
  figures: z.optional(Figures),
  /** Reached the statutory retirement age on asOf: only read when the birth month is not given. */
  atRetirementAge: z.optional(z.boolean()),
});

export const Answers = AnswersObject.check(
  z.refine(
    (a) => (a.household ?? []).every((m) => (m.hukouCity === undefined) === (m.hukouProvince === undefined)),
    { error: "家人的户籍省份和城市要一起选", path: ["household"] },
  ),
  z.refine((a) => a.age !== undefined || a.birth !== undefined, {
    error: "请填写出生年月",
    path: ["birth"],
  }),
  z.refine((a) => a.hukouCity.slice(0, 2) === a.hukouProvince.slice(0, 2), {
    error: "户籍城市不在所选省份里，请重新选择",
    path: ["hukouCity"],
  }),
  z.refine((a) => a.originalRetirementAge === undefined || a.sex === "female", {
    error: "只有女职工需要选择原退休年龄",
    path: ["originalRetirementAge"],
  }),
);

export type Answers = z.infer<typeof Answers>;
export type MedicalEntry = z.infer<typeof MedicalEntry>;
export type PensionEntry = z.infer<typeof PensionEntry>;
export type WorkType = (typeof WORK_TYPES)[number];
export type Scheme = (typeof SCHEMES)[number];
export type Schooling = (typeof SCHOOLING)[number];
