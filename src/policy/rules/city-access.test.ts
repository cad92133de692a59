import { describe, expect, it } from "vitest";
import { answersFor, type NamedAnswers } from "../testing";
import { resolveAccess, type AccessTopic } from "./city-access";
import { buildProfile } from "./profile";

const HOME = { hukouProvince: "河南", hukouCity: "周口" } as const;
const person = (city: string, asOf: string, extra: Partial<NamedAnswers> = {}) =>
  buildProfile(answersFor({ city, ...HOME, work: "flexible", birth: "1990-03", ...extra }), asOf);

describe("resolveAccess: a city's rule on asOf, a city over its province, a national change over an older city rule", () => {
  it.each<[string, AccessTopic, string, string, Partial<NamedAnswers>, string]>([
    [
      "合肥 lets non-local flexible workers join 职工医保 from 2022-01 (seed 002)",
      "flexibleStaff",
      "合肥",
      "2026-11-22",
      {},
      "open",
    ],
    [
      "合肥 before 2022-01: no source covers that date, so not confirmed",
      "flexibleStaff",
      "合肥",
      "2021-06-01",
      {},
      "unconfirmed",
    ],
    ["郑州 居民医保 with a 居住证 (seed 002)", "residentAdult", "郑州", "2026-11-22", {}, "open"],
    ["南宁 takes the 广西 rule (seed 002: since 2021)", "residentAdult", "南宁", "2026-11-22", {}, "open"],
    [
      "东莞 flexible workers take the 广东 rule 粤医保规〔2022〕2号",
      "flexibleStaff",
      "东莞",
      "2023-06-01",
      {},
      "open",
    ],
    [
      "广东's rule is for flexible workers 法定劳动年龄内: a man of 64 is past it (F3)",
      "flexibleStaff",
      "广州",
      "2026-11-22",
      { birth: "1962-05", sex: "male" },
      "closed",
    ],
    [
      "重庆: men under 60 only — a man of 61 is not covered, though the 2025 notice lifted hukou limits (F3)",
      "flexibleStaff",
      "重庆",
      "2026-11-22",
      { birth: "1965-01", sex: "male" },
      "closed",
    ],
    [
      "重庆: at 57 with the sex not given, the limit (men 60, women 55) cannot be checked",
      "flexibleStaff",
      "重庆",
      "2026-11-22",
      { birth: "1969-05" },
      "conditional",
    ],
    [
      "杭州 closed to non-local adults in 2022 (secondary), before the national change",
      "residentAdult",
      "杭州",
      "2024-06-01",
      {},
      "closed",
    ],
    [
      "杭州 2025: the 2022 rule predates the 2025-01-07 notice, so it is no longer certain",
      "residentAdult",
      "杭州",
      "2025-06-01",
      {},
      "unconfirmed",
    ],
    [
      "杭州 from the 2026年度 notice: adults still need 市区户籍 (news, after the national change)",
      "residentAdult",
      "杭州",
      "2026-11-22",
      {},
      "closed",
    ],
    [
      "北京: listed groups only; whether this person is one cannot be told from the answers",
      "residentAdult",
      "北京",
      "2026-11-22",
      {},
      "conditional",
    ],
    [
      "常州 2025 (official, after the national change): only people insured in 常州 before — this one was not",
      "residentAdult",
      "常州",
      "2026-11-22",
      {},
      "closed",
    ],
    [
      "常州 2025: someone insured in 常州 before meets it",
      "residentAdult",
      "常州",
      "2026-11-22",
      { medical: [{ scheme: "staff", city: "常州", from: "2019-01-01", to: "2023-12-31" }] },
      "open",
    ],
    [
      "苏州 children at school in 苏州市区 qualify (2022 rule)",
      "residentChild",
      "苏州",
      "2026-11-22",
      { work: "student", birth: "2018-03", schooling: "school" },
      "open",
    ],
    [
      "苏州 children of 3 not at school: only through 积分入医 — a condition to check",
      "residentChild",
      "苏州",
      "2026-11-22",
      { work: "student", birth: "2023-03", schooling: "none" },
      "conditional",
    ],
    [
      "深圳 children under 7 not at school, not insured elsewhere (2025-09-01)",
      "residentChild",
      "深圳",
      "2026-11-22",
      { work: "student", birth: "2022-03", schooling: "none" },
      "open",
    ],
    [
      "深圳: a child of 5 in kindergarten falls under the older pupils' rule — a condition to check",
      "residentChild",
      "深圳",
      "2026-11-22",
      { work: "student", birth: "2021-03", schooling: "kindergarten" },
      "conditional",
    ],
    [
      "深圳: a child of 3 still insured at the hukou place does not meet 未参加其他地区基本医疗保险",
      "residentChild",
      "深圳",
      "2026-11-22",
      {
        work: "student",
        birth: "2023-03",
        schooling: "none",
        medical: [{ scheme: "resident", city: "周口", from: "2024-01-01" }],
      },
      "closed",
    ],
    ["洛阳: no source at all", "residentAdult", "洛阳", "2026-11-22", {}, "unconfirmed"],
  ])("%s", (_name, topic, cityName, asOf, extra, status) => {
    expect(resolveAccess(topic, person(cityName, asOf, extra)).status).toBe(status);
  });

  it("says the city rule predates the national change, citing the 2025-01-07 notice", () => {
    const f = resolveAccess("residentAdult", person("南京", "2026-11-22"));
    expect(f.status).toBe("conditional");
    const predates = f.because.find((b) => b.code === "city.predates_national");
    expect(predates?.params).toMatchObject({ on: "2025-01-07", seen: "2023-08-07" });
    expect(predates?.cites.map((c) => c.source)).toContain("nhsa-2025-workers-rights");
  });

  it("粤医保规〔2022〕2号 ran to 2025-01-31: after that the route stays open with both sources", () => {
    const f = resolveAccess("flexibleStaff", person("广州", "2026-11-22"));
    expect(f.status).toBe("open");
    const ended = f.because.find((b) => b.code === "city.term_ended_national_requires");
    expect(ended?.params).toMatchObject({ until: "2025-01-31" });
    expect(ended?.cites.map((c) => c.source)).toEqual(
      expect.arrayContaining(["yybg-2022-2", "nhsa-2025-workers-rights"]),
    );
    expect(
      resolveAccess("flexibleStaff", person("广州", "2024-06-01")).because.map((b) => b.code),
    ).not.toContain("city.term_ended_national_requires");
  });

  it("cites the national basis when a city has no rule, adding the 2025 notice only once it exists", () => {
    const after = resolveAccess("flexibleStaff", person("洛阳", "2026-01-01")).because[0];
    const before = resolveAccess("flexibleStaff", person("洛阳", "2024-01-01")).because[0];
    expect(after?.cites.map((c) => c.source)).toContain("nhsa-2025-workers-rights");
    expect(before?.cites.map((c) => c.source)).not.toContain("nhsa-2025-workers-rights");
    expect(before?.cites.map((c) => c.source)).toContain("social-insurance-law");
  });

  it("never shows an evidence date as a start date: an open rule carries the date it was seen", () => {
    const open = resolveAccess("residentAdult", person("郑州", "2026-11-22")).because[0];
    expect(open?.code).toBe("city.open");
    expect(open?.params).toEqual({ city: "郑州", topic: "residentAdult", seen: "2025-01" });
  });
});
