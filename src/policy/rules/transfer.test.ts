import { describe, expect, it } from "vitest";
import { transferMaterials } from "./materials";
import { answersFor, type NamedAnswers } from "../testing";
import { buildProfile } from "./profile";
import { transferAdvice } from "./transfer";

function transfer(a: NamedAnswers, target: "staff" | "resident", asOf = "2026-11-22") {
  const p = buildProfile(answersFor(a), asOf);
  const prev = p.medical[p.medical.length - 1];
  if (!prev) throw new Error("no history");
  return transferAdvice(p, prev, { scheme: target, city: p.city.code });
}

const mover = (from: string, to: string, scheme: "staff" | "resident" = "staff"): NamedAnswers => ({
  city: to,
  hukouProvince: "安徽",
  hukouCity: "阜阳",
  work: "employee",
  medical: [{ scheme, city: from, from: "2018-01-01", to: "2026-05-31" }],
  plannedStart: "2026-06-01",
});

describe("医保关系转移接续 (医保办发〔2021〕43号: three situations)", () => {
  it("职工医保 → 职工医保 in another area: must be applied for; years add up and the account moves (80号 三)", () => {
    const t = transfer(mover("南京", "合肥"), "staff");
    expect(t).toMatchObject({ kind: "required", yearsCombined: true, accountMoves: true });
    expect(t?.outcomes.map((o) => o.code)).toEqual(["transfer.years_combined", "transfer.account_moves"]);
  });

  it("居民医保 → 居民医保: done after enrolling for the next year", () => {
    expect(transfer(mover("大同", "石家庄", "resident"), "resident")?.kind).toBe("next_year");
  });

  it("across schemes: may be applied for", () => {
    expect(transfer(mover("周口", "杭州", "resident"), "staff")).toMatchObject({
      kind: "optional",
      yearsCombined: false,
    });
  });

  it("河北: no transfer for 职工医保 members changing city inside the province (seed 002)", () => {
    expect(transfer(mover("保定", "石家庄"), "staff")?.kind).toBe("not_needed");
  });

  it("广西 starts the in-region transfer by itself (seed 002)", () => {
    expect(transfer(mover("柳州", "南宁"), "staff")?.kind).toBe("automatic");
  });

  it("no transfer within one city", () => {
    expect(transfer(mover("合肥", "合肥"), "staff")).toBeUndefined();
  });

  it("43号's time limits from 2021-11-01: 10 working days out, 5 in, online", () => {
    const days = transfer(mover("南京", "合肥"), "staff")
      ?.steps.filter((s) => s.code.startsWith("step.transfer_"))
      .map((s) =>
        s.code === "step.transfer_out" || s.code === "step.transfer_in" ? s.params.days : undefined,
      );
    expect(days).toEqual([10, 5]);
  });

  it("before that, 人社厅发〔2016〕94号's contact letter and 15 + 15 + 15 working days", () => {
    const t = transfer(
      {
        ...mover("南京", "合肥"),
        medical: [{ scheme: "staff", city: "南京", from: "2018-01-01", to: "2021-05-31" }],
        plannedStart: "2021-06-01",
      },
      "staff",
      "2021-10-31",
    );
    const days = t?.steps.map((s) =>
      s.code === "step.letter" || s.code === "step.transfer_out" || s.code === "step.transfer_in"
        ? s.params.days
        : undefined,
    );
    expect(days?.filter((d) => d !== undefined)).toEqual([15, 15, 15]);
    expect(t?.changes).toEqual([]);
  });

  it("says the procedure changed with the notice issued in 2021-11 (its start date is not known)", () => {
    expect(transfer(mover("南京", "合肥"), "staff")?.changes[0]).toMatchObject({
      code: "changed.transfer_procedure",
      params: { issued: "2021-11", before: 45, now: 15 },
    });
  });

  it("online transfers need no paper 参保凭证: it is “maybe”, never “要带” (audit F12)", () => {
    const t = transfer(mover("南京", "合肥"), "staff");
    if (!t) throw new Error("no transfer");
    expect(transferMaterials(t).find((m) => m.code === "insurance_certificate")?.params.need).toBe("maybe");
  });
});
