/**
 * Every conclusion text, looked up by code. The table's type has one entry per code of the engine
 * (src/policy/codes), so a code without a text, or a text reading a parameter its code does not carry,
 * does not compile.
 */
import type { Code } from "../../policy/codes";
import type { Conclusion } from "../../policy/types";
import type { Text, TextsFor } from "../types";
import { CARE_TEXTS } from "./texts/care";
import { CONDITION_TEXTS } from "./texts/conditions";
import { CONTINUITY_TEXTS } from "./texts/continuity";
import { DEADLINE_TEXTS } from "./texts/deadlines";
import { COST_TEXTS } from "./texts/costs";
import { FAMILY_TEXTS } from "./texts/family";
import { OPTION_TEXTS } from "./texts/options";
import { PENSION_TEXTS } from "./texts/pension";
import { RECOMMENDATION_TEXTS } from "./texts/recommendation";
import { TRANSFER_TEXTS } from "./texts/transfer";
import { WARNING_TEXTS } from "./texts/warnings";
import { MONEY_TEXTS_BY_CODE } from "./money";

export const TEXTS: TextsFor<Code> = {
  ...OPTION_TEXTS,
  ...CONDITION_TEXTS,
  ...RECOMMENDATION_TEXTS,
  ...CONTINUITY_TEXTS,
  ...TRANSFER_TEXTS,
  ...COST_TEXTS,
  ...WARNING_TEXTS,
  ...FAMILY_TEXTS,
  ...PENSION_TEXTS,
  ...CARE_TEXTS,
  ...DEADLINE_TEXTS,
  ...MONEY_TEXTS_BY_CODE,
};

/** A conclusion in words. */
export function conclusionText(c: Conclusion): string {
  const text = TEXTS[c.code] as Text<typeof c.code>;
  if (typeof text === "string") return text;
  return (text as (p: unknown) => string)(c.params ?? {});
}
