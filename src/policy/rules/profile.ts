import type { Answers, MedicalEntry } from "../answers";
import { ageOn } from "../../lib/dates";
import { findCity, findProvince, type City, type Province } from "../data/regions";
import {
  hasReached,
  retirementCategory,
  statutoryRetirement,
  type StatutoryRetirement,
} from "./pension/retirement-age";

/**
 * Facts derived from the answers for one date: the rules read these, never the raw form.
 * Only validated Answers come in, so every code is known; an unknown one is a programming error.
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
  /** The day the new enrolment starts: plannedStart, or asOf when not given. */
  start: string;
  startGiven: boolean;
  /** Medical enrolments, oldest first. */
  medical: readonly MedicalEntry[];
  /** Enrolments still running on the start day (no end, or ending on or after it). */
  ongoing: readonly MedicalEntry[];
  /** The enrolment that ended last before the start day, if nothing is ongoing elsewhere. */
  lastEnded?: MedicalEntry;
  sex?: Answers["sex"];
  /** YYYY-MM, when given. */
  birth?: string;
  /** The statutory retirement age and month under the 2024 reform, when birth and sex are known. */
  retirement?: StatutoryRetirement;
  /** Reached the statutory retirement age on asOf: from `retirement`, else as answered (default no). */
  atRetirementAge: boolean;
}

function must<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`invalid answers reached the engine: ${what}`);
  return value;
}

export function buildProfile(answers: Answers, asOf: string): Profile {
  const city = must(findCity(answers.city), "city");
  const province = must(findProvince(city.provinceCode), "province of city");
  const hukouCity = must(findCity(answers.hukouCity), "hukouCity");
  const hukouProvince = must(findProvince(answers.hukouProvince), "hukouProvince");
  const age =
    answers.birth !== undefined ? Math.max(0, ageOn(answers.birth, asOf)) : must(answers.age, "age");
  const start = answers.plannedStart ?? asOf;
  const medical = [...answers.medical].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  const ongoing = medical.filter((e) => e.to === undefined || e.to >= start);
  const ended = medical.filter((e) => e.to !== undefined && e.to < start);
  const lastEnded = ended.reduce<MedicalEntry | undefined>(
    (latest, e) => (!latest || (e.to ?? "") > (latest.to ?? "") ? e : latest),
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
    start,
    startGiven: answers.plannedStart !== undefined,
    medical,
    ongoing,
    lastEnded,
    ...retirementFacts(answers, asOf),
  };
}

function retirementFacts(
  answers: Answers,
  asOf: string,
): Pick<Profile, "sex" | "birth" | "retirement" | "atRetirementAge"> {
  const { sex, birth } = answers;
  const retirement =
    sex && birth
      ? statutoryRetirement(birth, retirementCategory(sex, answers.originalRetirementAge), asOf)
      : undefined;
  return {
    ...(sex ? { sex } : {}),
    ...(birth ? { birth } : {}),
    ...(retirement ? { retirement } : {}),
    atRetirementAge: retirement ? hasReached(retirement, asOf) : (answers.atRetirementAge ?? false),
  };
}
