import { describe, expect, it } from "vitest";
import { answersFor, type NamedAnswers } from "../testing";
import { medicalOptions } from "./medical-options";
import { buildProfile } from "./profile";
import { recommend } from "./recommend";

const rec = (a: NamedAnswers, asOf = "2026-11-22") => {
  const p = buildProfile(answersFor(a), asOf);
  return recommend(p, medicalOptions(p));
};

describe("the option put first", () => {
  it("flexible and platform workers: 职工医保 where they work, which the 2025-01-07 notice encourages", () => {
    const r = rec({
      city: "合肥",
      hukouProvince: "山东",
      hukouCity: "临沂",
      residencePermit: "yes",
      work: "platform",
    });
    expect(r.code).toBe("staff_flexible");
    expect(r.because[0]?.cites[0]?.source).toBe("nhsa-2025-workers-rights");
  });

  it("when 职工医保 as 灵活就业 is not confirmed locally, the best open option, and the better one to ask about", () => {
    const r = rec({
      city: "成都",
      hukouProvince: "四川",
      hukouCity: "巴中",
      work: "construction",
      medical: [{ scheme: "resident", city: "巴中", from: "2010-01-01" }],
    });
    expect(r.code).toBe("resident_hukou");
    expect(r.keepCurrent).toBe(true);
    expect(r.better).toEqual({ code: "staff_flexible", status: "unconfirmed" });
  });

  it("someone who lives here with a 居住证: 居民医保 here (no 异地就医 filing needed)", () => {
    expect(
      rec({
        city: "石家庄",
        hukouProvince: "山西",
        hukouCity: "大同",
        residencePermit: "yes",
        work: "none",
        livingWith: "children",
      }).code,
    ).toBe("resident_local");
  });

  it("a retired 职工医保 member: keep it", () => {
    const r = rec({
      city: "深圳",
      hukouProvince: "湖南",
      hukouCity: "邵阳",
      work: "retired",
      medical: [{ scheme: "staff", city: "邵阳", from: "1995-01-01" }],
    });
    expect(r).toMatchObject({ code: "keep_current", keepCurrent: true });
  });
});
