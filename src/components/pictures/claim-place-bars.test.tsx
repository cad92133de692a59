// @vitest-environment jsdom
import { render, screen, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from "vitest";
import { ClaimPlaceBars } from "./claim-place-bars";
import { claimPlaceGeometry } from "./claim-place-geometry";
import { claimPlaceSpeech } from "./claim-place-text";
import type { ClaimPlaceBarsProps } from "./types";

/** Pension paid in three provinces; the relation is in 广东 with 6 years, 浙江 holds 11 (第六条（三）). */
const THREE: ClaimPlaceBarsProps = {
  title: "将来在哪里领养老金",
  rows: [
    { id: "33", label: "浙江", years: 11, claim: true },
    { id: "32", label: "江苏", years: 5 },
    { id: "44", label: "广东", years: 6, tags: ["养老保险关系现在在这里"] },
  ],
  threshold: 10,
  thresholdLabel: "满10年的线（国办发〔2009〕66号 第六条）",
  claimLabel: "照现在的记录，在这里领",
  caption: "如果在广东累计交满10年（还差4年），就改在广东领（第六条（二））。",
};

let consoleError: MockInstance;
beforeEach(() => {
  consoleError = vi.spyOn(console, "error");
});
afterEach(() => {
  expect(consoleError).not.toHaveBeenCalled();
  consoleError.mockRestore();
});

const width = (el: Element | null | undefined) => Number(el?.getAttribute("width"));

describe("claimPlaceGeometry", () => {
  it("puts every province on one scale: 10 years is twice 5 years, and 11 years is longer than the line", () => {
    const g = claimPlaceGeometry({
      ...THREE,
      rows: [...THREE.rows, { id: "51", label: "四川", years: 10 }],
    });
    expect(g.max).toBe(15);
    const [zhejiang, jiangsu, , sichuan] = g.rows;
    expect(sichuan?.counted.width).toBeCloseTo(2 * (jiangsu?.counted.width ?? 0), 1);
    expect(sichuan?.counted.width).toBeCloseTo(g.thresholdX, 2);
    expect(zhejiang?.counted.width).toBeGreaterThan(g.thresholdX);
    expect(g.thresholdX).toBeCloseTo((10 / 15) * 320, 2);
  });

  it("keeps the 10-year line on the scale when every province has fewer years", () => {
    const g = claimPlaceGeometry({ rows: [{ id: "44", label: "广东", years: 2 }], threshold: 10 });
    expect(g.max).toBe(10);
    expect(g.thresholdX).toBe(320);
    expect(g.rows[0]?.counted.width).toBeCloseTo(64, 2);
  });

  it("fits 30+ years, with ticks every 10 years", () => {
    const g = claimPlaceGeometry({ rows: [{ id: "43", label: "湖南", years: 35 }], threshold: 10 });
    expect(g.max).toBe(40);
    expect(g.ticks.map((t) => t.years)).toEqual([0, 10, 20, 30, 40]);
    expect(g.rows[0]?.counted.width).toBeCloseTo((35 / 40) * 320, 2);
  });

  it("draws years that do not count after those that do", () => {
    const g = claimPlaceGeometry({
      rows: [
        { id: "44", label: "广东", years: 4, extraYears: 2, extraLabel: "临时缴费账户2年，不算这里的年限" },
      ],
      threshold: 10,
    });
    expect(g.rows[0]?.extra).toEqual({ x: g.rows[0]?.counted.width, width: 64 });
  });
});

describe("ClaimPlaceBars", () => {
  it("renders bars whose widths compare like the years, the line in every row, and the claim place marked", () => {
    const { container } = render(<ClaimPlaceBars {...THREE} />);
    const bar = (id: string) => container.querySelector(`[data-row="${id}"] [data-part="years"]`);
    expect(width(bar("33")) / width(bar("32"))).toBeCloseTo(11 / 5, 2);
    expect(container.querySelectorAll('[data-part="threshold"]').length).toBeGreaterThanOrEqual(3);
    // The claim place: a heavier outline and the words beside its name, not colour alone.
    expect(bar("33")).toHaveAttribute("stroke-width", "2.5");
    expect(bar("32")).toHaveAttribute("stroke-width", "1");
    const zhejiang = container.querySelector('[data-row="33"]') as HTMLElement;
    expect(zhejiang).toHaveTextContent("照现在的记录，在这里领");
    expect(container.querySelector('[data-row="32"]')).not.toHaveTextContent("在这里领");
  });

  it("shows the caption (what would move it) as text, and the line's label", () => {
    render(<ClaimPlaceBars {...THREE} />);
    const figure = screen.getByRole("figure", { name: "将来在哪里领养老金" });
    expect(within(figure).getByText(THREE.caption ?? "")).toBeVisible();
    expect(figure).toHaveTextContent("满10年的线（国办发〔2009〕66号 第六条）");
  });

  it("gives screen readers the line, then each province with its years and the claim place", () => {
    render(<ClaimPlaceBars {...THREE} />);
    const items = within(screen.getByRole("list", { name: "这张图说的是" })).getAllByRole("listitem");
    expect(items.map((li) => li.textContent)).toEqual([
      "满10年的线（国办发〔2009〕66号 第六条）",
      "浙江：交了11年。照现在的记录，在这里领",
      "江苏：交了5年",
      "广东：交了6年（养老保险关系现在在这里）",
    ]);
  });

  it("reads aloud the title, the facts and the caption", () => {
    expect(claimPlaceSpeech(THREE)).toBe(
      "将来在哪里领养老金。满10年的线（国办发〔2009〕66号 第六条）。浙江：交了11年。照现在的记录，在这里领。江苏：交了5年。广东：交了6年（养老保险关系现在在这里）。如果在广东累计交满10年（还差4年），就改在广东领（第六条（二））。",
    );
  });

  it("with a province of no years (the 户籍 province the pension falls back to): an empty bar, still marked", () => {
    const { container } = render(
      <ClaimPlaceBars
        {...THREE}
        rows={[
          { id: "44", label: "广东", years: 6 },
          { id: "51", label: "四川", years: 0, tags: ["户口所在地"], claim: true },
        ]}
      />,
    );
    expect(width(container.querySelector('[data-row="51"] [data-part="years"]'))).toBe(0);
    expect(container.querySelector('[data-row="51"]')).toHaveTextContent("在这里领");
  });
});
