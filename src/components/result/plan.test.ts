import { describe, expect, it } from "vitest";
import { TEXTS, conclusionText } from "../../content/zh-CN/texts";
import { advise } from "../../policy/advise";
import type { Answers } from "../../policy/answers";
import { deadlinesOf } from "../../policy/rules/deadlines";
import { PEOPLE, answersFor, sampleAnswers, type NamedAnswers } from "../../policy/testing";
import type { Conclusion } from "../../policy/types";
import { citationOrder } from "./citation-index";
import { planPerson, type PersonPlan, type PlanSection } from "./plan";

function plan(answers: Answers, asOf = "2026-11-30"): PersonPlan {
  const advice = advise(answers, { asOf });
  return planPerson(answers, advice, deadlinesOf(answers, advice, { asOf }));
}
const planFor = (a: NamedAnswers, asOf?: string) => plan(answersFor(a), asOf);

/** Every conclusion in a plan, reasons included. */
function conclusions(value: unknown, into: Conclusion[] = []): Conclusion[] {
  if (Array.isArray(value)) for (const v of value) conclusions(v, into);
  else if (value && typeof value === "object") {
    // Materials and channels have a code and sources too, but no words of their own: not conclusions.
    if ("code" in value && "cites" in value && (value as Conclusion).code in TEXTS)
      into.push(value as Conclusion);
    for (const [k, v] of Object.entries(value)) if (k !== "cites" && k !== "params") conclusions(v, into);
  }
  return into;
}
/** What a section shows: its conclusions, and its pictures, option cards, channels or figures form. */
function contents(s: PlanSection): number {
  const extra =
    s.kind === "timeline"
      ? 1
      : s.kind === "options"
        ? s.options.length
        : s.kind === "channels"
          ? s.channels.length
          : s.kind === "money"
            ? Number(s.money.asks.medical || s.money.asks.flexibleBase)
            : s.kind === "pension"
              ? Number(!!s.claimPicture) + Number(!!s.retirementPicture)
              : 0;
  return conclusions(s).length + extra;
}

const section = <K extends PlanSection["kind"]>(p: PersonPlan, kind: K) =>
  p.sections.find((s): s is Extract<PlanSection, { kind: K }> => s.kind === kind);

/** Persona test p1: rider in 杭州, 居民医保 in 周口, living in 杭州 long-term. */
const rider: NamedAnswers = PEOPLE.hangzhouRider;
/** Persona test p8: 职工医保 南京 to 2026-03, job in 合肥 from 2026-09, 16 years of 职工养老 in 江苏. */
const mover: NamedAnswers = {
  city: "合肥",
  hukouProvince: "江苏",
  hukouCity: "南京",
  work: "employee",
  birth: "1979-03",
  sex: "male",
  medical: [{ scheme: "staff", city: "南京", from: "2010-01-01", to: "2026-03-31" }],
  plannedStart: "2026-09-01",
  pension: [{ scheme: "staff", province: "江苏", years: 16 }],
};

describe("the first screen: what to do, in order, with the dates", () => {
  it("a mover: the transfer's steps numbered, the follow-up day under the transfer-in, the pension's steps and month", () => {
    const p = planFor(mover);
    expect(p.todo.map((g) => [g.id, g.numbered])).toEqual([
      ["medical-transfer", true],
      ["pension-transfer", false], // its steps say 第一步 … themselves
      ["pension_claim", false],
    ]);
    const transfer = p.todo[0];
    expect(transfer?.lead?.code).toBe("transfer.staff_to_staff");
    const dated = transfer?.steps.filter((s) => s.deadline);
    expect(dated?.map((s) => [s.step.code, s.deadline?.code])).toEqual([
      ["step.transfer_in", "deadline.transfer_follow_up"],
    ]);
    expect(conclusionText(dated?.[0]?.deadline as Conclusion)).toContain("2026年12月21日应该办完了");
    expect(p.warnings.map((w) => w.code)).toContain("warning.gap_over_3_months");
  });

  it("a rider living away from her insurance: the filing is a step, and not said again in the recommendation or the section", () => {
    const p = planFor(rider);
    expect(p.todo.map((g) => g.id)).toEqual(["filing"]);
    expect(p.todo[0]?.steps.map((s) => s.step.code)).toEqual([
      "treatment.filing_long_term",
      "treatment.file_with_insured_place",
    ]);
    expect(p.recommendation.because.map((b) => b.code)).not.toContain("rec.resident_hukou_needs_filing");
    const care = section(p, "care");
    expect(care?.items.map((c) => c.code)).not.toContain("treatment.filing_long_term");
    expect(care?.items.length).toBeGreaterThan(2);
  });
});

describe("the option cards", () => {
  it("leave to the notice above them that the place's rule was not found, and keep their status", () => {
    const p = planFor(rider);
    const options = section(p, "options");
    expect(options?.notice?.code).toBe("notice.city_rule_unconfirmed");
    const flexible = options?.options.find((o) => o.code === "staff_flexible");
    expect(flexible?.status).toBe("unconfirmed");
    expect(flexible?.because.map((b) => b.code)).not.toContain("city.not_found");
    // The notice is not in 当地还没确认的事 as well.
    const unknown = p.sections.find((s) => s.id === "unknown");
    expect(unknown && "items" in unknown ? unknown.items.map((c) => c.code) : []).not.toContain(
      "notice.city_rule_unconfirmed",
    );
  });

  it("ask for nothing to bring for what the person has already joined", () => {
    const current = section(planFor(rider), "options")?.options.find((o) => o.current);
    expect(current?.code).toBe("resident_hukou");
    expect(current?.materials).toEqual([]);
  });
});

describe("nothing said twice, no empty section (a sweep over the sample grid and the personas)", () => {
  const runs = [
    ...sampleAnswers(),
    ...[rider, mover].map((a) => ({ answers: answersFor(a), asOf: "2026-11-30" })),
  ];

  it.each(runs.map((r, i) => [i, r] as const))("sample %i", (_i, { answers, asOf }) => {
    const p = plan(answers, asOf);
    const texts = conclusions(p).map(conclusionText);
    const twice = texts.filter((t, i) => texts.indexOf(t) !== i);
    expect(twice).toEqual([]);
    for (const s of p.sections) expect(contents(s), s.id).toBeGreaterThan(0);
    // Every source numbered is cited by something the plan shows, and the other way round.
    const order = citationOrder(p);
    const cited = new Set(conclusions(p).flatMap((c) => c.cites.map((x) => x.source)));
    expect([...order.keys()].every((id) => cited.has(id) || id !== "")).toBe(true);
    for (const id of cited) expect(order.has(id), id).toBe(true);
  });
});
