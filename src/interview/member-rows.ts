/**
 * A family member on the household step: the form's row (strings and a checkbox, as the controls hold
 * them) ↔ the Member of the answers. Nothing the household already answered is asked again: the city is
 * the person's; the hukou is the person's unless "户口和我一样" is unticked; a member's own 居住证 is
 * asked only of an adult whose hukou is not the city (a child's is the parents'); the place of their
 * medical insurance defaults to where it usually is (居民医保 where the hukou is, 职工医保 where they live).
 */
import type { Member } from "../policy/answers";
import type { Draft } from "./draft";
import type { Relation } from "./who";

export interface MemberRow {
  relation: string;
  /** "YYYY-MM"; "YYYY-" while only the year is chosen. */
  birth: string;
  sex: string;
  work: string;
  sameHukou: boolean;
  hukouProvince: string;
  hukouCity: string;
  residencePermit: string;
  schooling: string;
  /** "" (not answered yet), "none", "resident" or "staff". */
  insured: string;
  /** "" while the place is the usual one for the scheme (usualInsuredCity). */
  insuredCity: string;
}

export const MEMBER_ROW_KEYS: readonly (keyof MemberRow)[] = [
  "relation",
  "birth",
  "sex",
  "work",
  "sameHukou",
  "hukouProvince",
  "hukouCity",
  "residencePermit",
  "schooling",
  "insured",
  "insuredCity",
];

export function newMemberRow(relation: Relation): MemberRow {
  return {
    relation,
    birth: "",
    sex: "",
    work: "",
    sameHukou: true,
    hukouProvince: "",
    hukouCity: "",
    residencePermit: "",
    schooling: "",
    insured: "",
    insuredCity: "",
  };
}

const blank = (v: string | undefined) => v === undefined || v === "";
const orUndefined = (v: string | undefined) => (blank(v) ? undefined : v);
export const isAdultRow = (row: Pick<MemberRow, "relation">) => row.relation !== "child";

/** The member's hukou city as the row says it (undefined while their own is not chosen yet). */
export function rowHukouCity(row: MemberRow, a: Draft): string | undefined {
  return row.sameHukou ? a.hukouCity : orUndefined(row.hukouCity);
}

/** Their own 居住证 is asked only of an adult whose hukou is not the city where the family lives. */
export function asksMemberPermit(row: MemberRow, a: Draft): boolean {
  return isAdultRow(row) && rowHukouCity(row, a) !== a.city;
}

/** Where this scheme usually is for them: 居民医保 where the hukou is, 职工医保 where they live and work. */
export function usualInsuredCity(row: MemberRow, a: Draft): string | undefined {
  if (row.insured === "resident") return rowHukouCity(row, a);
  if (row.insured === "staff") return a.city;
  return undefined;
}

const completeMonth = (v: string) => (/^\d{4}-\d{2}$/.test(v) ? v : undefined);

/** Row → Member (absent where not asked or not answered; the step's schema says what is missing). */
export function rowToMember(row: MemberRow, a: Draft): Record<string, unknown> {
  const adult = isAdultRow(row);
  const own = !row.sameHukou;
  const insured = row.insured === "resident" || row.insured === "staff";
  const m: Record<string, unknown> = {
    relation: row.relation,
    birth: completeMonth(row.birth),
    sex: adult ? orUndefined(row.sex) : undefined,
    work: adult ? orUndefined(row.work) : undefined,
    hukouProvince: own ? orUndefined(row.hukouProvince) : undefined,
    hukouCity: own ? orUndefined(row.hukouCity) : undefined,
    residencePermit: asksMemberPermit(row, a) ? orUndefined(row.residencePermit) : undefined,
    schooling: adult ? undefined : orUndefined(row.schooling),
    insured: insured
      ? { scheme: row.insured, city: orUndefined(row.insuredCity) ?? usualInsuredCity(row, a) }
      : undefined,
  };
  return Object.fromEntries(Object.entries(m).filter(([, v]) => v !== undefined));
}

/** Member → row, for the step's default values. */
export function memberToRow(m: Member, a: Draft): MemberRow {
  const row: MemberRow = {
    ...newMemberRow(m.relation),
    birth: m.birth,
    sex: m.sex ?? "",
    work: m.work ?? "",
    sameHukou: m.hukouCity === undefined,
    hukouProvince: m.hukouProvince ?? "",
    hukouCity: m.hukouCity ?? "",
    residencePermit: m.residencePermit ?? "",
    schooling: m.schooling ?? "",
    // A member saved without insurance answered "none": an unanswered card is never saved.
    insured: m.insured?.scheme ?? "none",
  };
  const usual = usualInsuredCity(row, a);
  return { ...row, insuredCity: m.insured && m.insured.city !== usual ? m.insured.city : "" };
}

export type MemberQuestion = "birth" | "work" | "hukouCity" | "residencePermit" | "schooling" | "insured";

/**
 * The questions on a card that are shown and left unanswered. Some of them are optional in the answers
 * (absent means "same hukou" or "no insurance"), so the schema alone cannot tell "not answered" from
 * "answered none": the form asks for them here.
 */
export function unansweredOnCard(row: MemberRow, a: Draft): MemberQuestion[] {
  const out: MemberQuestion[] = [];
  if (!completeMonth(row.birth)) out.push("birth");
  if (isAdultRow(row) && blank(row.work)) out.push("work");
  if (!row.sameHukou && blank(row.hukouCity)) out.push("hukouCity");
  if (asksMemberPermit(row, a) && blank(row.residencePermit)) out.push("residencePermit");
  if (!isAdultRow(row) && blank(row.schooling)) out.push("schooling");
  if (blank(row.insured)) out.push("insured");
  return out;
}
