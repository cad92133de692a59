import { inForce } from "../../dated";
import { CLAIM_PLACE_MIN_YEARS } from "../../data/national/pension-claim-years";
import { findProvince } from "../../data/regions";
import type { PensionEntry } from "../../answers";
import type { ClaimRule } from "../../codes/pension";
import type { Citation, Conclusion } from "../../types";
import { relationProvince, relationYearsAt, staffEntries } from "./history";

/** Which clause of 国办发〔2009〕66号 第六条 decided the place: (一) (二) (三) (四). */
export type { ClaimRule };

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
 * 第六条: where the pension will be claimed if the history stays as it is — with `afterTransfer`, as it will
 * be once the advised transfer has moved the relation to a new province (0 years there yet). Undefined with
 * no 职工养老 relation, or on a date before 66号 took effect.
 */
export function claimPlace(
  history: readonly PensionEntry[],
  hukouProvince: string,
  asOf: string,
  transferTo?: string,
): ClaimPlace | undefined {
  const entries: readonly PensionEntry[] = transferTo
    ? [...history, { scheme: "staff", province: transferTo, years: 0 }]
    : history;
  const rule = inForce(CLAIM_PLACE_MIN_YEARS, asOf);
  const relation = relationProvince(entries);
  if (!rule || !relation) return undefined;
  const min = rule.value;
  const years = relationYearsAt(entries, relation);
  const base = {
    relation: short(relation),
    hukou: short(hukouProvince),
    years,
    min,
    afterTransfer: !!transferTo,
  };
  const make = (province: string, code: ClaimRule, clause: string, extra: Citation[] = []): ClaimPlace => ({
    province,
    rule: code,
    conclusion: {
      code: `claim.${code}`,
      params: {
        ...base,
        province: short(province),
        ...(code === "previous_10y" ? { previousYears: relationYearsAt(entries, province) } : {}),
      },
      cites: [{ source: rule.cite.source, clause: `第六条${clause}` }, RESTATED, ...extra],
    },
  });
  // (一) 基本养老保险关系在户籍所在地的，由户籍所在地负责办理待遇领取手续.
  if (relation === hukouProvince) return make(relation, "hukou_relation", "（一）");
  // (二) 不在户籍所在地，而在其基本养老保险关系所在地累计缴费年限满10年的，在该地办理.
  if (years >= min) return make(relation, "current_10y", "（二）");
  // (三) 不满10年的，转回上一个缴费年限满10年的原参保地.
  const previous = previousPlace(entries, relation, min);
  if (previous) return make(previous, "previous_10y", "（三）", [{ source: "mohrss-2021-pension-claim" }]);
  // (四) 每个参保地的累计缴费年限均不满10年的，归集到户籍所在地.
  return make(hukouProvince, "hukou_fallback", "（四）");
}

/**
 * What would move the claim place: 满10年 where the relation is now (第六条（二）). Said only when the relation
 * is outside the 户籍 province and its years there are short of the 10.
 */
export function wouldMove(place: ClaimPlace): Conclusion | undefined {
  const p = place.conclusion.params;
  if (!p || place.rule === "hukou_relation" || place.rule === "current_10y") return undefined;
  if (!("relation" in p) || !("min" in p)) return undefined;
  return {
    code: "claim.would_move",
    params: { province: p.relation, missing: p.min - p.years, min: p.min },
    cites: [{ source: "gbf-2009-66", clause: "第六条（二）" }],
  };
}
