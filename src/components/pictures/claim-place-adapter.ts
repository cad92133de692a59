/**
 * From the answers and the advice of today's engine to the claim-place bars' props (国办发〔2009〕66号
 * 第六条). The years per province are read with the engine's own helpers, so the bars add up exactly as the
 * rule counted them.
 */
import { CLAIM_TEXTS } from "../../content/zh-CN/pictures";
import type { Advice } from "../../policy/advise";
import type { Answers } from "../../policy/answers";
import { findProvince } from "../../policy/data/regions";
import { relationProvince, relationYearsAt, staffEntries } from "../../policy/rules/pension/history";
import type { ClaimPlaceBarsProps, ClaimPlaceRow } from "./types";

const short = (code: string) => findProvince(code)?.short ?? code;

/**
 * One row per province with 职工养老 years (in the order first paid), and the 户籍 province when the
 * pension goes there (第六条（一）（四）) with no years of its own. Undefined without a claim place.
 */
export function claimPlaceFromAdvice(answers: Answers, advice: Advice): ClaimPlaceBarsProps | undefined {
  const claim = advice.pension?.claimAfterTransfer ?? advice.pension?.claim;
  const params = claim?.conclusion.params;
  const min = params && "min" in params ? params.min : undefined;
  if (!claim || min === undefined) return undefined;
  const entries = answers.pension;
  const staff = staffEntries(entries);
  const relation = relationProvince(entries);
  const hukou = answers.hukouProvince;
  const provinces = [...new Set(staff.map((e) => e.province))];
  if (!provinces.includes(claim.province)) provinces.push(claim.province);

  const rows: ClaimPlaceRow[] = provinces.map((code) => {
    const extraYears = staff
      .filter((e) => e.temporary && e.province === code)
      .reduce((sum, e) => sum + e.years, 0);
    const tags = [
      ...(code === hukou ? [CLAIM_TEXTS.hukou] : []),
      ...(code === relation ? [CLAIM_TEXTS.relation] : []),
    ];
    return {
      id: code,
      label: short(code),
      years: relationYearsAt(entries, code),
      ...(extraYears > 0 ? { extraYears, extraLabel: CLAIM_TEXTS.extra(extraYears) } : {}),
      ...(tags.length > 0 ? { tags } : {}),
      ...(code === claim.province ? { claim: true } : {}),
    };
  });

  // 第六条（二）: the place that holds the relation becomes the claim place once it holds `min` years.
  const moves =
    (claim.rule === "previous_10y" || claim.rule === "hukou_fallback") && relation
      ? CLAIM_TEXTS.moveToRelation(short(relation), min, min - relationYearsAt(entries, relation))
      : CLAIM_TEXTS.moveElsewhere(min);

  return {
    title: CLAIM_TEXTS.title,
    rows,
    threshold: min,
    thresholdLabel: CLAIM_TEXTS.threshold(min),
    claimLabel: CLAIM_TEXTS.claimHere,
    caption: moves,
  };
}
