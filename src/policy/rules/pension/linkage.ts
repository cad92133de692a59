import { inForce } from "../../dated";
import { LINKAGE_STAFF_YEARS } from "../../data/national/linkage-threshold";
import { findProvince } from "../../data/regions";
import type { Citation, Conclusion } from "../../types";
import type { Profile } from "../profile";
import type { ClaimPlace } from "./claim-place";
import { residentEntries, staffEntries, totalStaffYears } from "./history";
import type { MinimumYears } from "./minimum-years";

export type LinkageDirection = "into_staff" | "into_resident";

export interface Linkage {
  direction: LinkageDirection;
  conclusion: Conclusion;
  notices: Conclusion[];
}

const ART3: Citation = { source: "rsbf-2014-17", clause: "第三条" };
const ART4: Citation = { source: "rsbf-2014-17", clause: "第四条（先确定待遇领取地，再办理制度衔接）" };
const UNVERIFIED_2030: Citation[] = [
  { source: "rsbf-2014-17", clause: "第三条（“满15年”）" },
  { source: "npcsc-2024-retirement", clause: "第二条" },
];

/**
 * 人社部发〔2014〕17号 第三条, for someone with both 职工养老 and 城乡居民养老: on reaching the 职工 retirement
 * age, with at least 15 职工养老 years (延长缴费 counts) the resident record moves into 职工养老; with fewer, the
 * 职工养老 record may move into 城乡居民养老 — one direction only, decided by the years. Before the age it is
 * said as a plan on the years paid so far (the application is made before claiming, 第四条), and years do not
 * merge (resident years never count as 职工 years). For people reaching the age in 2030 or later the 15 may
 * follow the rising minimum: UNVERIFIED (facts.md Addendum A §2.3), so the advice says so instead of choosing.
 */
export function linkage(p: Profile, claim?: ClaimPlace, min?: MinimumYears): Linkage | undefined {
  const entries = p.answers.pension;
  const resident = residentEntries(entries);
  if (resident.length === 0 || staffEntries(entries).length === 0) return undefined;
  const rule = inForce(LINKAGE_STAFF_YEARS, p.asOf);
  if (!rule) return undefined;
  const threshold = rule.value;
  const staffYears = totalStaffYears(entries);
  const direction: LinkageDirection = staffYears >= threshold ? "into_staff" : "into_resident";
  const residentPlace = resident.at(-1)?.province;
  const atAge = p.atRetirementAge;
  const because: Conclusion[] = [];
  const notices: Conclusion[] = [];
  if (direction === "into_resident") {
    because.push({
      code: "linkage.extension_could_change",
      params: { threshold, missing: threshold - staffYears },
      cites: [{ source: "rsbf-2014-17", clause: "第三条（含延长缴费至15年）" }],
    });
  }
  if (min && min.years > threshold) {
    notices.push({
      code: "notice.linkage_threshold_unconfirmed",
      params: { threshold, minimum: min.years, year: min.year },
      cites: UNVERIFIED_2030,
    });
    if (staffYears < min.years && direction === "into_staff") {
      because.push({
        code: "linkage.direction_depends_on_reading",
        params: { threshold, minimum: min.years, staffYears },
        cites: UNVERIFIED_2030,
      });
    }
  }
  because.push(
    { code: "linkage.years_not_merged", cites: [{ source: "linkage-years-guide" }, ART3] },
    { code: "linkage.apply_before_claiming", cites: [ART4] },
  );
  const claimShort = claim ? findProvince(claim.province)?.short : undefined;
  const residentShort = residentPlace ? findProvince(residentPlace)?.short : undefined;
  return {
    direction,
    conclusion:
      direction === "into_staff"
        ? {
            code: "linkage.into_staff",
            params: { staffYears, threshold, atAge, ...(claimShort ? { claim: claimShort } : {}) },
            cites: [rule.cite],
            because,
          }
        : {
            code: "linkage.into_resident",
            params: { staffYears, threshold, atAge, ...(residentShort ? { resident: residentShort } : {}) },
            cites: [rule.cite],
            because,
          },
    notices,
  };
}
