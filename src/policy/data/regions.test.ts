import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { buildRegionsModule } from "../../../scripts/regions-module";
import {
  CITIES,
  PROVINCES,
  cityByName,
  citiesOf,
  cityShortName,
  provinceByName,
  provinceShortName,
} from "./regions";

describe("regions come from the dataset package", () => {
  it("the generated file is up to date with the installed @vant/area-data", () => {
    const onDisk = readFileSync(new URL("./regions.generated.ts", import.meta.url), "utf8");
    expect(onDisk).toBe(buildRegionsModule());
  });

  it("has the 31 mainland provinces and every prefecture-level unit", () => {
    expect(PROVINCES).toHaveLength(31);
    // 333 prefecture-level divisions + 4 municipalities, plus the province-administered county-level units.
    expect(CITIES.filter((c) => c.code.endsWith("00")).length).toBeGreaterThanOrEqual(333 + 4);
    for (const p of PROVINCES) expect(citiesOf(p.code).length).toBeGreaterThan(0);
  });

  it("gives unique, readable short names", () => {
    const shorts = CITIES.map((c) => c.short);
    expect(new Set(shorts).size).toBe(shorts.length);
    for (const s of shorts) expect(s).not.toMatch(/族|自治/);
  });
});

describe("short names", () => {
  it.each([
    ["广西壮族自治区", "广西"],
    ["新疆维吾尔自治区", "新疆"],
    ["宁夏回族自治区", "宁夏"],
    ["内蒙古自治区", "内蒙古"],
    ["北京市", "北京"],
    ["河南省", "河南"],
  ])("province %s → %s", (name, short) => expect(provinceShortName(name)).toBe(short));

  it.each([
    ["杭州市", "杭州"],
    ["恩施土家族苗族自治州", "恩施"],
    ["海西蒙古族藏族自治州", "海西"],
    ["伊犁哈萨克自治州", "伊犁"],
    ["大兴安岭地区", "大兴安岭"],
    ["锡林郭勒盟", "锡林郭勒"],
    ["神农架林区", "神农架"],
    ["保亭黎族苗族自治县", "保亭"],
  ])("city %s → %s", (name, short) => expect(cityShortName(name)).toBe(short));

  it("does not give a city the name of a province", () => {
    expect(cityByName("海南州")?.name).toBe("海南藏族自治州");
  });

  it("finds the scenario cities by short name", () => {
    for (const name of [
      "杭州",
      "周口",
      "合肥",
      "临沂",
      "郑州",
      "襄阳",
      "南京",
      "苏州",
      "上海",
      "东莞",
      "北京",
      "南宁",
      "济源",
      "石河子",
      "重庆",
    ]) {
      expect(cityByName(name), name).toBeDefined();
    }
    expect(provinceByName("四川")?.code).toBe("510000");
    expect(cityByName("重庆")?.municipality).toBe(true);
  });
});
