import { describe, expect, it } from "vitest";
import { advise } from "../../policy/advise";
import { answersFor, type NamedAnswers } from "../../policy/testing";
import type { Conclusion } from "../../policy/types";
import { render } from "../types";
import { PENSION_TEXTS } from "./pension";

const OURS =
  /^(pension|claim|move|pstep|linkage|short|injury|istep|treatment)\.|^changed\.direct_settlement_scope$|^notice\.(pension|linkage)_|^warning\.pension_/;

const worker = (a: Partial<NamedAnswers>): NamedAnswers => ({
  city: "杭州",
  hukouProvince: "江西",
  hukouCity: "上饶",
  work: "employee",
  ...a,
});
const staff = (province: string, years: number, temporary?: boolean) => ({
  scheme: "staff" as const,
  province,
  years,
  ...(temporary ? { temporary } : {}),
});
const resident = (province: string, years: number) => ({ scheme: "resident" as const, province, years });

/** People and dates chosen so that every branch of the pension, injury and treatment rules is taken. */
const PEOPLE: [string, NamedAnswers, string][] = [
  [
    "第三条 transfer, 第六条（二）",
    worker({ age: 35, sex: "female", pension: [staff("广东", 10)] }),
    "2026-11-22",
  ],
  [
    "第五条 exception, 第六条（四）",
    worker({ age: 45, sex: "female", city: "南昌", pension: [staff("广东", 9)] }),
    "2026-11-22",
  ],
  [
    "第五条 temporary, frozen, 第六条（三）",
    worker({ age: 52, sex: "male", pension: [staff("江苏", 11), staff("广东", 3), staff("上海", 2, true)] }),
    "2026-11-22",
  ],
  [
    "第五条 continues",
    worker({ age: 52, sex: "male", pension: [staff("广东", 3), staff("浙江", 2, true)] }),
    "2026-11-22",
  ],
  [
    "第五条 depends on sex, flexible transfer",
    worker({ age: 44, work: "flexible", pension: [staff("广东", 3)] }),
    "2026-11-22",
  ],
  ["flexible transfer", worker({ age: 30, work: "flexible", pension: [staff("广东", 3)] }), "2026-11-22"],
  [
    "17号 into_resident, short years, 第六条（一）",
    worker({
      birth: "1965-03",
      sex: "male",
      work: "none",
      city: "南昌",
      pension: [resident("江西", 6), staff("江西", 12)],
    }),
    "2026-11-22",
  ],
  [
    "17号 into_staff, 2031 reading",
    worker({
      birth: "1970-04",
      sex: "male",
      work: "none",
      city: "南昌",
      pension: [resident("江西", 6), staff("江西", 15.5)],
    }),
    "2031-09-01",
  ],
  ["弹性延迟 at the statutory age", worker({ birth: "1966-01", sex: "male", city: "南昌" }), "2026-11-22"],
  [
    "弹性退休 without employer, min years by asOf",
    worker({ birth: "1966-01", sex: "male", work: "flexible", city: "南昌" }),
    "2025-06-01",
  ],
  ["min years by asOf year", worker({ age: 30, pension: [staff("浙江", 3)] }), "2026-11-22"],
  ["construction", worker({ work: "construction" }), "2026-11-22"],
  ["platform in pilot", worker({ work: "platform" }), "2026-11-22"],
  [
    "platform outside pilot",
    worker({ work: "platform", city: "郑州", hukouProvince: "河南", hukouCity: "周口" }),
    "2026-11-22",
  ],
  [
    "long_term, within province",
    worker({
      work: "none",
      careAway: "long_term",
      medical: [{ scheme: "resident", city: "上饶", from: "2015-01-01" }],
      city: "南昌",
    }),
    "2026-11-22",
  ],
  [
    "posted worker",
    worker({ careAway: "long_term", medical: [{ scheme: "staff", city: "上海", from: "2015-01-01" }] }),
    "2026-11-22",
  ],
  [
    "retired relocated",
    worker({
      work: "retired",
      careAway: "long_term",
      hukouProvince: "浙江",
      hukouCity: "杭州",
      medical: [{ scheme: "staff", city: "上海", from: "1990-01-01" }],
    }),
    "2026-11-22",
  ],
  [
    "temporary",
    worker({ careAway: "temporary", medical: [{ scheme: "staff", city: "杭州", from: "2015-01-01" }] }),
    "2026-11-22",
  ],
  [
    "no filing",
    worker({ careAway: "long_term", medical: [{ scheme: "staff", city: "杭州", from: "2015-01-01" }] }),
    "2026-11-22",
  ],
];

function collect(value: unknown, out: Conclusion[] = []): Conclusion[] {
  if (Array.isArray(value)) value.forEach((v) => collect(v, out));
  else if (value && typeof value === "object") {
    if ("code" in value && "cites" in value) out.push(value as Conclusion);
    Object.values(value).forEach((v) => collect(v, out));
  }
  return out;
}

const emitted = PEOPLE.flatMap(([, a, asOf]) =>
  collect(advise(answersFor(a), { asOf })).filter((c) => OURS.test(c.code)),
);

describe("PENSION_TEXTS", () => {
  it("has a text for every pension, injury and treatment conclusion the rules emit", () => {
    const missing = [...new Set(emitted.map((c) => c.code))].filter((code) => !(code in PENSION_TEXTS));
    expect(missing).toEqual([]);
  });

  it("has no text the rules never emit (the people above take every branch)", () => {
    const seen = new Set(emitted.map((c) => c.code));
    expect(Object.keys(PENSION_TEXTS).filter((code) => !seen.has(code))).toEqual([]);
  });

  it("fills in every parameter: no undefined, NaN or [object …] in what people read", () => {
    for (const c of emitted) {
      const text = render(PENSION_TEXTS[c.code], c.params) ?? "";
      expect(text, c.code).not.toMatch(/undefined|NaN|\[object|\$\{/);
      expect(text.length, c.code).toBeGreaterThan(8);
    }
  });
});
