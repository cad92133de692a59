import { describe, expect, it } from "vitest";
import { answersFor, find, type NamedAnswers } from "../../testing";
import { buildProfile } from "../profile";
import { flexibleRetirement } from "./flexible-retirement";

function flexible(a: Partial<NamedAnswers>, asOf = "2025-06-01") {
  const named: NamedAnswers = {
    city: "洛阳",
    hukouProvince: "河南",
    hukouCity: "洛阳",
    work: "employee",
    sex: "male",
    birth: "1966-01",
    ...a,
  };
  return flexibleRetirement(buildProfile(answersFor(named), asOf));
}

describe("人社部发〔2024〕94号: 弹性提前 and 弹性延迟退休", () => {
  it("man born 1966-01: statutory 2026-05, early at 60 (2026-01), late to 63y4m (2029-05), as published", () => {
    expect(flexible({})?.params).toMatchObject({
      earliest: "2026-01",
      statutory: "2026-05",
      latest: "2029-05",
      employer: true,
    });
  });

  it("early by at most 3 years: a man born 1976-09 (63) can go at 60, in 2036-09", () => {
    expect(
      find(flexible({ birth: "1976-09" }, "2035-01-01"), "pension.flexible_retirement")?.params.earliest,
    ).toBe("2036-09");
  });

  it("never below the pre-reform age: born 1965-01 (60y1m) can go only 1 month early, at 60", () => {
    const c = flexible({ birth: "1965-01" }, "2025-01-01");
    expect(c?.params).toMatchObject({ earliest: "2025-01", statutory: "2025-02", earlyMinYears: 15 });
  });

  it("early retirees meet the minimum of the year they actually retire (成都 example)", () => {
    // Man born 1970-04: statutory 2031-08 (minimum 16); earliest 2030-04 (minimum 15.5).
    expect(
      find(flexible({ birth: "1970-04" }, "2029-01-01"), "pension.flexible_retirement")?.params.earlyMinYears,
    ).toBe(15.5);
  });

  it("without an employer: says the procedure is unconfirmed", () => {
    const c = flexible({ work: "flexible" });
    expect(find(c, "pension.flexible_retirement")?.params.employer).toBe(false);
    expect(c?.because?.map((b) => b.code)).toEqual(["pension.flexible_retirement_no_employer"]);
  });

  it("from the statutory month on: only 弹性延迟, and only with an employer", () => {
    expect(flexible({}, "2026-05-01")).toMatchObject({
      code: "pension.flexible_retirement_late",
      params: { statutory: "2026-05", latest: "2029-05" },
    });
    expect(flexible({ work: "flexible" }, "2026-05-01")).toBeUndefined();
  });

  it("shown from 3 years before the early window until the late window closes", () => {
    expect(flexible({}, "2022-12-31")).toBeUndefined(); // before 94号 and the reform
    expect(flexible({}, "2025-01-01")?.code).toBe("pension.flexible_retirement");
    expect(flexible({}, "2026-04-30")?.code).toBe("pension.flexible_retirement");
    expect(flexible({}, "2029-04-30")?.code).toBe("pension.flexible_retirement_late");
    expect(flexible({}, "2029-05-01")).toBeUndefined();
    expect(flexible({ birth: "1990-01" }, "2026-11-22")).toBeUndefined();
  });

  it("people without work, students and pensioners have no retirement to choose", () => {
    for (const work of ["none", "student", "retired"] as const) expect(flexible({ work })).toBeUndefined();
  });
});
