import type { City } from "../data/regions";
import { LOCAL_POLICIES } from "../data/local";
import type { AccessRule, LocalPolicy } from "../data/local/types";
import { NATIONAL_HUKOU_LIFT } from "../data/national/continuity";
import type { Citation, Conclusion } from "../types";

export type AccessTopic = "flexibleStaff" | "residentAdult" | "residentChild";
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

function ruleInForce(rules: readonly AccessRule[], asOf: string): AccessRule | undefined {
  let found: AccessRule | undefined;
  for (const r of rules) {
    const started = r.from === undefined || r.from <= asOf;
    const notEnded = r.until === undefined || asOf < r.until;
    if (started && notEnded && (!found || (r.from ?? "") >= (found.from ?? ""))) found = r;
  }
  return found;
}

/**
 * Can a non-local person take this route in this city on asOf? A city rule beats its province's; a
 * restrictive rule whose evidence predates the national change of 2025-01-07 is no longer certain
 * (unconfirmed), and so is a place no source speaks of. Open rules stay open: the national change only
 * widened access.
 */
export function resolveAccess(topic: AccessTopic, city: City, asOf: string): AccessFinding {
  const rules = topic === "residentChild" ? childRules(city, asOf) : localRules(topic, city).rules;
  const rule = ruleInForce(rules, asOf);
  if (!rule) {
    const code = rules.length === 0 ? "city.not_found" : "city.no_rule_for_date";
    return {
      status: "unconfirmed",
      because: [{ code, params: { city: city.short, topic }, cites: nationalCites(topic, asOf) }],
    };
  }
  if (rule.value === "open") {
    const because: Conclusion[] = [
      {
        code: "city.open",
        params: { city: city.short, topic, ...(rule.from ? { since: rule.from } : {}) },
        cites: [rule.cite],
      },
    ];
    const validUntil = rule.termEnds;
    if (validUntil !== undefined && asOf > validUntil) {
      because.push({
        code: "city.term_ended_national_requires",
        params: { until: validUntil },
        cites: [rule.cite, ...nationalCites(topic, asOf)],
      });
    }
    if (rule.condition) {
      because.push({ code: `condition.${rule.condition}`, cites: [rule.cite] });
    }
    return { status: "open", rule, because };
  }
  const predates =
    asOf >= NATIONAL_HUKOU_LIFT.on && (rule.seen === undefined || rule.seen < NATIONAL_HUKOU_LIFT.on);
  const describe: Conclusion = {
    code: rule.value === "closed" ? "city.closed" : "city.conditional",
    params: { city: city.short, topic, ...(rule.seen ? { seen: rule.seen } : {}) },
    cites: [rule.cite],
    ...(rule.condition ? { because: [{ code: `condition.${rule.condition}`, cites: [rule.cite] }] } : {}),
  };
  if (predates) {
    return {
      status: "unconfirmed",
      rule,
      because: [
        describe,
        {
          code: "city.predates_national",
          params: { on: NATIONAL_HUKOU_LIFT.on, ...(rule.seen ? { seen: rule.seen } : { seen: "undated" }) },
          cites: nationalCites(topic, asOf),
        },
      ],
    };
  }
  return { status: rule.value, rule, because: [describe] };
}
