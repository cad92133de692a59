import { describe, expect, it } from "vitest";
import { answersFor, type NamedAnswers } from "../testing";
import { medicalOptions } from "./medical-options";
import { buildProfile } from "./profile";

const ASOF = "2026-11-22";
const statuses = (a: NamedAnswers) =>
  Object.fromEntries(medicalOptions(buildProfile(answersFor(a), ASOF)).map((o) => [o.code, o.status]));

describe("which schemes a person can join where they live (2025-01-07 notice; 人社部发〔2015〕80号 一)", () => {
  it("an employee joins 职工医保 through the employer, and only that", () => {
    expect(statuses({ city: "杭州", hukouProvince: "河南", hukouCity: "周口", work: "employee" })).toEqual({
      staff_employer: "open",
    });
  });

  it("a platform worker in 合肥 with a 居住证: 职工医保 as 灵活就业, 居民医保 here, or at home (seed 002)", () => {
    expect(
      statuses({
        city: "合肥",
        hukouProvince: "山东",
        hukouCity: "临沂",
        residencePermit: "yes",
        work: "platform",
      }),
    ).toEqual({
      staff_flexible: "open",
      resident_local: "open",
      resident_hukou: "open",
    });
  });

  it("without a 居住证, 居民医保 where one lives opens only after getting one", () => {
    expect(
      statuses({
        city: "郑州",
        hukouProvince: "湖北",
        hukouCity: "襄阳",
        residencePermit: "no",
        work: "flexible",
      }),
    ).toMatchObject({
      staff_flexible: "open",
      resident_local: "after_step",
    });
  });

  it("郑州 accepts the 居住证办理凭证 (seed 002)", () => {
    expect(
      statuses({
        city: "郑州",
        hukouProvince: "湖北",
        hukouCity: "襄阳",
        residencePermit: "applying",
        work: "none",
      }).resident_local,
    ).toBe("open");
  });

  it("elsewhere, whether the 办理凭证 is accepted is not confirmed: the route opens once the permit is in hand", () => {
    expect(
      statuses({
        city: "合肥",
        hukouProvince: "湖北",
        hukouCity: "襄阳",
        residencePermit: "applying",
        work: "none",
      }).resident_local,
    ).toBe("after_step");
  });

  it("苏州 asks flexible workers for a 居住证 (secondary, 2022)", () => {
    expect(
      statuses({
        city: "苏州",
        hukouProvince: "安徽",
        hukouCity: "阜阳",
        residencePermit: "no",
        work: "flexible",
      }).staff_flexible,
    ).toBe("after_step");
  });

  it("someone not working chooses between the two 居民医保 routes", () => {
    expect(
      Object.keys(
        statuses({
          city: "石家庄",
          hukouProvince: "山西",
          hukouCity: "大同",
          residencePermit: "yes",
          work: "none",
        }),
      ),
    ).toEqual(["resident_local", "resident_hukou"]);
  });

  it("a local person: 居民医保 here is the hukou place, and 职工医保 as 灵活就业 has no hukou question", () => {
    const opts = medicalOptions(
      buildProfile(
        answersFor({ city: "洛阳", hukouProvince: "河南", hukouCity: "洛阳", work: "flexible" }),
        ASOF,
      ),
    );
    expect(opts.map((o) => [o.code, o.status, o.sameAs])).toEqual([
      ["staff_flexible", "open", undefined],
      ["resident_local", "open", undefined],
      ["resident_hukou", "open", "resident_local"],
    ]);
  });

  it("常州 (2025, official): open to 居住证 holders only if insured in 常州 before", () => {
    const base: NamedAnswers = {
      city: "常州",
      hukouProvince: "安徽",
      hukouCity: "阜阳",
      residencePermit: "yes",
      work: "none",
    };
    expect(statuses(base).resident_local).toBe("closed");
    expect(
      statuses({
        ...base,
        medical: [{ scheme: "staff", city: "常州", from: "2020-01-01", to: "2024-12-31" }],
      }).resident_local,
    ).toBe("open");
  });

  it("a retired 职工医保 member keeps it: nothing new to join (43号 第二条)", () => {
    expect(
      statuses({
        city: "深圳",
        hukouProvince: "湖南",
        hukouCity: "邵阳",
        work: "retired",
        medical: [{ scheme: "staff", city: "邵阳", from: "1995-01-01" }],
      }),
    ).toEqual({});
  });

  it("marks the option the person is already in", () => {
    const opts = medicalOptions(
      buildProfile(
        answersFor({
          city: "北京",
          hukouProvince: "河北",
          hukouCity: "邢台",
          residencePermit: "yes",
          work: "none",
          medical: [{ scheme: "resident", city: "邢台", from: "2015-01-01" }],
        }),
        ASOF,
      ),
    );
    expect(opts.find((o) => o.code === "resident_hukou")?.current).toBe(true);
    expect(opts.find((o) => o.code === "resident_local")?.status).toBe("conditional");
  });
});
