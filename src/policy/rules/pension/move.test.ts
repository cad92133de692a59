import { describe, expect, it } from "vitest";
import { answersFor, type NamedAnswers } from "../../testing";
import { buildProfile } from "../profile";
import { pensionMove } from "./move";

const AS_OF = "2026-11-22";

function move(a: Partial<NamedAnswers>) {
  const named: NamedAnswers = {
    city: "杭州",
    hukouProvince: "江西",
    hukouCity: "上饶",
    work: "employee",
    pension: [{ scheme: "staff", province: "广东", years: 8 }],
    ...a,
  };
  return pensionMove(buildProfile(answersFor(named), AS_OF));
}

describe("国办发〔2009〕66号 第五条 and 第三条: what a move to another province does to the relation", () => {
  it.each([
    ["第五条: a man of 49 moving to a non-户籍 province → 第三条 transfer", "male", 49, "transfer"],
    ["第五条: a man of 50 → temporary account (P13 shape)", "male", 50, "temporary_account"],
    ["第五条: a woman of 39 → transfer", "female", 39, "transfer"],
    ["第五条: a woman of 40 → temporary account", "female", 40, "temporary_account"],
    ["第五条: sex unknown, 39 → below both thresholds → transfer", undefined, 39, "transfer"],
    ["第五条: sex unknown, 40 → depends on sex", undefined, 40, "depends_on_sex"],
    ["第五条: sex unknown, 49 → depends on sex", undefined, 49, "depends_on_sex"],
    [
      "第五条: sex unknown, 50 → past both thresholds → temporary account",
      undefined,
      50,
      "temporary_account",
    ],
  ] as const)("%s", (_, sex, age, kind) => {
    expect(move({ age, ...(sex ? { sex } : {}) })?.kind).toBe(kind);
  });

  it("第五条 exception: moving back to the 户籍 province at 52 → transfer there (P14 shape)", () => {
    const m = move({ age: 52, sex: "male", city: "南昌" });
    expect(m?.kind).toBe("transfer");
    expect(m?.conclusion.code).toBe("move.transfer_home");
  });

  it("第三条: a transfer cites 第三条 and comes with the 参保缴费凭证 step", () => {
    const m = move({ age: 30, sex: "male" });
    expect(m?.conclusion.cites.map((c) => c.clause)).toContain("第三条");
    expect(m?.steps.map((s) => s.code)).toContain("pstep.certificate_old");
  });

  it("66号 took effect on 2010-01-01: the engine says nothing about moves before", () => {
    const answers = answersFor({
      city: "杭州",
      hukouProvince: "江西",
      hukouCity: "上饶",
      work: "employee",
      age: 30,
      pension: [{ scheme: "staff", province: "广东", years: 3 }],
    });
    expect(pensionMove(buildProfile(answers, "2009-12-31"))).toBeUndefined();
    expect(pensionMove(buildProfile(answers, "2010-01-01"))?.kind).toBe("transfer");
  });

  it("working in the province that holds the relation: nothing moves", () => {
    expect(move({ age: 30, city: "广州" })).toBeUndefined();
  });

  it("not working there (none, student, retired): no new enrolment, nothing moves", () => {
    for (const work of ["none", "student", "retired"] as const)
      expect(move({ age: 30, work })).toBeUndefined();
  });

  it("no 职工养老 relation yet: nothing to move", () => {
    expect(move({ age: 30, pension: [{ scheme: "resident", province: "江西", years: 5 }] })).toBeUndefined();
  });

  it("第五条 again: a further move freezes the old temporary account (2025 Q&A)", () => {
    const pension = [
      { scheme: "staff" as const, province: "广东", years: 8 },
      { scheme: "staff" as const, province: "浙江", years: 2, temporary: true },
    ];
    const m = move({ age: 52, sex: "male", city: "南京", pension });
    expect(m?.kind).toBe("temporary_account");
    expect(m?.steps.find((s) => s.code === "pstep.freeze_old_temporary")?.params?.frozen).toBe("浙江");
  });

  it("第五条: still working where the temporary account is → it continues, nothing is frozen", () => {
    const pension = [
      { scheme: "staff" as const, province: "广东", years: 8 },
      { scheme: "staff" as const, province: "浙江", years: 2, temporary: true },
    ];
    const m = move({ age: 52, sex: "male", pension });
    expect(m?.conclusion.code).toBe("move.temporary_account_continues");
    expect(m?.steps.map((s) => s.code)).not.toContain("pstep.freeze_old_temporary");
  });
});
