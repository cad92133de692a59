/**
 * Someone else's result link, added to the person's own household instead of replacing their answers
 * (issue 11, M3): the link's person becomes a family member who lives with the person, with what the
 * member card would ask of them and nothing the link does not say.
 */
import { isYearMonth } from "../lib/dates";
import type { Member } from "../policy/answers";
import type { Draft } from "./draft";

export const MAX_MEMBERS = 8;

/** The medical insurance the link's person has now: a history entry with no end, or ending this month or later. */
function currentCover(link: Draft, asOf: string): Member["insured"] {
  const running = (link.medical ?? []).filter(
    (e) => e.to === undefined || e.to.slice(0, 7) >= asOf.slice(0, 7),
  );
  const last = running.at(-1);
  return last ? { scheme: last.scheme, city: last.city } : undefined;
}

/**
 * The member the link's person would be, as `relation` of the person whose answers are `own`; undefined when
 * the link does not give a birth month (a member needs one: an age alone would invent the month) or the
 * household is full.
 */
export function memberFromLink(
  link: Draft,
  relation: Member["relation"],
  own: Draft,
  asOf: string,
): Member | undefined {
  if (!link.birth || !isYearMonth(link.birth)) return undefined;
  const household = own.household ?? [];
  if (household.length >= MAX_MEMBERS) return undefined;
  if (relation === "spouse" && household.some((m) => m.relation === "spouse")) return undefined;
  const sameHukou = link.hukouCity !== undefined && link.hukouCity === own.hukouCity;
  // What they answered about the city they live in holds here only if it is the person's city.
  const sameCity = link.city !== undefined && link.city === own.city;
  const insured = currentCover(link, asOf);
  const child = relation === "child";
  return {
    relation,
    birth: link.birth,
    ...(link.sex ? { sex: link.sex } : {}),
    ...(!child && link.work ? { work: link.work } : {}),
    ...(!sameHukou && link.hukouProvince && link.hukouCity
      ? { hukouProvince: link.hukouProvince, hukouCity: link.hukouCity }
      : {}),
    ...(!child && sameCity && link.residencePermit ? { residencePermit: link.residencePermit } : {}),
    ...(child && sameCity && link.schooling ? { schooling: link.schooling } : {}),
    ...(insured ? { insured } : {}),
  };
}

/** The person's own answers with the link's person added to their household. */
export function withMemberFromLink(
  own: Draft,
  link: Draft,
  relation: Member["relation"],
  asOf: string,
): Draft | undefined {
  const member = memberFromLink(link, relation, own, asOf);
  return member ? { ...own, household: [...(own.household ?? []), member] } : undefined;
}
