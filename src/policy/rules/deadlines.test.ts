import { describe, expect, it } from "vitest";
import { advise } from "../advise";
import { PEOPLE, answersFor, type NamedAnswers } from "../testing";
import { SOURCES } from "../data/sources/registry";
import { deadlinesOf, type Deadline } from "./deadlines";

const ASOF = "2026-11-30"; // a Monday

function deadlines(a: NamedAnswers, asOf = ASOF, filedOn?: string): Deadline[] {
  const answers = answersFor(a);
  return deadlinesOf(answers, advise(answers, { asOf }), { asOf, ...(filedOn ? { filedOn } : {}) });
}
const byCode = (list: Deadline[], code: Deadline["code"]) => list.find((d) => d.code === code);

/** 南京 职工医保 ended on 31 October, working in 泉州 as a flexible worker, no start date yet. */
const leftJob: NamedAnswers = PEOPLE.leftJobForQuanzhou;

describe("deadlines of an advice (case table, dates counted by hand on a calendar)", () => {
  it("职工医保 ended 2026-10-31, start not fixed: re-enrol by 2027-02-28 for a gap of at most 3 months (43号 ①)", () => {
    const d = byCode(deadlines(leftJob), "deadline.backpay_no_waiting");
    // November, December, January uncovered = 3 months if the new cover starts in February 2027.
    expect(d?.date).toBe("2027-02-28");
    expect(d?.params).toMatchObject({ lastCovered: "2026-10-31", max: 3, city: "泉州", maxWaiting: 6 });
    expect(d?.cites.map((c) => c.source)).toContain("ybbf-2021-43-xinhua"); // 待遇衔接 as Xinhua reported 43号
  });

  it("no back-payment deadline once the start is fixed, nor for a gap already over 3 months", () => {
    expect(byCode(deadlines({ ...leftJob, plannedStart: "2026-12-01" }), "deadline.backpay_no_waiting")).toBe(
      undefined,
    );
    const long = {
      ...leftJob,
      medical: [{ scheme: "staff" as const, city: "南京", from: "2015-01-01", to: "2026-06-30" }],
    };
    // Last covered June: the last start for 3 months is October 2026, before the advice's date.
    expect(byCode(deadlines(long), "deadline.backpay_no_waiting")).toBe(undefined);
  });

  it("transfer applied on the advice's date (Monday 30 Nov): 10 + 5 working days end on Monday 21 December", () => {
    const d = byCode(deadlines(leftJob), "deadline.transfer_follow_up");
    expect(d?.date).toBe("2026-12-21");
    expect(d?.params).toMatchObject({
      appliedOn: ASOF,
      outDays: 10,
      inDays: 5,
      oldCity: "南京",
      newCity: "泉州",
      may: false,
    });
  });

  it("a new start after the advice's date counts from the start (Tuesday 1 December → Tuesday 22 December)", () => {
    const d = byCode(deadlines({ ...leftJob, plannedStart: "2026-12-01" }), "deadline.transfer_follow_up");
    expect(d?.params).toMatchObject({ appliedOn: "2026-12-01" });
    expect(d?.date).toBe("2026-12-22");
  });

  it("between schemes the transfer may be applied for: the reminder says “if”", () => {
    const graduate: NamedAnswers = {
      city: "成都",
      hukouProvince: "重庆",
      hukouCity: "重庆",
      work: "employee",
      birth: "2003-07",
      sex: "male",
      medical: [{ scheme: "resident", city: "重庆", from: "2021-09-01", to: "2026-06-30" }],
      plannedStart: "2026-12-01",
    };
    expect(byCode(deadlines(graduate), "deadline.transfer_follow_up")?.params).toMatchObject({ may: true });
  });

  it("the yearly 福建 window (泉州, no city rule of its own) for 2027 cover ends on 31 December 2026, with its extension to 28 February", () => {
    const d = byCode(deadlines(leftJob), "deadline.enrolment_window_ends");
    expect(d?.date).toBe("2026-12-31");
    expect(d?.params).toMatchObject({
      city: "泉州",
      coverageYear: 2027,
      from: "2026-09-01",
      extensionTo: "2027-02-28",
    });
    // In January the window has closed; the extension's last day is the deadline.
    expect(byCode(deadlines(leftJob, "2027-01-15"), "deadline.enrolment_window_ends")?.date).toBe(
      "2027-02-28",
    );
  });

  it("a dated window that has ended gives no deadline (杭州's 2026 window on 2026-11-30)", () => {
    const rider: NamedAnswers = PEOPLE.hangzhouRider;
    expect(byCode(deadlines(rider), "deadline.enrolment_window_ends")).toBe(undefined);
    // No 职工养老 record: no claim place, so no pension reminder either.
    expect(byCode(deadlines(rider), "deadline.pension_claim")).toBe(undefined);
  });

  it("the pension: the first day of the statutory month (1980-05 man: 63 years, 2043-05), at the claim place", () => {
    const d = byCode(deadlines(leftJob), "deadline.pension_claim");
    expect(d?.date).toBe("2043-05-01");
    // 江苏 holds 11 years (第六条（三）once the relation has moved to 福建, or（一）/（二）before).
    expect(d?.params).toMatchObject({ month: "2043-05", claim: "江苏", linkage: false });
    expect(d?.where.map((w) => w.code)).toEqual(["office", "hotline_12333"]);
  });

  it("with a 城乡居民养老 record moving into the employee scheme, 衔接 comes first (17号 第四条)", () => {
    const returnee: NamedAnswers = {
      city: "南充",
      hukouProvince: "四川",
      hukouCity: "南充",
      work: "none",
      birth: "1968-05",
      sex: "male",
      medical: [{ scheme: "resident", city: "南充", from: "2021-01-01" }],
      pension: [
        { scheme: "staff", province: "广东", years: 16 },
        { scheme: "resident", province: "四川", years: 6 },
      ],
    };
    const d = byCode(deadlines(returnee), "deadline.pension_claim");
    expect(d?.date).toBe("2029-04-01"); // 60 years 11 months after 1968-05 (persona test p2)
    expect(d?.params).toMatchObject({ claim: "广东", linkage: true });
    expect(d?.cites.map((c) => c.source)).toContain("rsbf-2014-17");
  });

  it("a temporary filing: only with the day it was made; then at least 6 months later", () => {
    const trip: NamedAnswers = {
      ...leftJob,
      city: "南京",
      careAway: "temporary",
      medical: [{ scheme: "staff", city: "南京", from: "2015-01-01" }],
    };
    expect(byCode(deadlines(trip), "deadline.filing_temporary_check")).toBe(undefined);
    const d = byCode(deadlines(trip, ASOF, "2026-08-31"), "deadline.filing_temporary_check");
    expect(d?.date).toBe("2027-02-28"); // 31 August + 6 months: the end of February
    expect(d?.params).toMatchObject({ months: 6 });
  });

  it("nothing for a retiree, and nothing dated before the advice", () => {
    const retiree: NamedAnswers = {
      city: "广州",
      hukouProvince: "黑龙江",
      hukouCity: "哈尔滨",
      work: "retired",
      birth: "1962-02",
      sex: "female",
      livingWith: "children",
      medical: [{ scheme: "staff", city: "哈尔滨", from: "1998-01-01" }],
      pension: [{ scheme: "staff", province: "黑龙江", years: 30 }],
      careAway: "long_term",
    };
    expect(deadlines(retiree)).toEqual([]);
    for (const d of deadlines(leftJob)) expect(d.date >= ASOF).toBe(true);
  });

  it("every deadline cites sources that exist, says where, and the list is soonest first", () => {
    const list = deadlines(leftJob);
    expect(list.map((d) => d.code)).toEqual([
      "deadline.transfer_follow_up",
      "deadline.enrolment_window_ends",
      "deadline.backpay_no_waiting",
      "deadline.pension_claim",
    ]);
    for (const d of list) {
      expect(d.cites.length).toBeGreaterThan(0);
      for (const c of [...d.cites, ...d.where.flatMap((w) => w.cites)])
        expect(SOURCES.has(c.source), c.source).toBe(true);
      expect(d.where.length).toBeGreaterThan(0);
      expect(d.params.date).toBe(d.date);
    }
  });
});
