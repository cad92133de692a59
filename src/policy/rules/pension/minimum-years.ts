import { yearOf } from "../../../lib/dates";
import { inForce } from "../../dated";
import { MINIMUM_CONTRIBUTION_YEARS, MINIMUM_YEARS_IN_FORCE_FROM } from "../../data/national/minimum-years";
import type { Citation, Conclusion } from "../../types";
import type { Profile } from "../profile";

export interface MinimumYears {
  years: number;
  /** The year the figure belongs to. */
  year: number;
  /** reach_year: the year the statutory age is reached (from birth and sex); as_of_year: the year of asOf. */
  basis: "reach_year" | "categories_agree" | "as_of_year";
  conclusion: Conclusion;
}

/**
 * 第二条 for someone who reaches the statutory age on `reachDate`, under the law in force on `asOf`
 * (undefined before the 办法 took effect: the engine does not extrapolate backwards).
 */
export function minimumYearsFor(
  reachDate: string,
  asOf: string,
): { years: number; cite: Citation } | undefined {
  const v = inForce(MINIMUM_CONTRIBUTION_YEARS, reachDate);
  if (!v) return undefined;
  if (asOf < MINIMUM_YEARS_IN_FORCE_FROM) return undefined;
  return { years: v.value, cite: v.cite };
}

/**
 * The minimum for this person: by the year they reach the statutory age when the answers fix it (for a
 * woman who did not give her category, when both categories give the same figure); else by the year of
 * asOf, saying which answer is missing to tell the later figure.
 */
export function minimumYears(p: Profile): MinimumYears | undefined {
  const byReach = p.retirementCandidates.map((r) => minimumYearsFor(`${r.month}-01`, p.asOf));
  const first = p.retirementCandidates[0];
  const agreed =
    first && byReach.every((m) => m !== undefined && m.years === byReach[0]?.years) ? first : undefined;
  const basis = !agreed ? "as_of_year" : byReach.length > 1 ? "categories_agree" : "reach_year";
  const key = agreed ? `${agreed.month}-01` : p.asOf;
  const found = minimumYearsFor(key, p.asOf);
  if (!found) return undefined;
  const year = yearOf(key);
  const cites: Citation[] = [found.cite];
  if (basis !== "as_of_year") cites.push({ source: "chengdu-min-years-example" });
  const missing: "birth" | "sex" | "category" | undefined =
    basis !== "as_of_year" || p.atRetirementAge
      ? undefined
      : !p.birth
        ? "birth"
        : !p.sex
          ? "sex"
          : "category";
  return {
    years: found.years,
    year,
    basis,
    conclusion: {
      code: "pension.min_years",
      params: { years: found.years, year, basis, ...(missing ? { missing } : {}) },
      cites,
    },
  };
}
