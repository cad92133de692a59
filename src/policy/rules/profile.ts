import type { Answers, MedicalEntry } from "../answers";
import type { ParentFacts } from "../household";
import { ageOn } from "../../lib/dates";
import { inForce } from "../dated";
import { findCity, findProvince, type City, type Province } from "../data/regions";
import { MINOR_AGE } from "../data/national/minor-age";
import { STATUTORY_RETIREMENT_AGE, type RetirementCategory } from "../data/national/retirement-age";
import { coveredUntil } from "./coverage";
import { hasReached, statutoryRetirement, type StatutoryRetirement } from "./pension/retirement-age";

/**
 * Facts derived from the answers for one date: what the rules read. Only validated Answers come in, so
 * every code is known; an unknown one is a programming error.
 */
export interface Profile {
  answers: Answers;
  asOf: string;
  age: number;
  city: City;
  province: Province;
  hukouCity: City;
  hukouProvince: Province;
  /** 户籍 in the same pooling area (city) as where the person lives now. */
  isLocal: boolean;
  sameProvinceAsHukou: boolean;
  /** The 居住证 here (the parents' for a child); "no" when not asked of a non-local person. */
  permit: NonNullable<Answers["residencePermit"]>;
  /** A child or pupil (or a parent answering for one): the place's rules for children apply. */
  child: boolean;
  schooling?: Answers["schooling"];
  /** For a child of a household: what it says of the parents (policy/household.ts). */
  parents?: readonly ParentFacts[];
  /** The day the new enrolment starts: plannedStart, or asOf when not given. */
  start: string;
  startGiven: boolean;
  /** Medical enrolments, oldest first. */
  medical: readonly MedicalEntry[];
  /** Enrolments still covering on the start day (no end, or covering to it or after: rules/coverage.ts). */
  ongoing: readonly MedicalEntry[];
  /** The enrolment that ended last before the start day, if nothing is ongoing elsewhere. */
  lastEnded?: MedicalEntry;
  sex?: Answers["sex"];
  /** YYYY-MM, when given. */
  birth?: string;
  /** The statutory retirement age and month under the 2024 reform, when birth, sex and category are known. */
  retirement?: StatutoryRetirement;
  /**
   * Every statutory retirement the answers leave possible: one when the category is known; for a woman who
   * did not say her category, both women's categories (the advice shows both and says which is which).
   */
  retirementCandidates: readonly StatutoryRetirement[];
  /** Has reached the statutory retirement age on asOf: "unknown" when only the sex or category would tell. */
  reached: "yes" | "no" | "unknown";
  /** reached === "yes". */
  atRetirementAge: boolean;
}

function must<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`invalid answers reached the engine: ${what}`);
  return value;
}

export function buildProfile(answers: Answers, asOf: string, parents?: readonly ParentFacts[]): Profile {
  const city = must(findCity(answers.city), "city");
  const province = must(findProvince(city.provinceCode), "province of city");
  const hukouCity = must(findCity(answers.hukouCity), "hukouCity");
  const hukouProvince = must(findProvince(answers.hukouProvince), "hukouProvince");
  const age =
    answers.birth !== undefined ? Math.max(0, ageOn(answers.birth, asOf)) : must(answers.age, "age");
  // A start given as a month starts on its first day.
  const start = answers.plannedStart
    ? answers.plannedStart.length === 7
      ? `${answers.plannedStart}-01`
      : answers.plannedStart
    : asOf;
  // Oldest first; an enrolment whose start is not known sorts by its end, else last (it is running now).
  const key = (e: MedicalEntry) => e.from ?? e.to ?? "9999";
  const medical = [...answers.medical].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  const until = (e: MedicalEntry) => coveredUntil(e) ?? "9999-12-31";
  const ongoing = medical.filter((e) => until(e) >= start);
  const ended = medical.filter((e) => until(e) < start);
  const lastEnded = ended.reduce<MedicalEntry | undefined>(
    (latest, e) => (!latest || until(e) > until(latest) ? e : latest),
    undefined,
  );
  return {
    answers,
    asOf,
    age,
    city,
    province,
    hukouCity,
    hukouProvince,
    isLocal: hukouCity.code === city.code,
    sameProvinceAsHukou: hukouProvince.code === province.code,
    permit: answers.residencePermit ?? "no",
    child: answers.work === "student" || age < MINOR_AGE.years || answers.livingWith === "parents",
    ...(answers.schooling ? { schooling: answers.schooling } : {}),
    ...(parents ? { parents } : {}),
    start,
    startGiven: answers.plannedStart !== undefined,
    medical,
    ongoing,
    ...(lastEnded ? { lastEnded } : {}),
    ...retirementFacts(answers, age, asOf),
  };
}

/** The categories the answers leave open. */
function categories(answers: Answers): RetirementCategory[] {
  if (answers.sex === "male") return ["male"];
  if (answers.sex !== "female") return [];
  if (answers.originalRetirementAge === 55) return ["female_55"];
  if (answers.originalRetirementAge === 50) return ["female_50"];
  return ["female_50", "female_55"];
}

/**
 * The lowest and highest statutory ages (in years) any category can have. The lowest is the lowest 原法定
 * 退休年龄, which the reform only raised; the highest is known only where the reform's table is in force.
 */
function ageBounds(asOf: string): { lowest: number; highest?: number } {
  const first = STATUTORY_RETIREMENT_AGE[0]?.value;
  const lowest = first ? Math.min(...Object.values(first).map((s) => s.originalYears)) : 0;
  const table = inForce(STATUTORY_RETIREMENT_AGE, asOf)?.value;
  if (!table) return { lowest };
  const steps = Object.values(table);
  return { lowest, highest: Math.max(...steps.map((s) => s.originalYears + s.maxDelayMonths / 12)) };
}

function retirementFacts(
  answers: Answers,
  age: number,
  asOf: string,
): Pick<Profile, "sex" | "birth" | "retirement" | "retirementCandidates" | "reached" | "atRetirementAge"> {
  const { sex, birth } = answers;
  const candidates = birth
    ? categories(answers)
        .map((c) => statutoryRetirement(birth, c, asOf))
        .filter((r): r is StatutoryRetirement => r !== undefined)
    : [];
  const retirement = candidates.length === 1 ? candidates[0] : undefined;
  let reached: Profile["reached"];
  const bounds = ageBounds(asOf);
  if (candidates.length > 0 && candidates.every((r) => hasReached(r, asOf))) reached = "yes";
  else if (candidates.length > 0 && candidates.every((r) => !hasReached(r, asOf))) reached = "no";
  else if (candidates.length > 0) reached = "unknown";
  else if (answers.atRetirementAge !== undefined && !birth) reached = answers.atRetirementAge ? "yes" : "no";
  else if (bounds.highest !== undefined && age >= bounds.highest)
    reached = "yes"; // every category's is behind
  else if (age < bounds.lowest) reached = "no";
  else reached = "unknown";
  return {
    ...(sex ? { sex } : {}),
    ...(birth ? { birth } : {}),
    ...(retirement ? { retirement } : {}),
    retirementCandidates: candidates,
    reached,
    atRetirementAge: reached === "yes",
  };
}
