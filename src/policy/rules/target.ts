import type { MedicalEntry, Scheme } from "../answers";
import type { Recommendation } from "./recommend";
import type { Profile } from "./profile";

/** Where the recommended enrolment will be: scheme and city. */
export interface Target {
  scheme: Scheme;
  city: string;
}

export function targetOf(p: Profile, rec: Recommendation): Target | undefined {
  switch (rec.code) {
    case "staff_employer":
    case "staff_flexible":
      return { scheme: "staff", city: p.city.code };
    case "resident_local":
      return { scheme: "resident", city: p.city.code };
    case "resident_hukou":
      return { scheme: "resident", city: p.hukouCity.code };
    case "keep_current":
      return undefined;
  }
}

export function sameEnrolment(e: MedicalEntry, t: Target): boolean {
  return e.scheme === t.scheme && e.city === t.city;
}

/**
 * The enrolment the person moves from: one still running elsewhere (or in another scheme), else the one
 * that ended last — the same enrolment too, for someone coming back to it after a lapse. Undefined when
 * they are in the target now, or have no history.
 */
export function previousEnrolment(p: Profile, t: Target): MedicalEntry | undefined {
  if (p.ongoing.some((e) => sameEnrolment(e, t))) return undefined;
  return p.ongoing[p.ongoing.length - 1] ?? p.lastEnded;
}
