import type { AccessTopic } from "../codes/medical";
import type { City } from "../data/regions";
import { LOCAL_POLICIES } from "../data/local";
import type { AccessRule, LocalPolicy } from "../data/local/types";
import { NATIONAL_HUKOU_LIFT } from "../data/national/continuity";
import type { Citation, Conclusion } from "../types";
import { CONDITIONS } from "../data/local/conditions";
import { evaluateCondition } from "./conditions";
import type { Profile } from "./profile";

export type { AccessTopic };
export type AccessStatus = "open" | "closed" | "conditional" | "unconfirmed";

export interface AccessFinding {
  status: AccessStatus;
  rule?: AccessRule;
  because: Conclusion[];
}

/** The national basis of each route, cited when a city says nothing (facts.md §2, §5.1, seed 000). */
const NATIONAL_BASIS: Record<AccessTopic, Citation[]> = {
  flexibleStaff: [
    { source: "social-insurance-law", clause: "第二十三条" },
    { source: "rsbf-2015-80", clause: "一、做好进城落户农民参保工作" },
  ],
  residentAdult: [{ source: "gwjcf-2016-23", clause: "第十条" }],
  residentChild: [
    { source: "gbf-2024-38", clause: "推动外地户籍中小学生、学龄前儿童在常住地参加居民医保" },
    { source: "nhsa-children-2024" },
  ],
};

function nationalCites(topic: AccessTopic, asOf: string): Citation[] {
  const lift = asOf >= NATIONAL_HUKOU_LIFT.on ? [...NATIONAL_HUKOU_LIFT.cites] : [];
  return [...NATIONAL_BASIS[topic], ...lift];
}

/** The city's own rules for the topic, or else its province's. */
export function localRules(
  topic: AccessTopic,
  city: City,
): { rules: readonly AccessRule[]; place?: LocalPolicy } {
  const own = LOCAL_POLICIES.get(city.code);
  if (own?.[topic]) return { rules: own[topic] ?? [], place: own };
  const province = LOCAL_POLICIES.get(city.provinceCode);
  if (province?.[topic]) return { rules: province[topic] ?? [], place: province };
  return { rules: [] };
}

/** When a rule is known to hold: its stated start, else the date of its evidence. */
const knownFrom = (r: AccessRule) => r.from ?? r.seen ?? "";

/** The rule in force on asOf: started (or undated) and not ended; the latest known one wins. */
export function ruleInForce(rules: readonly AccessRule[], asOf: string): AccessRule | undefined {
  let found: AccessRule | undefined;
  for (const r of rules) {
    const started = r.from === undefined || r.from <= asOf;
    const notEnded = r.until === undefined || asOf < r.until;
    if (started && notEnded && (!found || knownFrom(r) >= knownFrom(found))) found = r;
  }
  return found;
}

/**
 * Children: the place's own rule for children; where it has none, its rule for adults when that one is
 * open to every 居住证 holder (a restrictive adult rule says nothing about children).
 */
function childRules(city: City, asOf: string): readonly AccessRule[] {
  const own = localRules("residentChild", city).rules;
  if (own.length > 0) return own;
  const adult = ruleInForce(localRules("residentAdult", city).rules, asOf);
  return adult?.value === "open" ? [adult] : [];
}

/**
 * A restrictive rule whose evidence (or stated start) is older than the national change of 2025-01-07, or
 * undated, is no longer certain after it.
 */
function predatesNational(rule: AccessRule, asOf: string): boolean {
  const evidence = rule.seen ?? rule.from;
  return asOf >= NATIONAL_HUKOU_LIFT.on && (evidence === undefined || evidence < NATIONAL_HUKOU_LIFT.on);
}

/**
 * Can this (non-local) person take this route in this city on asOf? A city rule beats its province's. A
 * rule's condition is checked against the answers: met opens the route, not met closes it, and what the
 * answers cannot tell stays a condition to check. A restrictive rule (closed, or conditional and not met)
 * whose evidence predates the national change of 2025-01-07 is no longer certain: unconfirmed, never
 * closed. So is a place no source speaks of. Open rules stay open: the national change only widened access.
 */
export function resolveAccess(topic: AccessTopic, p: Profile, city: City = p.city): AccessFinding {
  const asOf = p.asOf;
  const rules = topic === "residentChild" ? childRules(city, asOf) : localRules(topic, city).rules;
  const rule = ruleInForce(rules, asOf);
  const where = { city: city.short, topic };
  if (!rule) {
    return {
      status: "unconfirmed",
      because: [
        {
          code: rules.length === 0 ? "city.not_found" : "city.no_rule_for_date",
          params: where,
          cites: nationalCites(topic, asOf),
        },
      ],
    };
  }
  const seen = rule.seen ? { seen: rule.seen } : {};
  // What the texts show of a rule's date: the date of its evidence, else the start its source states.
  const dated = rule.seen ? seen : rule.from ? { from: rule.from } : {};
  const because: Conclusion[] = [];
  if (rule.value === "open") {
    because.push({ code: "city.open", params: { ...where, ...dated }, cites: [rule.cite] });
    if (rule.termEnds !== undefined && asOf > rule.termEnds) {
      because.push({
        code: "city.term_ended_national_requires",
        params: { until: rule.termEnds },
        cites: [rule.cite, ...nationalCites(topic, asOf)],
      });
    }
  } else {
    because.push({
      code: rule.value === "closed" ? "city.closed" : "city.conditional",
      params: { ...where, ...dated },
      cites: [rule.cite],
    });
  }
  let verdict: "met" | "not_met" | "unknown" | undefined;
  if (rule.condition) {
    verdict = evaluateCondition(rule.condition, p, city);
    because.push({
      code: `condition.${rule.condition}`,
      cites: [rule.cite],
      because: [
        {
          code:
            verdict === "met"
              ? "condition.met"
              : verdict === "not_met"
                ? "condition.not_met"
                : "condition.to_check",
          cites: [rule.cite],
        },
      ],
    });
  }
  const restrictive = rule.value === "closed" || verdict === "not_met";
  // Only a limit on non-local people is loosened by the national change; an age limit is not.
  const hukouLimit =
    rule.value === "closed" || (rule.condition ? CONDITIONS[rule.condition].hukouLimit : true);
  if (restrictive && hukouLimit && predatesNational(rule, asOf)) {
    because.push({
      code: "city.predates_national",
      params: { on: NATIONAL_HUKOU_LIFT.on, ...seen },
      cites: nationalCites(topic, asOf),
    });
    return { status: "unconfirmed", rule, because };
  }
  if (restrictive) return { status: "closed", rule, because };
  if (verdict === "unknown") {
    if (rule.value === "conditional" && predatesNational(rule, asOf)) {
      because.push({
        code: "city.predates_national",
        params: { on: NATIONAL_HUKOU_LIFT.on, ...seen },
        cites: nationalCites(topic, asOf),
      });
    }
    return { status: "conditional", rule, because };
  }
  if (rule.value === "conditional" && verdict === undefined) return { status: "conditional", rule, because };
  return { status: "open", rule, because };
}
