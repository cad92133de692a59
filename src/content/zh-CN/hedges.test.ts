import { describe, expect, it } from "vitest";
import { TEXTS } from "./texts";

/**
 * Wording no stronger than the source (issue 10 §3): these words carry the sources' own hedges and
 * limits, so the test pins them; everything else in the texts is free to change.
 */
const text = (code: keyof typeof TEXTS, params: object = {}) => {
  const t = TEXTS[code];
  return typeof t === "string" ? t : (t as (p: object) => string)(params);
};

describe("the texts keep the sources' hedges", () => {
  it("“原则上” stays where 医保发〔2022〕22号 and 国办发〔2024〕38号 say it", () => {
    expect(text("treatment.rates_home_standard")).toContain("原则上");
    expect(text("treatment.valid_min_months", { months: 6 })).toContain("原则上");
    expect(
      text("waiting.resident_38", {
        fixed: 3,
        perYear: 1,
        yearsMissed: 4,
        total: 7,
        longBreakYears: 4,
        minTotal: 6,
      }),
    ).toMatch(/原则上.*原则上/);
  });

  it("38号's waiting period is said with its exceptions: newborns, and each province's own rules", () => {
    const window = text("warning.enrolment_window", {});
    expect(window).toContain("新生儿等除外");
    expect(window).toContain("各省具体规定不同");
  });

  it("no “报销一般更高” for 职工医保 where no city figure shows it (audit F10)", () => {
    expect(text("rec.staff_flexible_encouraged")).not.toContain("报销一般更高");
    expect(text("account.staff_has")).toContain("没有个人账户");
  });

  it("the pilot covers the pilot platforms, not every platform in the province (audit F15)", () => {
    const pilot = text("injury.platform_scheme", {
      province: "浙江",
      platforms: ["美团"],
      since: "2025-07-01",
    });
    expect(pilot).toContain("试点平台");
    expect(pilot).toContain("问平台客服");
  });

  it("a 居民医保 switch never says the money was wasted (audit F15)", () => {
    expect(text("warning.duplicate_enrolment", { scheme: "resident", city: "周口" })).not.toContain("白交");
  });
});
