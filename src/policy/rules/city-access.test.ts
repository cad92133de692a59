import { describe, expect, it } from "vitest";
import { cityByName } from "../data/regions";
import { resolveAccess, type AccessTopic } from "./city-access";

const city = (name: string) => {
  const c = cityByName(name);
  if (!c) throw new Error(name);
  return c;
};

describe("resolveAccess: a city's rule on asOf, a city over its province, a national change over an older city rule", () => {
  it.each<[string, AccessTopic, string, string, string]>([
    [
      "合肥 lets non-local flexible workers join 职工医保 since 2022-01 (seed 002)",
      "flexibleStaff",
      "合肥",
      "2026-11-22",
      "open",
    ],
    [
      "合肥 before 2022: no source covers that date, so not confirmed",
      "flexibleStaff",
      "合肥",
      "2021-06-01",
      "unconfirmed",
    ],
    ["郑州 居民医保 with a 居住证 (seed 002)", "residentAdult", "郑州", "2026-11-22", "open"],
    ["南宁 takes the 广西 rule (seed 002: since 2021)", "residentAdult", "南宁", "2026-11-22", "open"],
    [
      "东莞 flexible workers take the 广东 rule 粤医保规〔2022〕2号",
      "flexibleStaff",
      "东莞",
      "2023-06-01",
      "open",
    ],
    [
      "杭州 closed to non-local adults in 2022 (secondary), before the national change",
      "residentAdult",
      "杭州",
      "2024-06-01",
      "closed",
    ],
    [
      "杭州 after the 2025-01-07 notice: the 2022 rule is no longer certain",
      "residentAdult",
      "杭州",
      "2026-11-22",
      "unconfirmed",
    ],
    [
      "北京: an undated FAQ cannot show the rule after the national change",
      "residentAdult",
      "北京",
      "2026-11-22",
      "unconfirmed",
    ],
    [
      "北京 before the national change: the FAQ's listed groups",
      "residentAdult",
      "北京",
      "2024-12-31",
      "conditional",
    ],
    [
      "常州's 2025-08 official rule is newer than the national change: conditional",
      "residentAdult",
      "常州",
      "2026-11-22",
      "conditional",
    ],
    ["洛阳: no source at all", "residentAdult", "洛阳", "2026-11-22", "unconfirmed"],
  ])("%s", (_name, topic, cityName, asOf, status) => {
    expect(resolveAccess(topic, city(cityName), asOf).status).toBe(status);
  });

  it("says the city rule predates the national change, citing the 2025-01-07 notice", () => {
    const f = resolveAccess("residentAdult", city("杭州"), "2026-11-22");
    const predates = f.because.find((b) => b.code === "city.predates_national");
    expect(predates?.params).toMatchObject({ on: "2025-01-07", seen: "2022" });
    expect(predates?.cites.map((c) => c.source)).toContain("nhsa-2025-workers-rights");
  });

  it("粤医保规〔2022〕2号 ran to 2025-01-31: after that the route stays open with both sources", () => {
    const f = resolveAccess("flexibleStaff", city("广州"), "2026-11-22");
    expect(f.status).toBe("open");
    const ended = f.because.find((b) => b.code === "city.term_ended_national_requires");
    expect(ended?.params).toMatchObject({ until: "2025-01-31" });
    expect(ended?.cites.map((c) => c.source)).toEqual(
      expect.arrayContaining(["yybg-2022-2", "nhsa-2025-workers-rights"]),
    );
    expect(
      resolveAccess("flexibleStaff", city("广州"), "2024-06-01").because.map((b) => b.code),
    ).not.toContain("city.term_ended_national_requires");
  });

  it("cites the national basis when a city has no rule, adding the 2025 notice only once it exists", () => {
    const after = resolveAccess("flexibleStaff", city("洛阳"), "2026-01-01").because[0];
    const before = resolveAccess("flexibleStaff", city("洛阳"), "2024-01-01").because[0];
    expect(after?.cites.map((c) => c.source)).toContain("nhsa-2025-workers-rights");
    expect(before?.cites.map((c) => c.source)).not.toContain("nhsa-2025-workers-rights");
    expect(before?.cites.map((c) => c.source)).toContain("social-insurance-law");
  });
});
