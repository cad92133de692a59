import { inForce } from "../../dated";
import { LINKAGE_STAFF_YEARS } from "../../data/national/linkage-threshold";
import type { Conclusion } from "../../types";
import type { Profile } from "../profile";
import { residentEntries, staffEntries, totalStaffYears } from "./history";
import type { MinimumYears } from "./minimum-years";

/**
 * At the statutory age with fewer 职工养老 years in all (every province, temporary accounts included) than the
 * minimum of 第二条: what can be done — 延长缴费 or 一次性缴费 (第二条), or 城乡衔接 (人社部发〔2014〕17号). The
 * move into 城乡居民养老 is offered only below 17号's 15 years: with 15 or more the direction is the other
 * way (rules/pension/linkage.ts), and the two are never both on one page.
 */
export function shortYearsWarning(p: Profile, min: MinimumYears | undefined): Conclusion | undefined {
  const entries = p.answers.pension;
  if (!min || !p.atRetirementAge || staffEntries(entries).length === 0) return undefined;
  const total = totalStaffYears(entries);
  if (total >= min.years) return undefined;
  const art2 = min.conclusion.cites[0] ?? { source: "npcsc-2024-retirement", clause: "第二条" };
  const threshold = inForce(LINKAGE_STAFF_YEARS, p.asOf)?.value;
  const intoResident = threshold !== undefined && total < threshold;
  return {
    code: "warning.pension_short_years",
    params: { total, min: min.years, missing: min.years - total },
    cites: [art2],
    because: [
      { code: "short.extend", cites: [{ ...art2, clause: "第二条（延长缴费）" }] },
      {
        code: "short.lump_sum",
        cites: [
          { ...art2, clause: "第二条（一次性缴费）" },
          { source: "rstf-2019-94", clause: "一次性补缴3年以上的转移" },
        ],
      },
      ...(intoResident
        ? [
            {
              code: "short.linkage" as const,
              params: { hasResident: residentEntries(entries).length > 0 },
              cites: [{ source: "rsbf-2014-17", clause: "第三条" }],
            },
          ]
        : []),
    ],
  };
}
