import { describe, expect, it } from "vitest";
import { findMoney } from "./conclusions";
import { pensionGaps, type PensionGapsInput } from "./pension-gaps";

const gaps = (over: Partial<PensionGapsInput> = {}) => pensionGaps({ asOf: "2026-11-22", ...over });
const codes = (list: { code: string }[] | undefined) => list?.map((c) => c.code);

describe("断缴, 补缴, 退保 for 职工养老 (facts.md Addendum C §3, §4)", () => {
  it("stopping: the years and the account are kept and add up later (66号 第三条, 法 第十四条)", () => {
    const r = gaps();
    expect(codes(r?.stop)).toEqual(["money.gap_years_add_up"]);
    expect(r?.stop[0]?.cites.map((c) => c.source)).toEqual(["gbf-2009-66", "social-insurance-law"]);
  });

  it("a flexible worker's own gap: no paying back afterwards (河南 2020, the example found)", () => {
    const payBack = codes(gaps({ paidAs: "flexible" })?.payBack);
    expect(payBack).toContain("money.backpay_flexible_not_allowed");
    expect(payBack).not.toContain("money.backpay_employer_gap");
    expect(payBack).toContain("money.backpay_national_not_found");
  });

  it("an employer's gap: back pay for the employment, not before 1995-01-01 (河南); 3+ years need proof to move (94号)", () => {
    const r = gaps({ paidAs: "employer" });
    expect(findMoney(r?.payBack ?? [], "money.backpay_employer_gap")?.params).toEqual({
      earliest: "1995-01-01",
    });
    expect(findMoney(r?.payBack ?? [], "money.backpay_lump_sum_transfer_proof")?.cites[0]?.source).toBe(
      "rstf-2019-94",
    );
    expect(codes(r?.payBack)).not.toContain("money.backpay_flexible_not_allowed");
  });

  it("退保: not before pension age; the account is kept abroad, paid out on loss of nationality, inherited on death", () => {
    expect(codes(gaps()?.cashOut)).toEqual([
      "money.no_cash_out_before_age",
      "money.settle_abroad_keeps_account",
      "money.cash_out_loss_of_nationality",
      "money.account_inherited",
    ]);
  });

  it("too few years at the statutory age: keep paying to the minimum of the year the age is reached", () => {
    expect(
      findMoney(gaps({ reachMonth: "2031-05" })?.shortAtRetirement ?? [], "money.short_keep_paying")?.params,
    ).toEqual({
      min: 16,
    });
    expect(findMoney(gaps()?.shortAtRetirement ?? [], "money.short_keep_paying")?.params).toEqual({});
  });

  it.each([
    ["enrolled 2008-03: may pay the rest at once after 5 years of extension", "2008-03", "may_qualify"],
    ["enrolled 2011-07: the law was in force, no lump sum under 第二条", "2011-07", "not_eligible"],
    ["enrolment date not known", undefined, "unknown"],
  ])("一次性缴费 (13号令 第二条): %s", (_, firstEnrolled, status) => {
    const r = gaps(firstEnrolled ? { firstEnrolled } : {});
    expect(findMoney(r?.shortAtRetirement ?? [], "money.short_lump_sum")?.params).toEqual({
      before: "2011-07-01",
      extension: 5,
      status,
    });
  });

  it("after the 2024 reform, whether 第二条's condition still holds is not found — it says so", () => {
    expect(codes(gaps()?.shortAtRetirement)).toContain("money.short_lump_sum_after_reform_unconfirmed");
    expect(codes(gaps({ asOf: "2024-06-01" })?.shortAtRetirement)).not.toContain(
      "money.short_lump_sum_after_reform_unconfirmed",
    );
  });

  it("or move into the resident pension (城乡衔接), or end it and get the personal account only", () => {
    expect(codes(gaps()?.shortAtRetirement)).toEqual(
      expect.arrayContaining(["money.short_linkage", "money.short_terminate"]),
    );
  });

  it("refuses a date before 人社部令第13号 took effect", () => {
    expect(pensionGaps({ asOf: "2011-06-30" })).toBeUndefined();
  });
});
