import jsQR from "jsqr";
import { encode } from "uqr";
import { describe, expect, it } from "vitest";
import { QUIET_ZONE, qrPath, qrSvg, svgDataUrl } from "./qr-svg";

/** Draws the SVG's path back into pixels (the renderer a browser would be), `scale` px per module. */
function rasterize(svg: string, scale: number): { data: Uint8ClampedArray; width: number } {
  const viewBox = /viewBox="(-?\d+) (-?\d+) (\d+) (\d+)"/.exec(svg);
  const d = /<path d="([^"]*)"/.exec(svg)?.[1] ?? "";
  const [, ox = "0", oy = "0", w = "0"] = viewBox ?? [];
  const modules = Number(w);
  const width = modules * scale;
  const data = new Uint8ClampedArray(width * width * 4).fill(255);
  for (const m of d.matchAll(/M(\d+) (\d+)h(\d+)v1h-(\d+)z/g)) {
    const [x, y, n] = [Number(m[1]) - Number(ox), Number(m[2]) - Number(oy), Number(m[3])];
    expect(Number(m[4])).toBe(n);
    for (let py = y * scale; py < (y + 1) * scale; py++)
      for (let px = x * scale; px < (x + n) * scale; px++)
        data.fill(0, (py * width + px) * 4, (py * width + px) * 4 + 3);
  }
  return { data, width };
}

const LINK =
  "https://example.org/result#v=1&d=20261122&c=440100&hc=510700&rp=y&w=e&b=197705&sx=m&lw=n&pe=s33-11_s32-3_s44-6&ca=n";

describe("QR code of the result link", () => {
  it("decodes back to exactly the link", () => {
    const { svg } = qrSvg(LINK);
    const { data, width } = rasterize(svg, 4);
    expect(jsQR(data, width, width)?.data).toBe(LINK);
  });

  it("decodes a long link with medical and pension history too", () => {
    const long = `${LINK}&m=s320100.20170701.20260531_r340100.20100101.20120101&ps=20260620&pe=s33-11_s32-3_s44-6_r36-6t`;
    const { svg } = qrSvg(long);
    const { data, width } = rasterize(svg, 3);
    expect(jsQR(data, width, width)?.data).toBe(long);
  });

  it("draws every dark module once and no light one, inside a white quiet zone", () => {
    const { data: matrix, size } = encode(LINK, { ecc: "M", boostEcc: true, border: 0 });
    const drawn = matrix.map((row) => row.map(() => false));
    for (const m of qrPath(matrix).matchAll(/M(\d+) (\d+)h(\d+)/g)) {
      for (let x = Number(m[1]); x < Number(m[1]) + Number(m[3]); x++) {
        const row = drawn[Number(m[2])];
        expect(row?.[x]).toBe(false);
        if (row) row[x] = true;
      }
    }
    expect(drawn).toEqual(matrix);
    const { svg, modules } = qrSvg(LINK);
    expect(modules).toBe(size + 2 * QUIET_ZONE);
    expect(svg).not.toMatch(/style=/);
  });

  it("makes a data: URL an <img> can show", () => {
    const url = svgDataUrl(qrSvg("x").svg);
    expect(url.startsWith("data:image/svg+xml,%3Csvg")).toBe(true);
    expect(decodeURIComponent(url.slice("data:image/svg+xml,".length))).toBe(qrSvg("x").svg);
  });

  it("makes the code of a link once and draws it again from memory, a new link afresh", () => {
    const first = qrSvg(LINK);
    expect(qrSvg(LINK)).toBe(first);
    const other = qrSvg(LINK.replace("w=e", "w=f"));
    expect(other).not.toBe(first);
    expect(other.svg).not.toBe(first.svg);
  });
});
