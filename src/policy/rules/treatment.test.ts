import { describe, expect, it } from "vitest";
import { answersFor, type NamedAnswers } from "../testing";
import { buildProfile } from "./profile";
import { treatmentAdvice } from "./treatment";
import type { Target } from "./target";
import { cityByName } from "../data/regions";

const AS_OF = "2026-11-22";
function treatment(
  a: Partial<NamedAnswers>,
  target?: { scheme: Target["scheme"]; city: string },
  asOf = AS_OF,
) {
  const p = buildProfile(
    answersFor({
      city: "深圳",
      hukouProvince: "湖南",
      hukouCity: "邵阳",
      work: "none",
      careAway: "long_term",
      medical: [{ scheme: "resident", city: "邵阳", from: "2012-01-01" }],
      ...a,
    }),
    asOf,
  );
  return treatmentAdvice(p, target && { scheme: target.scheme, city: cityByName(target.city)?.code ?? "" });
}
const codes = (t: ReturnType<typeof treatment>) => t?.details.map((d) => d.code) ?? [];

describe("医保发〔2022〕22号: which 异地就医备案", () => {
  it("P19: living in 深圳 for good, insured in 邵阳 → 异地长期居住 (long_term)", () => {
    const t = treatment({});
    expect(t?.filing).toBe("long_term");
    expect(t?.finding.code).toBe("treatment.filing_long_term");
    expect(t?.finding.cites[0]).toEqual({ source: "ybf-2022-22", clause: "异地长期居住人员" });
    expect(codes(t)).toEqual(
      expect.arrayContaining(["treatment.rates_home_standard", "treatment.proof_permit_or_undertaking"]),
    );
    // The filing is made with the insured place: its office first (persona 3).
    expect(t?.channels.map((c) => c.code)).toEqual(["office", "national_app", "hotline_12393"]);
  });

  it("22号 常驻异地工作: an employee still in 职工医保 elsewhere → long_term, with the labour contract", () => {
    const t = treatment({
      work: "employee",
      medical: [{ scheme: "staff", city: "长沙", from: "2020-01-01" }],
    });
    expect(t?.filing).toBe("long_term");
    expect(t?.finding.code).toBe("treatment.filing_posted_worker");
    expect(t?.materials.map((m) => m.code)).toContain("labor_contract");
  });

  it("22号 异地安置退休: a retiree whose 户籍 is now in 深圳, insured in 长沙 → retired_relocated", () => {
    const t = treatment({
      work: "retired",
      hukouProvince: "广东",
      hukouCity: "深圳",
      medical: [{ scheme: "staff", city: "长沙", from: "1995-01-01" }],
    });
    expect(t?.filing).toBe("retired_relocated");
    expect(t?.materials.find((m) => m.code === "hukou_booklet")?.params.need).toBe("required");
  });

  it.each([
    ["户籍 still in 邵阳", "湖南", "邵阳"],
    ["户籍 moved to 广州, another city of the same province", "广东", "广州"],
  ])(
    "a retiree living in 深圳 with the %s → long_term, not retired_relocated",
    (_, hukouProvince, hukouCity) => {
      const t = treatment({
        work: "retired",
        hukouProvince,
        hukouCity,
        medical: [{ scheme: "staff", city: "长沙", from: "1995-01-01" }],
      });
      expect(t?.filing).toBe("long_term");
    },
  );

  it("22号 临时外出就医: a trip → temporary, at most 10 / 20 points lower, at least 6 months", () => {
    const t = treatment({ careAway: "temporary" });
    expect(t?.filing).toBe("temporary");
    expect(t?.details.find((d) => d.code === "treatment.rates_temporary")?.params).toEqual({
      referral: 10,
      other: 20,
    });
    expect(t?.details.find((d) => d.code === "treatment.valid_min_months")?.params).toEqual({ months: 6 });
  });

  it("a trip needs a filing even for someone insured where they live", () => {
    const t = treatment({
      careAway: "temporary",
      medical: [{ scheme: "staff", city: "深圳", from: "2020-01-01" }],
    });
    expect(t?.filing).toBe("temporary");
  });

  it("insured where they live → no filing needed", () => {
    const t = treatment({ medical: [{ scheme: "staff", city: "深圳", from: "2020-01-01" }] });
    expect(t?.filing).toBeUndefined();
    expect(t?.finding.code).toBe("treatment.no_filing_needed");
  });

  it("no enrolment yet: the recommended one decides (in 深圳 → none; at the 户籍 place → long_term)", () => {
    expect(treatment({ medical: [] }, { scheme: "resident", city: "深圳" })?.filing).toBeUndefined();
    expect(treatment({ medical: [] }, { scheme: "resident", city: "邵阳" })?.filing).toBe("long_term");
    expect(treatment({ medical: [] })).toBeUndefined();
  });

  it("insured elsewhere in the same province: says the province's own rules apply", () => {
    const t = treatment({ city: "长沙" });
    expect(codes(t)).toContain("treatment.within_province");
  });

  it("人社部发〔2016〕44号's inpatient-only limit is superseded by 22号 — dated", () => {
    const change = treatment({})?.changes[0];
    expect(change?.code).toBe("changed.direct_settlement_scope");
    expect(change?.cites.map((c) => c.source)).toEqual(["rsbf-2016-44", "ybf-2022-22"]);
    expect(codes(treatment({}))).toContain("treatment.outpatient_too");
  });

  it("before 22号 the engine says nothing (the 2016–2022 rules are not coded); careAway none → nothing", () => {
    expect(treatment({}, undefined, "2021-01-01")).toBeUndefined();
    expect(treatment({ careAway: "none" })).toBeUndefined();
  });
});
