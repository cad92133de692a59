/** Every conclusion text, looked up by code. A unit test sweeps the engine to prove none is missing. */
import type { Params } from "../../policy/types";
import { render, type TextTable } from "../types";
import { MEDICAL_TEXTS } from "./medical";
import { MONEY_TEXTS } from "./money";
import { PENSION_TEXTS } from "./pension";

const TABLES: readonly TextTable[] = [MEDICAL_TEXTS, PENSION_TEXTS, MONEY_TEXTS];

export function hasText(code: string): boolean {
  return TABLES.some((t) => code in t);
}

export function conclusionText(code: string, params: Params = {}): string {
  for (const table of TABLES) {
    const text = render(table[code], params);
    if (text !== undefined) return text;
  }
  return "（这一条的说明暂缺，请打12393核实。）";
}
