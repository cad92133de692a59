import { describe, expect, it } from "vitest";
import { Answers } from "../../policy/answers";
import { adviseHousehold } from "../../policy/advise";
import type { Deadline } from "../../policy/rules/deadlines";
import { UI } from "../../content/zh-CN/ui";
import { resultSpeech } from "../read-aloud/result-speech";
import { householdDeadlines, memberName, memberParts } from "./household-plan";
import { planPerson } from "./plan";

const FAMILY: Answers = Answers.parse({
  city: "320500",
  hukouProvince: "340000",
  hukouCity: "341200",
  residencePermit: "yes",
  work: "platform",
  birth: "1986-03",
  sex: "male",
  livingWith: "none",
  medical: [{ scheme: "resident", city: "341200", from: "2015-01" }],
  pension: [],
  careAway: "long_term",
  household: [
    { relation: "spouse", birth: "1988-07", sex: "female", work: "none", residencePermit: "no" },
    { relation: "child", birth: "2018-04", schooling: "school" },
    { relation: "child", birth: "2023-06", schooling: "none" },
    { relation: "parent", birth: "1962-02", sex: "female", work: "retired", residencePermit: "no" },
  ],
});

describe("the household's parts of the result page", () => {
  const household = adviseHousehold(FAMILY, { asOf: "2026-11-30" });

  it("names each member as the wizard's family cards did, numbered within their relation", () => {
    expect(household.members.map(memberName)).toEqual(["配偶", "孩子 1", "孩子 2", "父母 1"]);
  });

  it("gives each member a plan of their own, its ids apart from the person's and each other's", () => {
    const parts = memberParts(household.members, "2026-11-30");
    expect(parts.map((p) => p.heading)).toEqual([
      "配偶（1988年7月出生）的医保",
      "孩子 1（2018年4月出生）的医保",
      "孩子 2（2023年6月出生）的医保",
      "父母 1（1962年2月出生）的医保",
    ]);
    const ids = parts.flatMap((p) => p.plan.sections.map((s) => s.id));
    expect(new Set(ids).size).toBe(ids.length);
    parts.forEach((p) => {
      for (const s of p.plan.sections) expect(s.id.startsWith(`${p.key}-`)).toBe(true);
    });
    // The children's own recommendations, as scenario H1 has them.
    expect(parts[1]?.plan.recommendation.code).toBe("resident_local");
    expect(parts[2]?.plan.recommendation.code).toBe("resident_hukou");
  });

  it("puts every day and deed in the calendar once, earliest first, saying whom it is for", () => {
    const d = (code: string, date: string) => ({ code, date, where: [], cites: [] }) as unknown as Deadline;
    const own = [d("deadline.window_end", "2026-12-31"), d("deadline.retirement", "2046-03-01")];
    const part = (key: string, name: string, deadlines: Deadline[]) => ({
      key,
      name,
      heading: "",
      plan: undefined as never,
      deadlines,
    });
    const parts = [
      part("child1", "孩子 1", [d("deadline.window_end", "2026-12-31")]),
      part("parent1", "父母 1", [d("deadline.filing_check", "2026-12-15")]),
    ];
    expect(householdDeadlines(own, parts).map((x) => `${x.code}@${x.date} ${x.for?.join("+")}`)).toEqual([
      "deadline.filing_check@2026-12-15 父母 1",
      "deadline.window_end@2026-12-31 你自己+孩子 1",
      "deadline.retirement@2046-03-01 你自己",
    ]);
    // Alone on the page, nobody is named.
    expect(householdDeadlines(own, []).every((x) => x.for === undefined)).toBe(true);
  });

  it("reads aloud the person's part, then each member's under their heading, then the one checklist", () => {
    const parts = memberParts(household.members, "2026-11-30");
    const own = planPerson(FAMILY, household.self, []);
    const text = resultSpeech(own, household.self.materials, parts);
    const at = (s: string) => text.indexOf(s);
    expect(at("配偶（1988年7月出生）的医保")).toBeGreaterThan(0);
    expect(at("孩子 1（2018年4月出生）的医保")).toBeGreaterThan(at("配偶（1988年7月出生）的医保"));
    expect(at("父母 1（1962年2月出生）的医保")).toBeGreaterThan(at("孩子 2（2023年6月出生）的医保"));
    expect(household.self.materials.length).toBeGreaterThan(0);
    expect(at(`${UI.speechMaterials}：`)).toBeGreaterThan(at("父母 1（1962年2月出生）的医保"));
  });
});
