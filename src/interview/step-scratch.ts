/**
 * What a person typed on a step but has not submitted yet, one entry per step in localStorage, so a
 * reload, a closed tab or Back/Forward loses nothing. Written on change (debounced by the screen),
 * read back as the form's default values, removed when the step is submitted and by “删除我的回答”.
 * Values are form values (strings, booleans, rows of them); what is read back is checked for that
 * shape and the step's own field names, and the form validates it again on submit.
 */
import { KEY_PREFIX, readJson, remove, storedKeys, writeJson } from "./device-storage";
import type { FormValues } from "./form-values";
import { MEMBER_ROW_KEYS } from "./member-rows";
import type { StepDef, StepId } from "./steps";

const PREFIX = `${KEY_PREFIX}scratch:v1:`;
export const scratchKey = (id: StepId) => `${PREFIX}${id}`;

const MAX_TEXT = 200;
const MAX_ROWS = 12; // medical and pension: 12 each; household: 8
const ROW_KEYS: Record<string, readonly string[]> = {
  medical: ["scheme", "province", "city", "from", "to", "ongoing"],
  pension: ["scheme", "province", "years", "temporary"],
  household: MEMBER_ROW_KEYS,
};

/** The form's field names for a step (the hukou step also owns the province). */
export function formFieldNames(step: StepDef): string[] {
  return step.id === "hukou" ? ["hukouProvince", "hukouCity"] : step.fields.map((f) => f.name);
}

const isPlain = (v: unknown): v is Record<string, unknown> =>
  !!v && typeof v === "object" && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype;
const isScalar = (v: unknown) => typeof v === "boolean" || (typeof v === "string" && v.length <= MAX_TEXT);

/** Keeps the step's own fields with form-shaped values; undefined when nothing usable is left. */
export function sanitizeScratch(step: StepDef, input: unknown): FormValues | undefined {
  if (!isPlain(input)) return undefined;
  const out: FormValues = {};
  for (const name of formFieldNames(step)) {
    if (!Object.prototype.hasOwnProperty.call(input, name)) continue;
    const value = input[name];
    const rowKeys = ROW_KEYS[name];
    if (rowKeys) {
      if (!Array.isArray(value) || value.length > MAX_ROWS) continue;
      const rows = value
        .filter(isPlain)
        .map((row) => Object.fromEntries(rowKeys.filter((k) => isScalar(row[k])).map((k) => [k, row[k]])));
      if (rows.length === value.length) out[name] = rows;
    } else if (isScalar(value)) {
      out[name] = value;
    }
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

export function loadScratch(step: StepDef): FormValues | undefined {
  const stored = readJson(scratchKey(step.id));
  return isPlain(stored) && stored.v === 1 ? sanitizeScratch(step, stored.values) : undefined;
}

export function saveScratch(step: StepDef, values: FormValues): void {
  const clean = sanitizeScratch(step, values);
  if (clean) writeJson(scratchKey(step.id), { v: 1, values: clean });
}

export function clearScratch(id: StepId): void {
  remove(scratchKey(id));
}

export function clearAllScratch(): void {
  for (const key of storedKeys()) if (key.startsWith(PREFIX)) remove(key);
}

export function hasScratch(): boolean {
  return storedKeys().some((k) => k.startsWith(PREFIX));
}
