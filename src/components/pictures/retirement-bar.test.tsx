// @vitest-environment jsdom
import { render, screen, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from "vitest";
import { RetirementBar } from "./retirement-bar";
import { retirementOutcome } from "./retirement-adapter";
import { retirementGeometry } from "./retirement-geometry";
import { retirementSpeech } from "./retirement-text";
import type { RetirementBarProps } from "./types";

/** 8 years paid; 2026-11 to 2041-03 is 14 years 4 months (172 months); 15 years needed. */
const ON_TRACK: RetirementBarProps = {
  title: "离退休还有多久，交够了没有",
  today: "2026-11",
  retirementMonth: "2041-03",
  paidYears: 8,
  minimumYears: 15,
  labels: {
    paid: "职工养老保险已经交了8年",
    remaining: "从现在到退休年龄（2041年3月）还有14年4个月，一直交下去就接在后面",
    minimum: "按月领养老金，至少要交满15年",
    outcome: "再交7年就够，到退休年龄前来得及。",
  },
};

let consoleError: MockInstance;
beforeEach(() => {
  consoleError = vi.spyOn(console, "error");
});
afterEach(() => {
  expect(consoleError).not.toHaveBeenCalled();
  consoleError.mockRestore();
});

describe("retirementGeometry", () => {
  it("counts the months to the retirement month and puts the minimum where it falls on the years scale", () => {
    const g = retirementGeometry(ON_TRACK);
    expect(g.monthsLeft).toBe(172);
    expect(g.reached).toBe(false);
    // 8 + 14⅓ = 22⅓ years reachable: the scale ends at 25.
    expect(g.max).toBe(25);
    expect(g.minimumX).toBeCloseTo((15 / 25) * 320, 2);
    expect(g.paid).toEqual({ x: 0, width: 102.4 });
    expect(g.remaining?.x).toBeCloseTo(102.4, 2);
    expect(g.remaining?.width).toBeCloseTo((172 / 12 / 25) * 320, 1);
    expect(g.ticks.find((t) => t.years === 15)?.x).toBeCloseTo(g.minimumX, 2);
  });

  it("for someone already past the retirement month: nothing left, only the years paid", () => {
    const g = retirementGeometry({
      today: "2026-11-22",
      retirementMonth: "2024-05",
      paidYears: 12,
      minimumYears: 15,
    });
    expect(g.monthsLeft).toBe(0);
    expect(g.reached).toBe(true);
    expect(g.remaining).toBeUndefined();
    expect(g.max).toBe(15);
    expect(g.paid.width).toBeCloseTo((12 / 15) * 320, 2);
    expect(g.minimumX).toBe(320);
  });

  it("reached in the retirement month itself (the day of birth is not asked)", () => {
    expect(retirementGeometry({ ...ON_TRACK, today: "2041-03" }).reached).toBe(true);
    expect(retirementGeometry({ ...ON_TRACK, today: "2041-02" }).monthsLeft).toBe(1);
  });

  it("fits 30+ years paid, with a minimum off the 5-year grid (15.5)", () => {
    const g = retirementGeometry({
      today: "2026-11",
      retirementMonth: "2030-11",
      paidYears: 33,
      minimumYears: 15.5,
    });
    expect(g.max).toBe(40);
    expect(g.paid.width).toBeCloseTo((33 / 40) * 320, 2);
    expect(g.minimumX).toBeCloseTo((15.5 / 40) * 320, 2);
    expect(g.ticks.map((t) => t.years)).toEqual([0, 10, 15.5, 20, 30, 40]);
  });
});

describe("RetirementBar", () => {
  it("draws the years paid, the time left after them, and the minimum line across both", () => {
    const { container } = render(<RetirementBar {...ON_TRACK} />);
    const paid = container.querySelector('[data-part="paid"]');
    const remaining = container.querySelector('[data-part="remaining"]');
    expect(Number(paid?.getAttribute("width"))).toBeCloseTo(102.4, 2);
    expect(Number(remaining?.getAttribute("x"))).toBeCloseTo(102.4, 2);
    // The future is dashed: it has not been paid yet.
    expect(remaining).toHaveAttribute("stroke-dasharray");
    const lines = [...container.querySelectorAll('[data-part="minimum"]')].slice(0, 2);
    expect(lines.map((l) => Number(l.getAttribute("x1")))).toEqual([192, 192]);
  });

  it("says the same in a list for screen readers, and the outcome under the drawing", () => {
    render(<RetirementBar {...ON_TRACK} />);
    const figure = screen.getByRole("figure", { name: ON_TRACK.title });
    const items = within(figure)
      .getAllByRole("listitem")
      .map((li) => li.textContent);
    expect(items).toEqual([
      ON_TRACK.labels.paid,
      ON_TRACK.labels.remaining,
      ON_TRACK.labels.minimum,
      ON_TRACK.labels.outcome,
    ]);
    expect(within(figure).getByText("再交7年就够，到退休年龄前来得及。", { selector: "p" })).toBeVisible();
  });

  it("past retirement: no bar for the time left, its label still there", () => {
    const { container } = render(
      <RetirementBar
        {...ON_TRACK}
        retirementMonth="2024-05"
        labels={{ ...ON_TRACK.labels, remaining: "2024年5月已到退休年龄", outcome: "还差3年。" }}
        paidYears={12}
      />,
    );
    expect(container.querySelector('[data-part="remaining"]')).toBeNull();
    expect(container.querySelector('[data-part="drawing"]')).toHaveTextContent("2024年5月已到退休年龄");
  });

  it("reads aloud the title and the labels in order", () => {
    expect(retirementSpeech(ON_TRACK)).toBe(
      "离退休还有多久，交够了没有。职工养老保险已经交了8年。从现在到退休年龄（2041年3月）还有14年4个月，一直交下去就接在后面。按月领养老金，至少要交满15年。再交7年就够，到退休年龄前来得及。",
    );
  });
});

describe("retirementOutcome", () => {
  it("already enough; enough in time; short even at the retirement month; short now", () => {
    expect(retirementOutcome(16, 15, 100)).toBe("已经交满15年了。");
    expect(retirementOutcome(8, 15, 172)).toBe("再交7年就够，到退休年龄前来得及。");
    // 2 years paid, 10 years (120 months) left: 15 − 2 − 10 = 3 years short.
    expect(retirementOutcome(2, 15, 120)).toBe("一直交到退休年龄，也还差3年。");
    expect(retirementOutcome(2, 15, 125)).toBe("一直交到退休年龄，也还差2年7个月。");
    expect(retirementOutcome(12, 15, 0)).toBe("还差3年。");
  });
});
