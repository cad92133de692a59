import type { ReactNode } from "react";
import { VIEW_PAD, VIEW_WIDTH } from "./scale";

/** Height of one bar's row, in user units (a sixth of a line at 360 px, about 5 mm on A4). */
export const STRIP_HEIGHT = 18;
/** The bar inside its row. */
export const BAR_Y = 3;
export const BAR_HEIGHT = 12;

const viewBox = (height: number) => `${-VIEW_PAD} 0 ${VIEW_WIDTH + 2 * VIEW_PAD} ${height}`;

/**
 * One row of a picture: an SVG as wide as the text column (it scales, it never scrolls), with a light
 * track behind the bars and thin guide lines where the axis has its ticks.
 */
export function Strip({
  guides = [],
  children,
  top = 0,
}: {
  guides?: readonly number[];
  children?: ReactNode;
  /** Room above the bar (for markers), in user units; bars then start at top + BAR_Y. */
  top?: number;
}) {
  const height = top + STRIP_HEIGHT;
  return (
    <svg viewBox={viewBox(height)} className="block h-auto w-full" focusable="false" data-part="strip">
      <rect
        x="0"
        y={top + BAR_Y}
        width={VIEW_WIDTH}
        height={BAR_HEIGHT}
        className="fill-gray-100 stroke-gray-400 print:fill-white print:stroke-black"
        strokeWidth="0.5"
      />
      {guides.map((x) => (
        <line
          key={x}
          x1={x}
          x2={x}
          y1="0"
          y2={height}
          className="stroke-gray-400 print:stroke-black"
          strokeWidth="0.5"
        />
      ))}
      {children}
    </svg>
  );
}

export interface AxisTick {
  x: number;
  label?: string;
  /** Drawn bold: the line that matters (10 years, the minimum). */
  strong?: boolean;
}

const AXIS_HEIGHT = 20;

/** Text of the drawing: its size follows large-text mode too (in user units, so it cannot overflow). */
export const SVG_TEXT = "fill-gray-900 text-[11px] in-[.large-text]:text-[14px] print:fill-black";

/** Labels closer than this to a strong tick's are left out, so that numbers never run into each other. */
const LABEL_ROOM = 30;

/** The scale under the bars: a base line, ticks, and short numbers (long words are HTML, below it). */
export function Axis({ ticks }: { ticks: readonly AxisTick[] }) {
  const strong = ticks.filter((t) => t.strong).map((t) => t.x);
  const crowded = (t: AxisTick) => !t.strong && strong.some((x) => Math.abs(x - t.x) < LABEL_ROOM);
  return (
    <svg viewBox={viewBox(AXIS_HEIGHT)} className="block h-auto w-full" focusable="false" data-part="axis">
      <line x1="0" x2={VIEW_WIDTH} y1="1" y2="1" className="stroke-gray-700 print:stroke-black" />
      {ticks.map((t) => (
        <g key={t.x}>
          <line
            x1={t.x}
            x2={t.x}
            y1="0"
            y2="5"
            strokeWidth={t.strong ? 2 : 1}
            className="stroke-gray-700 print:stroke-black"
          />
          {t.label && !crowded(t) && (
            <text
              x={t.x}
              y={AXIS_HEIGHT - 2}
              textAnchor={t.x < 16 ? "start" : t.x > VIEW_WIDTH - 16 ? "end" : "middle"}
              fontWeight={t.strong ? "bold" : undefined}
              className={SVG_TEXT}
            >
              {t.label}
            </text>
          )}
        </g>
      ))}
    </svg>
  );
}

/** A dashed line across a row at a number of years that matters (`part`: threshold, minimum). */
export function YearsLine({ x, part, height = STRIP_HEIGHT }: { x: number; part: string; height?: number }) {
  return (
    <line
      x1={x}
      x2={x}
      y1="0"
      y2={height}
      strokeWidth="2.5"
      strokeDasharray="4 2"
      className="stroke-gray-900 print:stroke-black"
      data-part={part}
    />
  );
}

/**
 * The years axis with the number that matters in bold and written out (`yearsText`), and a legend that shows
 * its dashed line and says what it is.
 */
export function YearsAxisWithLine({
  ticks,
  marked,
  part,
  legend,
  yearsText,
}: {
  ticks: readonly { x: number; years: number }[];
  marked: number;
  part: string;
  legend: ReactNode;
  yearsText: (years: number) => string;
}) {
  return (
    <>
      <Axis
        ticks={ticks.map((t) => ({
          x: t.x,
          label: t.years === marked ? yearsText(t.years) : String(t.years),
          strong: t.years === marked,
        }))}
      />
      <p className="text-base">
        <svg
          viewBox="0 0 12 18"
          className="mr-1 inline-block h-[1.2em] w-[0.8em] align-[-0.2em]"
          focusable="false"
        >
          <YearsLine x={6} height={18} part={part} />
        </svg>
        {legend}
      </p>
    </>
  );
}
