import { describe, expect, it } from "vitest";
import { answersFor, type NamedAnswers } from "../../testing";
import { buildProfile } from "../profile";
import { pensionAdvice } from "./advice";

const AS_OF = "2026-11-22";
const advice = (a: Partial<NamedAnswers>) =>
  pensionAdvice(
    buildProfile(
      answersFor({ city: "武汉", hukouProvince: "湖北", hukouCity: "孝感", work: "employee", ...a }),
      AS_OF,
    ),
  );

describe("the pension part of the advice", () => {
  it("P14: a transfer brings the 参保缴费凭证, the online platform, the office and 12333", () => {
    const a = advice({ age: 45, sex: "female", pension: [{ scheme: "staff", province: "广东", years: 9 }] });
    expect(a?.move?.kind).toBe("transfer");
    expect(a?.materials.map((m) => [m.code, m.params.need])).toEqual(
      expect.arrayContaining([
        ["pension_certificate", "maybe"], // online transfers need no paper certificate (F12)
        ["id_card", "required"],
      ]),
    );
    expect(a?.channels.map((c) => c.code)).toEqual(["si_platform", "office", "hotline_12333"]);
  });

  it("Addendum A §1.4: wherever 66号 is applied, the caveat on a newer transfer notice comes too", () => {
    const a = advice({ age: 45, pension: [{ scheme: "staff", province: "湖北", years: 9 }] });
    expect(a?.claim?.rule).toBe("hukou_relation");
    expect(a?.notices.map((n) => n.code)).toEqual(["notice.pension_transfer_rules_unconfirmed"]);
  });

  it("66号 第二条: people already drawing a pension are told only that nothing moves (persona 3)", () => {
    const a = advice({
      age: 66,
      work: "retired",
      pension: [{ scheme: "staff", province: "广东", years: 20 }],
    });
    expect(a?.retired?.code).toBe("pension.retired_no_transfer");
    expect([a?.move, a?.claim, a?.retirement, a?.minimumYears]).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it("no history, no birth month: nothing to say", () => {
    expect(advice({ age: 30 })).toBeUndefined();
  });

  it("no history but birth and sex: the retirement month and minimum years only", () => {
    const a = advice({ birth: "1980-05", sex: "male" });
    expect(a?.retirement?.month).toBe("2043-05");
    expect(a?.minimumYears?.years).toBe(20);
    expect(a?.claim).toBeUndefined();
    expect(a?.notices).toEqual([]);
  });
});
