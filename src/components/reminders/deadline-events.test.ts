import { describe, expect, it } from "vitest";
import { advise } from "../../policy/advise";
import { deadlinesOf } from "../../policy/rules/deadlines";
import { PEOPLE, answersFor } from "../../policy/testing";
import { calendarFile } from "../../lib/ics";
import { deadlineEvents } from "./deadline-events";

const LINK = "https://example.org/result#v=1&d=20261130&c=350500";
/** 南京 职工医保 ended on 31 October, working in 泉州 as a flexible worker, no start date yet. */
const answers = answersFor(PEOPLE.leftJobForQuanzhou);
const advice = advise(answers, { asOf: "2026-11-30" });
const deadlines = deadlinesOf(answers, advice, { asOf: "2026-11-30" });

describe("deadlineEvents", () => {
  const events = deadlineEvents(deadlines, LINK, (id) => `《${id}》`);

  it("one all-day event per deadline, on its day, with what to do, where, the sources and the link", () => {
    expect(events.map((e) => e.date)).toEqual(deadlines.map((d) => d.date));
    for (const e of events) {
      expect(e.summary.length).toBeGreaterThan(4);
      expect(e.description).toMatch(/去哪里：.+/);
      expect(e.description).toMatch(/依据：《.+》/);
      expect(e.url).toBe(LINK);
    }
  });

  it("names the office with its place, as the event's location too", () => {
    const followUp = events.find((e) => e.date === "2026-12-21");
    expect(followUp?.description).toContain("国家医保服务平台");
    expect(followUp?.location).toBe("泉州的医保服务大厅，或街道、社区的服务窗口");
    const pension = events.find((e) => e.date === "2043-05-01");
    expect(pension?.location).toContain("江苏的社保经办机构");
    expect(pension?.description).toContain("人社服务热线 12333");
  });

  it("without the sources' names yet, the events still say what and where", () => {
    for (const e of deadlineEvents(deadlines, LINK)) expect(e.description).not.toContain("依据：");
  });

  it("makes a calendar file the ics writer accepts", () => {
    const file = calendarFile(events, { stamp: "2026-11-30T04:00:00Z" });
    expect(file.match(/BEGIN:VEVENT/g)).toHaveLength(events.length);
  });

  it("on a family's calendar, the title says whom it is for; alone, it does not", () => {
    const family = deadlineEvents(
      deadlines.map((d) => ({ ...d, for: ["你自己", "孩子 1"] })),
      LINK,
    );
    family.forEach((e, i) => {
      expect(e.summary).toBe(`【你自己、孩子 1】${events[i]?.summary}`);
    });
    for (const e of events) expect(e.summary).not.toContain("【");
  });
});
