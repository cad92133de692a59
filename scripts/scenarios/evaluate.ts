import * as z from "zod/mini";
import { parse } from "yaml";
import { ageOn } from "../../src/lib/dates";
import { adviseHousehold } from "../../src/policy/advise";
import { Answers } from "../../src/policy/answers";
import { cityByName, provinceByName } from "../../src/policy/data/regions";
import { householdTokens, isKnownToken } from "../../src/policy/tokens";
import { Scenario, type ScenarioPerson } from "./scenario-schema";

/** zod/mini carries no locale texts: say plainly which field and what was wrong. */
export function describeIssues(error: z.core.$ZodError): string {
  return error.issues
    .map((i) => {
      const at = i.path.length ? i.path.join(".") : "(top)";
      if (i.code === "unrecognized_keys") return `${at}: 不认识的字段 ${i.keys.join(", ")}`;
      if (i.code === "invalid_value") return `${at}: 取值应为 ${i.values.map(String).join(" / ")}`;
      if (i.code === "invalid_type") return `${at}: 应为 ${i.expected}`;
      return `${at}: ${i.message}`;
    })
    .join("; ");
}

export interface ScenarioResult {
  id: string;
  title: string;
  ok: boolean;
  missing: string[];
  unexpected: string[];
  /** Why the scenario could not be run (bad field, unknown city, unknown token). */
  error?: string;
  tokens?: string[];
}

function code<T extends { code: string }>(found: T | undefined, what: string, name: string): string {
  if (!found) throw new Error(`${what}“${name}”不在行政区划数据里`);
  return found.code;
}

/** Turns a scenario person into the app's answers (the same schema the wizard and share links use). */
export function personToAnswers(person: ScenarioPerson, asOf: string): Answers {
  if (person.birth !== undefined && ageOn(person.birth, asOf) !== person.age) {
    throw new Error(`age ${person.age} 与 birth ${person.birth} 在 ${asOf} 不一致`);
  }
  const raw = {
    city: code(cityByName(person.city), "city", person.city),
    hukouProvince: code(provinceByName(person.hukouProvince), "hukouProvince", person.hukouProvince),
    hukouCity: code(cityByName(person.hukouCity), "hukouCity", person.hukouCity),
    residencePermit: person.residencePermit,
    work: person.work,
    age: person.age,
    ...(person.birth ? { birth: person.birth } : {}),
    ...(person.sex ? { sex: person.sex } : {}),
    // The scenario format's conventions (SCENARIOS.md), not rules for users: a woman's category defaults to
    // 50, and without a birth month "has reached the retirement age" defaults to false.
    ...(person.sex === "female" && person.originalRetirementAge !== "unknown"
      ? { originalRetirementAge: person.originalRetirementAge ?? 50 }
      : {}),
    livingWith: person.livingWith ?? "none",
    ...(person.schooling ? { schooling: person.schooling } : {}),
    medical: (person.medical ?? []).map((m) => ({
      ...m,
      city: code(cityByName(m.city), "medical.city", m.city),
    })),
    ...(person.plannedStart ? { plannedStart: person.plannedStart } : {}),
    pension: (person.pension ?? []).map((e) => ({
      ...e,
      province: code(provinceByName(e.province), "pension.province", e.province),
    })),
    careAway: person.careAway ?? "none",
    ...(person.household
      ? {
          household: person.household.map(({ hukouProvince, hukouCity, insured, ...m }) => ({
            ...m,
            ...(hukouProvince
              ? {
                  hukouProvince: code(
                    provinceByName(hukouProvince),
                    "household.hukouProvince",
                    hukouProvince,
                  ),
                }
              : {}),
            ...(hukouCity
              ? { hukouCity: code(cityByName(hukouCity), "household.hukouCity", hukouCity) }
              : {}),
            ...(insured
              ? {
                  insured: {
                    ...insured,
                    city: code(cityByName(insured.city), "household.insured.city", insured.city),
                  },
                }
              : {}),
          })),
        }
      : {}),
    ...(person.birth === undefined || person.atRetirementAge !== undefined
      ? { atRetirementAge: person.atRetirementAge ?? false }
      : {}),
  };
  const parsed = Answers.safeParse(raw);
  if (!parsed.success) throw new Error(`person 不符合回答的格式：${describeIssues(parsed.error)}`);
  return parsed.data;
}

export function evaluateScenario(input: unknown, index: number): ScenarioResult {
  const fallbackId = typeof input === "object" && input && "id" in input ? String(input.id) : `#${index + 1}`;
  const parsed = Scenario.safeParse(input);
  if (!parsed.success) {
    return {
      id: fallbackId,
      title: "",
      ok: false,
      missing: [],
      unexpected: [],
      error: describeIssues(parsed.error),
    };
  }
  const s = parsed.data;
  const include = s.expect.include ?? [];
  const exclude = s.expect.exclude ?? [];
  const unknown = [...include, ...exclude].filter((t) => !isKnownToken(t));
  if (unknown.length > 0) {
    return {
      id: s.id,
      title: s.title,
      ok: false,
      missing: [],
      unexpected: [],
      error: `不认识的 token：${unknown.join(", ")}`,
    };
  }
  try {
    const tokens = householdTokens(adviseHousehold(personToAnswers(s.person, s.asOf), { asOf: s.asOf }));
    const missing = include.filter((t) => !tokens.has(t));
    const unexpected = exclude.filter((t) => tokens.has(t));
    return {
      id: s.id,
      title: s.title,
      ok: missing.length === 0 && unexpected.length === 0,
      missing,
      unexpected,
      tokens: [...tokens].sort(),
    };
  } catch (e) {
    return {
      id: s.id,
      title: s.title,
      ok: false,
      missing: [],
      unexpected: [],
      error: e instanceof Error ? e.message : String(e),
    };
  }
}

/** Reads a scenario file (YAML list) and evaluates every scenario; throws when the file is not a list. */
export function evaluateScenarioFile(text: string): ScenarioResult[] {
  const doc: unknown = parse(text);
  if (!Array.isArray(doc)) throw new Error("场景文件应是一个列表（YAML sequence）");
  const results = doc.map((s, i) => evaluateScenario(s, i));
  const seen = new Set<string>();
  for (const r of results) {
    if (seen.has(r.id)) Object.assign(r, { ok: false, error: `id ${r.id} 重复` });
    seen.add(r.id);
  }
  return results;
}
