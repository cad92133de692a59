/**
 * What the answers so far say about the person, as far as the wizard's routing needs it: who is asked
 * which question, which quick answers fit, which family members can be added. Routing only: no policy.
 */
import { ageOn, todayInChina } from "../lib/dates";
import type { Member } from "../policy/answers";
import type { Draft } from "./draft";

export type Relation = Member["relation"];

/** Lives in the city of the hukou: no 居住证 question. */
export const isLocal = (a: Draft) => a.city !== undefined && a.city === a.hukouCity;

/** Age today from the birth month, when given. */
const ageNow = (a: Draft) => (a.birth ? ageOn(a.birth, todayInChina()) : undefined);

/** A child or pupil (answering, or answered for): the children's rules of the city apply. */
export const isChildAnswer = (a: Draft) => a.work === "student" && (ageNow(a) ?? 0) < 18;

/** Pension questions are for people who work or have worked; not for students and children. */
export const asksPension = (a: Draft) => a.work !== "student";

/**
 * The start of a new enrolment matters only when nothing is running now: then it measures the gap.
 * Someone still insured is not asked (their cover goes on while anything new starts). An end given as a
 * month covers that whole month.
 */
export const needsStart = (a: Draft) => {
  const medical = a.medical ?? [];
  const today = todayInChina();
  const ended = (to: string) => (to.length === 7 ? to < today.slice(0, 7) : to.slice(0, 10) < today);
  return medical.length > 0 && medical.every((e) => e.to !== undefined && ended(e.to));
};

/**
 * Which family members the person can add on the household step. The household is described from a
 * working-age adult's side (a child of the household is a minor, a parent is an elderly parent who
 * joined them): someone who came to live with their children adds only a spouse, and a child answering
 * for themselves adds no one (their parents answer for the family).
 */
export function memberRelations(a: Draft): readonly Relation[] {
  if (isChildAnswer(a) || a.livingWith === "parents") return [];
  if (a.livingWith === "children") return ["spouse"];
  return ["spouse", "child", "parent"];
}

export interface NearCity {
  code: string;
  /** "home": where the hukou is; "here": where the person lives. */
  place: "home" | "here";
}

/** The cities a history row most often names, offered as one-tap choices: the hukou city, then this one. */
export function nearCities(a: Draft): NearCity[] {
  const out: NearCity[] = [];
  if (a.hukouCity && a.hukouCity !== a.city) out.push({ code: a.hukouCity, place: "home" });
  if (a.city) out.push({ code: a.city, place: "here" });
  return out;
}
