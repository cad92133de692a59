import type { ReactNode } from "react";

/**
 * Fills that still tell things apart on a black-and-white printout: each kind of bar has its own pattern,
 * not only its own colour. Colours come from classes (no style attributes: the CSP forbids them) and turn
 * black on paper.
 */

export type Fill = "solid" | "stripes" | "dots" | "lines" | "hatch" | "future";

export const FILLS: readonly Fill[] = ["solid", "stripes", "dots", "lines", "hatch", "future"];

export const INK = "fill-blue-800 print:fill-black";
export const INK_STROKE = "stroke-blue-800 print:stroke-black";
const GAP_STROKE = "stroke-red-800 print:stroke-black";

/**
 * How a bar of this fill is painted: the solid one by a class, the others by a pattern of this picture;
 * with its outline, dashed for what has not happened yet.
 */
export function paintOf(
  fill: Fill,
  prefix: string,
): { fill?: string; className: string; strokeDasharray?: string } {
  const outline = fill === "hatch" ? GAP_STROKE : INK_STROKE;
  return {
    ...(fill === "solid" ? {} : { fill: `url(#${prefix}-${fill})` }),
    className: fill === "solid" ? `${INK} ${outline}` : outline,
    ...(fill === "future" ? { strokeDasharray: "3 2" } : {}),
  };
}

function Pattern({ id, size, children }: { id: string; size: number; children: ReactNode }) {
  return (
    <pattern id={id} width={size} height={size} patternUnits="userSpaceOnUse">
      <rect width={size} height={size} fill="#fff" />
      {children}
    </pattern>
  );
}

/**
 * The patterns, once per picture, in an SVG of no size (not display:none, which would switch the
 * patterns off in Chromium). Bars in the picture's other SVGs refer to them by `${prefix}-${fill}`.
 */
export function PatternDefs({ prefix }: { prefix: string }) {
  return (
    <svg width="0" height="0" className="absolute" aria-hidden="true" focusable="false">
      <defs>
        <Pattern id={`${prefix}-stripes`} size={6}>
          <path d="M-1 7L7 -1M-1 1L1 -1M5 7L7 5" strokeWidth="1.6" className={INK_STROKE} />
        </Pattern>
        <Pattern id={`${prefix}-dots`} size={5}>
          <circle cx="2.5" cy="2.5" r="1.3" className={INK} />
        </Pattern>
        <Pattern id={`${prefix}-lines`} size={5}>
          <path d="M0 2.5H5" strokeWidth="1.4" className={INK_STROKE} />
        </Pattern>
        <Pattern id={`${prefix}-hatch`} size={6}>
          <path
            d="M-1 7L7 -1M-1 1L1 -1M5 7L7 5M-1 -1L7 7M5 -1L7 1M-1 5L1 7"
            strokeWidth="1.1"
            className={GAP_STROKE}
          />
        </Pattern>
        <Pattern id={`${prefix}-future`} size={8}>
          <circle cx="4" cy="4" r="0.9" className={INK} />
        </Pattern>
      </defs>
    </svg>
  );
}

/** A small sample of a fill, before a label, so the label and its bars can be matched. */
export function Swatch({ fill, prefix }: { fill: Fill; prefix: string }) {
  return (
    <svg
      viewBox="0 0 20 12"
      className="mr-1 inline-block h-[0.8em] w-[1.4em] align-[-0.05em]"
      aria-hidden="true"
      focusable="false"
    >
      <rect x="0.5" y="0.5" width="19" height="11" strokeWidth="1" {...paintOf(fill, prefix)} />
    </svg>
  );
}
