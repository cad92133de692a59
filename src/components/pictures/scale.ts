/**
 * The geometry every picture shares. Drawings are VIEW_WIDTH user units wide and scale to the width of
 * the page (the SVG has a viewBox and no fixed size), so nothing is wider than a 360 px phone.
 */

export const VIEW_WIDTH = 320;

/** Room left and right of the drawing, for strokes and markers at the ends. */
export const VIEW_PAD = 8;

/** A box on the x axis, in user units. */
export interface Span {
  x: number;
  width: number;
}

/** Two decimals: plenty on screen and paper, and stable in attributes and tests. */
export function round(n: number): number {
  return Math.round(n * 100) / 100;
}

/** The end of a scale: `value` rounded up to a multiple of `step`, and never less than one step. */
export function niceMax(value: number, step: number): number {
  return Math.max(step, Math.ceil(value / step - 1e-9) * step);
}

/** Where `value` falls on a scale from 0 to `max` (clamped to it). */
export function scaleX(value: number, max: number, width = VIEW_WIDTH): number {
  if (max <= 0) return 0;
  return round((Math.min(Math.max(value, 0), max) / max) * width);
}

/** The box from `from` to `to` on a scale from 0 to `max`. */
export function spanOf(from: number, to: number, max: number, width = VIEW_WIDTH): Span {
  const x = scaleX(from, max, width);
  return { x, width: round(Math.max(0, scaleX(to, max, width) - x)) };
}

/** Ticks of a years scale: every 5 years, every 10 beyond 30, always with the one at `highlight`. */
export function yearTicks(max: number, highlight?: number): number[] {
  const step = max > 30 ? 10 : 5;
  const ticks = new Set<number>();
  for (let v = 0; v <= max + 1e-9; v += step) ticks.add(v);
  if (highlight !== undefined && highlight <= max) ticks.add(highlight);
  return [...ticks].sort((a, b) => a - b);
}

/** A DOM id that SVG's url(#…) accepts: React's useId may hold characters that need escaping there. */
export function svgSafeId(id: string): string {
  return `p${id.replace(/[^A-Za-z0-9_-]/g, "")}`;
}
