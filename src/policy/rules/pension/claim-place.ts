import { inForce } from "../../dated";
import { CLAIM_PLACE_MIN_YEARS } from "../../data/national/pension-claim-years";
import { findProvince } from "../../data/regions";
import type { PensionEntry } from "../../answers";
import type { Citation, Conclusion } from "../../types";
import { relationProvince, relationYearsAt, staffEntries } from "./history";

/** Which clause of 国办发〔2009〕66号 第六条 decided the place: (一) (二) (三) (四). */
export type ClaimRule = "hukou_relation" | "current_10y" | "previous_10y" | "hukou_fallback";

export interface ClaimPlace {
  /** Province code. */
  province: string;
  rule: ClaimRule;
  conclusion: Conclusion;
}

const short = (code: string) => findProvince(code)?.short ?? code;

/** 人社部规〔2016〕5号 一 restates 第六条 word for word. */
const RESTATED: Citation = { source: "rsbg-2016-5", clause: "一" };

/**
 * (三)'s "上一个缴费年限满10年的原参保地": of the earlier places with at least `min` years in all, the one
 * whose years come latest in the list (MOHRSS 2021: if several, the last one).
 */
function previousPlace(entries: readonly PensionEntry[], relation: string, min: number): string | undefined {
  const relationHolding = staffEntries(entries).filter((e) => !e.temporary);
  for (let i = relationHolding.length - 1; i >= 0; i--) {
    const province = relationHolding[i]?.province;
    if (province && province !== relation && relationYearsAt(entries, province) >= min) return province;
  }
  return undefined;
}

/**
 * 第六条: where the pension will be claimed if the history stays as it is. Undefined with no 职工养老 relation,
 * or on a date before 66号 took effect.
 */
export function claimPlace(
  entries: readonly PensionEntry[],
  hukouProvince: string,
  asOf: string,
): ClaimPlace | undefined {
  const rule = inForce(CLAIM_PLACE_MIN_YEARS, asOf);
  const relation = relationProvince(entries);
  if (!rule || !relation) return undefined;
  const min = rule.value;
  const years = relationYearsAt(entries, relation);
  const base = { relation: short(relation), hukou: short(hukouProvince), years, min };
  const make = (province: string, code: ClaimRule, clause: string, extra: Citation[] = []): ClaimPlace => ({
    province,
    rule: code,
    conclusion: {
      code: `claim.${code}`,
      params: { ...base, province: short(province) },
      cites: [{ source: rule.cite.source, clause: `第六条${clause}` }, RESTATED, ...extra],
    },
  });
  // (一) 基本养老保险关系在户籍所在地的，由户籍所在地负责办理待遇领取手续.
  if (relation === hukouProvince) return make(relation, "hukou_relation", "（一）");
  // (二) 不在户籍所在地，而在其基本养老保险关系所在地累计缴费年限满10年的，在该地办理.
  if (years >= min) return make(relation, "current_10y", "（二）");
  // (三) 不满10年的，转回上一个缴费年限满10年的原参保地.
  const previous = previousPlace(entries, relation, min);
  if (previous) {
    const found = make(previous, "previous_10y", "（三）", [{ source: "mohrss-2021-pension-claim" }]);
    found.conclusion.params = {
      ...found.conclusion.params,
      previousYears: relationYearsAt(entries, previous),
    };
    return found;
  }
  // (四) 每个参保地的累计缴费年限均不满10年的，归集到户籍所在地.
  return make(hukouProvince, "hukou_fallback", "（四）");
}
