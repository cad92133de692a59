/**
 * Every conclusion code the engine speaks, with the parameters it carries. A conclusion's type is
 * derived from this map (types.ts), and so is the type of the texts (src/content/zh-CN/texts.ts).
 */
import type { CareCodes } from "./care";
import type { DeadlineCodes } from "./deadlines";
import type { LocalCodes } from "./local";
import type { MedicalCodes } from "./medical";
import type { PensionCodes } from "./pension";
import type { MoneyParams } from "../rules/money/conclusions";

export interface CodeParams
  extends MedicalCodes, PensionCodes, CareCodes, LocalCodes, DeadlineCodes, MoneyParams {}
export type Code = keyof CodeParams;
