import { describe, expect, it } from "vitest";
import { Answers, Member } from "../policy/answers";
import { decodeShare } from "./share-codec";
import type { Draft } from "./draft";
import { memberFromLink, withMemberFromLink } from "./member-from-link";

const decoded = (hash: string) => {
  const d = decodeShare(hash);
  if (d.status !== "ok") throw new Error(d.status);
  return d.answers;
};

/** The person on this phone: a rider in 苏州, hukou 阜阳. */
const OWN: Draft = decoded("#v=2&d=20261130&c=320500&hc=341200&rp=y&w=p&b=199003&sx=m&lw=n&ca=n");
/** Her mother's own link: retired in 哈尔滨, 职工医保 there since 1995. */
const MOTHER = decoded("#v=2&d=20261130&c=230100&hc=230100&w=r&b=196204&sx=f&lw=n&m=s230100.199505&ca=n");
/** His wife's link, made in 苏州: at home, 居民医保 in 阜阳, a 居住证 being applied for. */
const WIFE = decoded("#v=2&d=20261130&c=320500&hc=341200&rp=a&w=n&b=199205&sx=f&lw=n&m=r341200.201501&ca=n");

describe("someone else's link added as a member of the household", () => {
  it("a parent from another city keeps her own hukou and cover, and no 居住证 answered for elsewhere", () => {
    const m = memberFromLink(MOTHER, "parent", OWN, "2026-11-30");
    expect(m).toEqual({
      relation: "parent",
      birth: "1962-04",
      sex: "female",
      work: "retired",
      hukouProvince: "230000",
      hukouCity: "230100",
      insured: { scheme: "staff", city: "230100" },
    });
    expect(Member.safeParse(m).success).toBe(true);
  });

  it("a spouse in the same city and hukou: her 居住证 answer holds here, the hukou is the household's", () => {
    expect(memberFromLink(WIFE, "spouse", OWN, "2026-11-30")).toEqual({
      relation: "spouse",
      birth: "1992-05",
      sex: "female",
      work: "none",
      residencePermit: "applying",
      insured: { scheme: "resident", city: "341200" },
    });
  });

  it("a child is asked neither work nor 居住证, and an ended cover is not current", () => {
    const pupil = decoded(
      "#v=2&d=20261130&c=320500&hc=341200&rp=y&w=s&b=201803&lw=p&sc=s&m=r341200.201803.202612&ca=n",
    );
    expect(memberFromLink(pupil, "child", OWN, "2026-11-30")).toEqual({
      relation: "child",
      birth: "2018-03",
      schooling: "school",
      insured: { scheme: "resident", city: "341200" },
    });
    expect(memberFromLink(pupil, "child", OWN, "2027-01-15")?.insured).toBeUndefined();
  });

  it("refuses what it would have to invent or what the household cannot take", () => {
    const ageOnly = decoded("#v=2&d=20250301&c=130100&hc=140200&rp=y&w=n&a=67&lw=c&ca=n&ar=1");
    expect(memberFromLink(ageOnly, "parent", OWN, "2026-11-30")).toBeUndefined();
    const withWife = withMemberFromLink(OWN, WIFE, "spouse", "2026-11-30");
    expect(withWife && memberFromLink(WIFE, "spouse", withWife, "2026-11-30")).toBeUndefined();
    const full: Draft = {
      ...OWN,
      household: Array.from({ length: 8 }, () => ({ relation: "child", birth: "2020-01" })),
    };
    expect(memberFromLink(MOTHER, "parent", full, "2026-11-30")).toBeUndefined();
  });

  it("the person's answers with the member still make a valid household that the link can carry", () => {
    const both = withMemberFromLink(OWN, MOTHER, "parent", "2026-11-30");
    expect(Answers.safeParse(both).success).toBe(true);
    expect(both?.household).toHaveLength(1);
    expect(both?.city).toBe(OWN.city);
  });
});
