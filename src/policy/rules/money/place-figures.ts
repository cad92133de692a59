import { addMonths } from "../../../lib/dates";
import { CONTRIBUTION_BASES } from "../../data/contribution-bases";
import { findCity, findProvince } from "../../data/regions";
import type {
  ContributionLimits,
  FlexibleMedicalBase,
  PensionBase,
  StatedPeriod,
} from "../../data/contribution-bases/types";
import type { Citation } from "../../types";

/** A place as the rules need it: the city's adcode and its province's. */
export interface Place {
  code: string;
  provinceCode: string;
}

/** A figure picked for a date: current, or the latest one found from an earlier period. */
export interface Picked<T> {
  figure: T;
  /** asOf is past the figure's period (a newer figure was not found). */
  older: boolean;
  /** The short name of the place that published it (深圳, or the province). */
  placeName: string;
}

/**
 * The days a stated period covers. Where the source gives no end, the app reads a yearly figure as lasting
 * 12 months from its start (provinces publish these every year), or the calendar year when only the year is
 * given; past that it is shown as older, never as current. This is the app's reading, not a policy rule.
 */
export function periodBounds(p: StatedPeriod): { start: string; end: string } {
  const start = p.from ?? `${p.year}-01-01`;
  const end = p.until ?? (p.from ? `${addMonths(p.from.slice(0, 7), 12)}-01` : `${p.year + 1}-01-01`);
  return { start, end };
}

/** The figure whose period started last on or before asOf; undefined before the first one (no extrapolation). */
export function pick<T extends { period: StatedPeriod }>(
  figures: readonly T[],
  asOf: string,
): Omit<Picked<T>, "placeName"> | undefined {
  let found: T | undefined;
  for (const f of figures) {
    const { start } = periodBounds(f.period);
    if (start <= asOf && (!found || start >= periodBounds(found.period).start)) found = f;
  }
  return found ? { figure: found, older: asOf >= periodBounds(found.period).end } : undefined;
}

const nameOf = (code: string) => findProvince(code)?.short ?? findCity(code)?.short ?? code;

/** The city's own figures where it publishes them, else the province's; picked for asOf. */
function pickFor<T extends { period: StatedPeriod }>(
  place: Place,
  asOf: string,
  get: (code: string) => readonly T[] | undefined,
): Picked<T> | undefined {
  const own = get(place.code);
  const owner = own && own.length > 0 ? place.code : place.provinceCode;
  const found = pick(get(owner) ?? [], asOf);
  return found && { ...found, placeName: nameOf(owner) };
}

export interface PlaceLimits extends Picked<ContributionLimits> {
  /** The lower limit for this city (广州 has its own), with the source of that figure. */
  lowerYuan: number;
  lowerCite: Citation;
}

export function contributionLimits(place: Place, asOf: string): PlaceLimits | undefined {
  const found = pickFor(place, asOf, (c) => CONTRIBUTION_BASES.get(c)?.limits);
  if (!found) return undefined;
  const city = found.figure.lowerForCities?.find((l) => l.cities.includes(place.code));
  return {
    ...found,
    lowerYuan: city?.yuan ?? found.figure.lowerYuan,
    lowerCite: city?.cite ?? found.figure.cite,
  };
}

/** The place whose figures apply here: the city where it publishes its own (深圳), else the province. */
export function ownerName(place: Place): string {
  return nameOf(CONTRIBUTION_BASES.has(place.code) ? place.code : place.provinceCode);
}

/** The earliest start of the limits known for the place, to say "from when" when asOf is before it. */
export function earliestLimits(place: Place): string | undefined {
  const own = CONTRIBUTION_BASES.get(place.code)?.limits ?? [];
  const list = own.length > 0 ? own : (CONTRIBUTION_BASES.get(place.provinceCode)?.limits ?? []);
  return list.map((l) => periodBounds(l.period).start).sort()[0];
}

export function pensionBase(place: Place, asOf: string): Picked<PensionBase> | undefined {
  return pickFor(place, asOf, (c) =>
    CONTRIBUTION_BASES.get(c)?.pensionBase.filter((b) => !b.notForCities?.includes(place.code)),
  );
}

export function flexibleMedicalBase(place: Place, asOf: string): Picked<FlexibleMedicalBase> | undefined {
  return pickFor(place, asOf, (c) => CONTRIBUTION_BASES.get(c)?.flexibleMedicalBase);
}
