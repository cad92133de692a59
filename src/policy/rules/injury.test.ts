import { describe, expect, it } from "vitest";
import { answersFor, find, type NamedAnswers } from "../testing";
import { provinceByName } from "../data/regions";
import { OCCUPATIONAL_INJURY_PILOT } from "../data/national/occupational-injury-pilot";
import { injuryAdvice } from "./injury";
import { buildProfile } from "./profile";

const injury = (work: NamedAnswers["work"], city: string, asOf = "2026-11-22") =>
  injuryAdvice(buildProfile(answersFor({ city, hukouProvince: "河南", hukouCity: "周口", work }), asOf));

describe("work-injury cover by kind of work (facts.md §8)", () => {
  it("employee → through the employer (人社部发〔2014〕103号: 按用人单位参加工伤保险)", () => {
    const i = injury("employee", "杭州");
    expect(i?.kind).toBe("employer");
    expect(i?.finding.cites[0]).toEqual({ source: "rsbf-2014-103", clause: "按用人单位参加工伤保险" });
  });

  it("construction → by project (103号), ask the contractor: 先参保、再开工 (人社厅函〔2017〕53号)", () => {
    const i = injury("construction", "成都");
    expect(i?.kind).toBe("by_project");
    expect(i?.steps.map((s) => s.code)).toEqual(["istep.ask_contractor", "istep.ask_12333"]);
    expect(i?.finding.cites.map((c) => c.source)).toEqual(["rsbf-2014-103", "rstf-2017-53"]);
  });

  it("flexible → unconfirmed: no source confirms cover", () => {
    expect(injury("flexible", "郑州")?.kind).toBe("unconfirmed");
  });

  it.each(["none", "retired", "student"] as const)("%s → nothing", (work) => {
    expect(injury(work, "郑州")).toBeUndefined();
  });

  it("every case gives 12333", () => {
    for (const work of ["employee", "construction", "flexible", "platform"] as const) {
      expect(injury(work, "合肥")?.channels.map((c) => c.code)).toEqual(["hotline_12333"]);
    }
  });
});

describe("新就业形态人员职业伤害保障 pilot, by province and date", () => {
  it.each([
    ["first pilot not yet started: 北京 on 2022-06-30", "北京", "2022-06-30", "unconfirmed"],
    ["first pilot from 2022-07-01: 北京", "北京", "2022-07-01", "platform_scheme"],
    ["first pilot: 成都 (四川) in 2024", "成都", "2024-05-01", "platform_scheme"],
    ["P18: 合肥 (安徽) before 人社部发〔2025〕24号", "合肥", "2025-03-01", "unconfirmed"],
    ["人社部发〔2025〕24号 boundary: 合肥 on 2025-06-30", "合肥", "2025-06-30", "unconfirmed"],
    ["人社部发〔2025〕24号 boundary: 合肥 on 2025-07-01", "合肥", "2025-07-01", "platform_scheme"],
    ["P17: 合肥 in 2026", "合肥", "2026-11-22", "platform_scheme"],
    ["24号: 南宁 (广西) in 2026", "南宁", "2026-11-22", "platform_scheme"],
    [
      "outside both lists: 郑州 (河南) in 2026 — the nationwide plan is unverified",
      "郑州",
      "2026-11-22",
      "unconfirmed",
    ],
  ])("%s → %s", (_, city, asOf, kind) => {
    expect(injury("platform", city, asOf)?.kind).toBe(kind);
  });

  it("every pilot province is a real province short name (a typo would silently deny cover)", () => {
    const names = OCCUPATIONAL_INJURY_PILOT.flatMap((v) => v.value.provinces);
    expect(names.filter((n) => provinceByName(n)?.short !== n)).toEqual([]);
    expect(OCCUPATIONAL_INJURY_PILOT.map((v) => v.value.provinces.length)).toEqual([7, 17]);
  });

  it("names the platforms in force: 7 in the first pilot, 11 after the expansion", () => {
    const before = find(injury("platform", "北京", "2024-01-01")?.finding, "injury.platform_scheme")?.params;
    const after = find(injury("platform", "北京", "2026-01-01")?.finding, "injury.platform_scheme")?.params;
    expect(before?.platforms).toHaveLength(7);
    expect(before?.platforms).not.toContain("滴滴出行");
    expect(after?.platforms).toHaveLength(11);
    expect(after?.platforms).toContain("满帮省省");
  });

  it("outside the pilot after 24号: names the 2026 plan as a plan, never as cover", () => {
    const i = injury("platform", "郑州", "2026-11-22");
    expect(i?.finding.code).toBe("injury.platform_not_in_pilot");
    expect(find(i?.finding, "injury.platform_not_in_pilot")?.params.planYear).toBe(2026);
    expect(i?.steps.map((s) => s.code)).toEqual(["istep.ask_platform", "istep.ask_12333"]);
  });

  it("outside the pilot before 24号: no plan is named", () => {
    const finding = injury("platform", "合肥", "2025-03-01")?.finding;
    expect(finding?.code).toBe("injury.platform_not_in_pilot");
    expect(find(finding, "injury.platform_not_in_pilot")?.params.planYear).toBeUndefined();
  });
});
