// @vitest-environment jsdom
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from "vitest";
import { InsuranceTimeline } from "./insurance-timeline";
import { timelineGeometry } from "./insurance-timeline-geometry";
import { insuranceTimelineFacts, insuranceTimelineSpeech } from "./insurance-timeline-text";
import type { InsuranceTimelineProps, TimelineLane } from "./types";

const lane = (
  id: string,
  label: string,
  periods: TimelineLane["periods"],
  scheme: "staff" | "resident" = "staff",
) => ({
  id,
  kind: "medical" as const,
  scheme,
  label,
  periods,
});

/** Two years on the axis, 2020-01 to 2021-12: 24 months of 320/24 units each. */
const TWO_YEARS: InsuranceTimelineProps = {
  title: "你的参保经历",
  now: "2021-12",
  lanes: [
    lane("a", "职工医保 · 南京", [{ from: "2020-01", to: "2020-12" }]),
    lane("b", "居民医保 · 合肥", [{ from: "2021-08" }], "resident"),
  ],
  gaps: [{ from: "2021-01", to: "2021-07", label: "断保7个月：可能有等待期" }],
};

let consoleError: MockInstance;
beforeEach(() => {
  consoleError = vi.spyOn(console, "error");
});
afterEach(() => {
  expect(consoleError).not.toHaveBeenCalled();
  consoleError.mockRestore();
});

const num = (el: Element, attr: string) => Number(el.getAttribute(attr));
const parts = (container: HTMLElement, part: string) => [
  ...container.querySelectorAll(`[data-part="${part}"]`),
];

describe("timelineGeometry", () => {
  it("gives each month the same slice of the axis: a whole year on a two-year axis is half of it", () => {
    const g = timelineGeometry(TWO_YEARS);
    expect(g).toBeDefined();
    expect(g?.start).toBe("2020-01");
    expect(g?.end).toBe("2021-12");
    expect(g?.months).toBe(24);
    const year = g?.lanes[0]?.bars[0];
    expect(year).toMatchObject({ x: 0, width: 160, from: "2020-01", to: "2020-12", ongoing: false });
  });

  it("spans a gap over exactly its months: January to July 2021 starts at month 12 and is 7 months wide", () => {
    const gap = timelineGeometry(TWO_YEARS)?.gaps[0];
    expect(gap?.x).toBeCloseTo((12 / 24) * 320, 2);
    expect(gap?.width).toBeCloseTo((7 / 24) * 320, 2);
    expect(gap?.number).toBe(1);
  });

  it("runs an ongoing period to the end of `now`, the right edge of the axis", () => {
    const bar = timelineGeometry(TWO_YEARS)?.lanes[1]?.bars[0];
    expect(bar?.ongoing).toBe(true);
    expect(bar?.to).toBe("2021-12");
    expect((bar?.x ?? 0) + (bar?.width ?? 0)).toBeCloseTo(320, 2);
    expect(bar?.x).toBeCloseTo((19 / 24) * 320, 2);
  });

  it("reaches beyond now when a gap runs until a later start, and marks now inside the axis", () => {
    const g = timelineGeometry({
      now: "2025-11",
      lanes: [lane("a", "职工医保 · 南京", [{ from: "2025-01", to: "2025-09" }])],
      gaps: [{ from: "2025-10", to: "2025-12", label: "断保3个月" }],
    });
    expect(g?.end).toBe("2025-12");
    expect(g?.nowEndX).toBeCloseTo((11 / 12) * 320, 2);
  });

  it("has nothing to draw without periods or gaps", () => {
    expect(timelineGeometry({ now: "2026-11", lanes: [], gaps: [] })).toBeUndefined();
    expect(timelineGeometry({ now: "2026-11", lanes: [lane("a", "x", [])], gaps: [] })).toBeUndefined();
  });

  it("keeps 30+ years on the axis with ticks every 10 years, each at January", () => {
    const g = timelineGeometry({
      now: "2026-11",
      lanes: [lane("a", "职工医保 · 杭州", [{ from: "1990-03" }])],
      gaps: [],
    });
    expect(g?.months).toBe((2026 - 1990) * 12 + 11 - 3 + 1);
    expect(g?.ticks.map((t) => t.year)).toEqual([2000, 2010, 2020]);
    const months = g?.months ?? 1;
    // January 2000 is 118 months after March 1990.
    expect(g?.ticks[0]?.x).toBeCloseTo((118 / months) * 320, 2);
    const bar = g?.lanes[0]?.bars[0];
    expect(bar?.x).toBe(0);
    expect(bar?.width).toBeCloseTo(320, 2);
  });

  it("puts ticks on every year for a short span", () => {
    const g = timelineGeometry(TWO_YEARS);
    expect(g?.ticks).toEqual([{ x: 160, year: 2021 }]);
  });
});

describe("InsuranceTimeline", () => {
  it("draws one lane per scheme and place with its bars, and the gap where its months are", () => {
    const { container } = render(<InsuranceTimeline {...TWO_YEARS} />);
    const periods = parts(container, "period");
    expect(periods.map((p) => [p.getAttribute("data-from"), p.getAttribute("data-to")])).toEqual([
      ["2020-01", "2020-12"],
      ["2021-08", "2021-12"],
    ]);
    expect(num(periods[0]!, "width")).toBe(160);
    // A pattern for 居民医保, a colour class for 职工医保: they differ on black-and-white paper too.
    expect(periods[1]?.getAttribute("fill")).toMatch(/^url\(#p[\w-]*-stripes\)$/);
    expect(periods[0]?.getAttribute("fill")).toBeNull();
    const [gap] = parts(container, "gap");
    expect(num(gap!, "x")).toBeCloseTo(160, 2);
    expect(num(gap!, "width")).toBeCloseTo((7 / 24) * 320, 2);
    expect(gap?.getAttribute("fill")).toMatch(/-hatch\)$/);
    expect(parts(container, "ongoing")).toHaveLength(1);
    // The pattern the bars refer to exists in the document.
    const id = /url\(#(.+)\)/.exec(periods[1]?.getAttribute("fill") ?? "")?.[1] ?? "";
    expect(container.querySelector(`pattern[id="${id}"]`)).not.toBeNull();
  });

  it("hides the drawing from screen readers and gives them the same facts as a list", () => {
    const { container } = render(<InsuranceTimeline {...TWO_YEARS} />);
    expect(container.querySelector('[data-part="drawing"]')).toHaveAttribute("aria-hidden", "true");
    const figure = screen.getByRole("figure", { name: "你的参保经历" });
    const list = within(figure).getByRole("list", { name: "这张图说的是" });
    expect(
      within(list)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual([
      "职工医保 · 南京：2020年1月到2020年12月",
      "居民医保 · 合肥：2021年8月起，现在还在交",
      "2021年1月到2021年7月：断保7个月：可能有等待期",
    ]);
  });

  it("shows the list on demand, and the button says so", async () => {
    const user = userEvent.setup();
    render(<InsuranceTimeline {...TWO_YEARS} />);
    const list = screen.getByRole("list", { name: "这张图说的是" });
    expect(list).toHaveClass("sr-only");
    const button = screen.getByRole("button", { name: "用文字看这张图" });
    expect(button).toHaveAttribute("aria-expanded", "false");
    await user.click(button);
    expect(list).not.toHaveClass("sr-only");
    expect(screen.getByRole("button", { name: "收起文字" })).toHaveAttribute("aria-expanded", "true");
  });

  it("writes the axis ends and every gap's cost as Chinese text that wraps", () => {
    const { container } = render(<InsuranceTimeline {...TWO_YEARS} />);
    const drawing = container.querySelector('[data-part="drawing"]') as HTMLElement;
    expect(drawing).toHaveTextContent("2020年1月");
    expect(drawing).toHaveTextContent("现在（2021年12月）");
    expect(drawing).toHaveTextContent("2021年1月到2021年7月：断保7个月：可能有等待期");
  });

  it("with no periods: no drawing, the list says why, visible", () => {
    const { container } = render(
      <InsuranceTimeline title="你的参保经历" now="2026-11" lanes={[]} gaps={[]} />,
    );
    expect(container.querySelector("svg")).toBeNull();
    expect(screen.queryByRole("button")).toBeNull();
    const list = screen.getByRole("list", { name: "这张图说的是" });
    expect(list).not.toHaveClass("sr-only");
    expect(list).toHaveTextContent("没有填参保经历");
  });

  it("with one period: one lane, one bar over the whole axis, no gap lane", () => {
    const { container } = render(
      <InsuranceTimeline
        title="你的参保经历"
        now="2026-11"
        lanes={[lane("a", "职工医保 · 南京", [{ from: "2017-07", to: "2026-11" }])]}
        gaps={[]}
      />,
    );
    const [bar] = parts(container, "period");
    expect(num(bar!, "x")).toBe(0);
    expect(num(bar!, "width")).toBeCloseTo(320, 2);
    expect(container.querySelector('[data-lane="gaps"]')).toBeNull();
  });

  it("with only an ongoing period: the bar ends at now with an arrow", () => {
    const { container } = render(
      <InsuranceTimeline
        title="你的参保经历"
        now="2026-11"
        lanes={[lane("a", "居民医保 · 临沂", [{ from: "2026-01" }], "resident")]}
        gaps={[]}
      />,
    );
    const [bar] = parts(container, "period");
    expect(bar).toHaveAttribute("data-to", "2026-11");
    expect(num(bar!, "x") + num(bar!, "width")).toBeCloseTo(320, 2);
    expect(parts(container, "ongoing")).toHaveLength(1);
    expect(screen.getByRole("list", { name: "这张图说的是" })).toHaveTextContent("2026年1月起，现在还在交");
  });

  it("uses no style attribute (the CSP forbids them) and no fixed pixel width", () => {
    const { container } = render(<InsuranceTimeline {...TWO_YEARS} />);
    expect(container.querySelector("[style]")).toBeNull();
    for (const svg of container.querySelectorAll("svg[viewBox]"))
      expect(svg.getAttribute("width")).toBeNull();
  });
});

describe("insuranceTimelineSpeech", () => {
  it("reads the title and each fact as a sentence", () => {
    expect(insuranceTimelineSpeech(TWO_YEARS)).toBe(
      "你的参保经历。职工医保 · 南京：2020年1月到2020年12月。居民医保 · 合肥：2021年8月起，现在还在交。2021年1月到2021年7月：断保7个月：可能有等待期。",
    );
  });

  it("lists periods of a lane in time order, whatever order they came in", () => {
    const facts = insuranceTimelineFacts({
      ...TWO_YEARS,
      lanes: [lane("a", "职工医保 · 南京", [{ from: "2022-01" }, { from: "2018-03", to: "2019-02" }])],
      gaps: [],
    });
    expect(facts).toEqual(["职工医保 · 南京：2018年3月到2019年2月；2022年1月起，现在还在交"]);
  });
});
