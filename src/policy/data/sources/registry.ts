import type { Source } from "../../types";
import { CITY_COST_SOURCES } from "./city-costs";
import { LOCAL_MEDICAL_SOURCES } from "./local-medical";
import { MONEY_SOURCES } from "./money";
import { NATIONAL_MEDICAL_SOURCES } from "./national-medical";
import { PENSION_INJURY_SOURCES } from "./pension-injury";

const ALL: readonly Source[] = [
  ...NATIONAL_MEDICAL_SOURCES,
  ...LOCAL_MEDICAL_SOURCES,
  ...PENSION_INJURY_SOURCES,
  ...MONEY_SOURCES,
  ...CITY_COST_SOURCES,
];

export const SOURCES: ReadonlyMap<string, Source> = new Map(ALL.map((s) => [s.id, s]));

export function sourceById(id: string): Source {
  const source = SOURCES.get(id);
  if (!source) throw new Error(`unknown source id: ${id}`);
  return source;
}
