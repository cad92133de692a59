/**
 * How the city cost figures read (docs/research/city-costs.md): a place without a sourced figure says to check
 * locally; a figure past its period says it is older; a base that is only the employees' lower limit says so;
 * a yearly extra shows in the formula; a source with no year says so.
 */
import { describe, expect, it } from "vitest";
import { cityByName } from "../../policy/data/regions";
import { medicalYearly } from "../../policy/rules/money/medical-yearly";
import type { Conclusion } from "../../policy/types";
import { conclusionText } from "./texts";

const read = (name: string, asOf: string, typed?: { baseYuan?: number; ratePercent?: number }) => {
  const city = cityByName(name);
  if (!city) throw new Error(name);
  const m = medicalYearly({ city, asOf, ...(typed ? { typed } : {}) });
  const all: Conclusion[] = [...m.resident.costs, ...m.staffFlexible.costs, ...m.staffFlexible.gives];
  return all.map(conclusionText).join("\n");
};

describe("city cost texts", () => {
  it("a city with no sourced figure: the national minimum 以当地公布为准, and both 职工医保 figures to ask 12393 for", () => {
    for (const name of ["洛阳", "东莞", "石家庄"]) {
      const text = read(name, "2026-03-01");
      expect(text, name).toContain("各地标准可能更高，以当地公布为准");
      expect(text, name).toContain(`${name}灵活就业人员参加职工医保的缴费基数和费率，我们没有找到`);
      expect(text, name).toContain("12393");
      expect(text, name).not.toContain("估算");
    }
  });

  it("a figure past its period is called older; a base that is the employees' lower limit is named as such", () => {
    const text = read("苏州", "2026-03-01");
    expect(text).toContain("4494 × 8% + 5元 = 364.52元");
    expect(text).toContain("较旧的数字");
    expect(text).toContain("当地职工医保的最低缴费基数");
    expect(text).toContain("资料没写明灵活就业人员也按这个基数交");
  });

  it("杭州's 2023 figure with its printed 375.92 a month", () => {
    expect(read("杭州", "2023-06-01")).toContain("3957 × 9.5% = 375.92元，一年约4511.04元");
    expect(read("杭州", "2023-06-01")).not.toContain("较旧");
  });

  it("天津: the 260 a year shown in the formula, and a source with no year says so", () => {
    expect(read("天津", "2026-03-01", { baseYuan: 5000 })).toContain("425 × 12 + 260（每年另交） = 5360元");
    expect(read("天津", "2026-03-01")).toContain("费率是8.5%，另每年交260元（未注明年份的当地资料）");
  });

  it("北京's fixed monthly amount; 深圳 without a waiting period; the 居民医保 tables by their own labels", () => {
    expect(read("北京", "2025-10-01")).toContain("每月584.92元，一年约7019.04元");
    expect(read("深圳", "2026-03-01")).toContain(
      "深圳灵活就业人员参保没有等待期：当月参保，次月就能享受待遇",
    );
    expect(read("郑州", "2026-03-01")).toContain(
      "郑州2026年度个人缴费：普通居民400元，全日制大中专学生390元",
    );
    expect(read("重庆", "2026-03-01")).toContain(
      "重庆2024年的个人缴费标准：一档400元，二档775元（较旧的数字",
    );
    expect(read("天津", "2026-03-01")).toContain("天津2024年度的个人缴费：低档380元，高档1010元");
  });
});
