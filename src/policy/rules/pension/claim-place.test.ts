import { describe, expect, it } from "vitest";
import { provinceByName } from "../../data/regions";
import { answersFor } from "../../testing";
import { claimPlace } from "./claim-place";

const AS_OF = "2026-11-22";
type Entry = { scheme: "staff" | "resident"; province: string; years: number; temporary?: boolean };
const staff = (province: string, years: number, temporary?: boolean): Entry => ({
  scheme: "staff",
  province,
  years,
  ...(temporary ? { temporary } : {}),
});

function claim(entries: Entry[], hukou: string, asOf = AS_OF) {
  const answers = answersFor({
    city: "广州",
    hukouProvince: hukou,
    hukouCity: hukou === "四川" ? "成都" : hukou === "江西" ? "上饶" : "郑州",
    work: "employee",
    pension: entries,
  });
  const found = claimPlace(answers.pension, answers.hukouProvince, asOf);
  return found && { province: found.province, rule: found.rule, clause: found.conclusion.cites[0]?.clause };
}
const code = (name: string) => provinceByName(name)?.code;

describe("国办发〔2009〕66号 第六条: where the pension is claimed", () => {
  it.each([
    [
      "（一）relation in the 户籍 province: claimed there, whatever the years",
      [staff("广东", 3), staff("四川", 2)],
      "四川",
      ["四川", "hukou_relation", "第六条（一）"],
    ],
    [
      "（二）exactly 10 years at the relation place: claimed there (P6 shape)",
      [staff("广东", 10)],
      "四川",
      ["广东", "current_10y", "第六条（二）"],
    ],
    [
      "（二）boundary: 9.5 years is not 满10年 → （四）户籍",
      [staff("广东", 9.5)],
      "四川",
      ["四川", "hukou_fallback", "第六条（四）"],
    ],
    [
      "（二）years at one province add up wherever they stand (5 + 5)",
      [staff("广东", 5), staff("浙江", 3), staff("广东", 5)],
      "四川",
      ["广东", "current_10y", "第六条（二）"],
    ],
    [
      "（三）P7: 浙江 11 then 广东 6 → back to 浙江",
      [staff("浙江", 11), staff("广东", 6)],
      "四川",
      ["浙江", "previous_10y", "第六条（三）"],
    ],
    [
      "（三）boundary: exactly 10 years at the earlier place",
      [staff("浙江", 10), staff("广东", 9.5)],
      "四川",
      ["浙江", "previous_10y", "第六条（三）"],
    ],
    [
      "（三）boundary: 9.5 years at the earlier place is not enough → （四）",
      [staff("浙江", 9.5), staff("广东", 6)],
      "四川",
      ["四川", "hukou_fallback", "第六条（四）"],
    ],
    [
      "（三）the earlier place's years add up too (6 + 4)",
      [staff("浙江", 6), staff("江苏", 2), staff("浙江", 4), staff("广东", 3)],
      "四川",
      ["浙江", "previous_10y", "第六条（三）"],
    ],
    [
      "（三）several earlier places with 10 years: the last one (MOHRSS 2021)",
      [staff("江苏", 12), staff("浙江", 10), staff("广东", 3)],
      "四川",
      ["浙江", "previous_10y", "第六条（三）"],
    ],
    [
      "（三）several, other order: still the last one",
      [staff("浙江", 10), staff("江苏", 12), staff("广东", 3)],
      "四川",
      ["江苏", "previous_10y", "第六条（三）"],
    ],
    [
      "（四）P8: under 10 years everywhere → 户籍",
      [staff("浙江", 5), staff("江苏", 3), staff("广东", 6)],
      "四川",
      ["四川", "hukou_fallback", "第六条（四）"],
    ],
    [
      "第五条 entries: a temporary account never holds the relation; it stays at the last other entry",
      [staff("广东", 12), staff("浙江", 3, true)],
      "江西",
      ["广东", "current_10y", "第六条（二）"],
    ],
    [
      "第五条 entries: 12 years in a temporary account do not make （三）'s earlier place",
      [staff("广东", 8), staff("浙江", 12, true)],
      "江西",
      ["江西", "hukou_fallback", "第六条（四）"],
    ],
    [
      "only 职工养老 counts: 20 years of 城乡居民养老 at home do not make （一）",
      [{ scheme: "resident", province: "河南", years: 20 }, staff("广东", 6)],
      "河南",
      ["河南", "hukou_fallback", "第六条（四）"],
    ],
  ] as const)("%s", (_, entries, hukou, [province, rule, clause]) => {
    expect(claim([...entries], hukou)).toEqual({ province: code(province), rule, clause });
  });

  it("no 职工养老 relation: no claim place", () => {
    expect(claim([{ scheme: "resident", province: "河南", years: 8 }], "河南")).toBeUndefined();
    expect(claim([], "河南")).toBeUndefined();
  });

  it("66号 took effect on 2010-01-01: no claim place before", () => {
    expect(claim([staff("广东", 12)], "四川", "2009-12-31")).toBeUndefined();
    expect(claim([staff("广东", 12)], "四川", "2010-01-01")?.rule).toBe("current_10y");
  });
});
