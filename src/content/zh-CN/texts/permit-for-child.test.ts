import { describe, expect, it } from "vitest";
import { adviseHousehold } from "../../../policy/advise";
import { answersFor } from "../../../policy/testing";
import { conclusionText } from "../texts";

/** The 居住证 question never goes to a child: when one is needed, the parents are told to apply. */
describe("the 居住证 action for a child names the parents", () => {
  const family = (work: "none" | "student") =>
    adviseHousehold(
      answersFor({
        city: "郑州",
        hukouProvince: "河南",
        hukouCity: "周口",
        residencePermit: "no",
        work,
        birth: work === "student" ? "2010-01" : "1990-01",
        livingWith: work === "student" ? "parents" : "none",
        household: [{ relation: "child", birth: "2019-01", schooling: "school" }],
      }),
      { asOf: "2026-11-30" },
    );

  it("a child of the household: the parents apply, then the child can join", () => {
    const [action] = family("none").members[0]?.advice.actions ?? [];
    expect(action?.code).toBe("action.apply_residence_permit");
    const text = action ? conclusionText(action) : "";
    expect(text).toMatch(/^孩子参保看父母的居住证：父母先在郑州办居住证/);
    expect(text).toContain("办好后孩子可以");
  });

  it("an adult is told to apply themselves", () => {
    const [action] = family("none").self.actions;
    expect(action ? conclusionText(action) : "").toMatch(/^先在郑州办居住证/);
  });

  it("a pupil answering for herself (under 18) is told the parents' permit counts", () => {
    const [action] = family("student").self.actions;
    expect(action ? conclusionText(action) : "").toMatch(/^孩子参保看父母的居住证/);
  });
});
