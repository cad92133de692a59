/** The scenario file format of ../shared/policy/SCENARIOS.md, strict: an unknown field is an error. */
import * as z from "zod/mini";
import {
  CARE_AWAY,
  LIVING_WITH,
  PERMIT_STATES,
  RELATIONS,
  SCHEMES,
  SCHOOLING,
  SEXES,
  WORK_TYPES,
} from "../../src/policy/answers";

const month = z.string().check(z.regex(/^\d{4}-\d{2}$/, { error: "应为 YYYY-MM" }));
const date = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, { error: "日期应为 YYYY-MM-DD" }));

export const ScenarioPerson = z.strictObject({
  age: z.int(),
  birth: z.optional(z.string().check(z.regex(/^\d{4}-\d{2}$/, { error: "birth 应为 YYYY-MM" }))),
  sex: z.optional(z.enum(SEXES)),
  /** Default 50 (SCENARIOS.md); project extension: "unknown", the woman did not say (docs/tokens.md). */
  originalRetirementAge: z.optional(z.union([z.literal(50), z.literal(55), z.literal("unknown")])),
  city: z.string(),
  hukouProvince: z.string(),
  hukouCity: z.string(),
  residencePermit: z.enum(PERMIT_STATES),
  work: z.enum(WORK_TYPES),
  livingWith: z.optional(z.enum(LIVING_WITH)),
  /** Project extension (docs/tokens.md): a child in school or kindergarten where they live. */
  schooling: z.optional(z.enum(SCHOOLING)),
  medical: z.optional(
    z.array(z.strictObject({ scheme: z.enum(SCHEMES), city: z.string(), from: date, to: z.optional(date) })),
  ),
  plannedStart: z.optional(date),
  pension: z.optional(
    z.array(
      z.strictObject({
        scheme: z.enum(SCHEMES),
        province: z.string(),
        years: z.number(),
        temporary: z.optional(z.boolean()),
      }),
    ),
  ),
  atRetirementAge: z.optional(z.boolean()),
  careAway: z.optional(z.enum(CARE_AWAY)),
  /**
   * Project extension (docs/tokens.md): family members living with the person, each with a birth month;
   * hukou absent = the person's. Their tokens come prefixed with spouse:, child1:, parent1:, ….
   */
  household: z.optional(
    z.array(
      z.strictObject({
        relation: z.enum(RELATIONS),
        birth: month,
        sex: z.optional(z.enum(SEXES)),
        work: z.optional(z.enum(WORK_TYPES)),
        hukouProvince: z.optional(z.string()),
        hukouCity: z.optional(z.string()),
        residencePermit: z.optional(z.enum(PERMIT_STATES)),
        schooling: z.optional(z.enum(SCHOOLING)),
        insured: z.optional(z.strictObject({ scheme: z.enum(SCHEMES), city: z.string() })),
      }),
    ),
  ),
});

export const Scenario = z.strictObject({
  id: z.string(),
  title: z.string(),
  asOf: date,
  /** For people: strings, or short maps where YAML read "a: b" inside a flow list. */
  sources: z.optional(z.array(z.unknown())),
  person: ScenarioPerson,
  expect: z.strictObject({
    include: z.optional(z.array(z.string())),
    exclude: z.optional(z.array(z.string())),
  }),
});

export type Scenario = z.infer<typeof Scenario>;
export type ScenarioPerson = z.infer<typeof ScenarioPerson>;
