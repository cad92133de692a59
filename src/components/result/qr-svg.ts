/** A QR code as a small SVG: one path of dark runs, white quiet zone, no style attributes (CSP). */
import { encode } from "uqr";

/** The quiet zone the QR standard asks for around the code, in modules. */
export const QUIET_ZONE = 4;

/** One "M x y h n v 1 h -n z" rectangle per horizontal run of dark modules. */
export function qrPath(matrix: readonly (readonly boolean[])[]): string {
  const parts: string[] = [];
  matrix.forEach((row, y) => {
    let x = 0;
    while (x < row.length) {
      if (!row[x]) {
        x += 1;
        continue;
      }
      const start = x;
      while (x < row.length && row[x]) x += 1;
      parts.push(`M${start} ${y}h${x - start}v1h-${x - start}z`);
    }
  });
  return parts.join("");
}

export interface QrImage {
  svg: string;
  /** Modules across, quiet zone included. */
  modules: number;
}

/** The last code made: the page shows the same link twice (on screen, and at the top of the printout). */
let last: { text: string; image: QrImage } | undefined;

/** The QR code of `text`; uqr picks the mask pattern the QR standard scores best, the costly part. */
export function qrSvg(text: string): QrImage {
  if (last?.text === text) return last.image;
  const image = makeQrSvg(text);
  last = { text, image };
  return image;
}

function makeQrSvg(text: string): QrImage {
  const { data, size } = encode(text, { ecc: "M", boostEcc: true, border: 0 });
  const total = size + 2 * QUIET_ZONE;
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="-${QUIET_ZONE} -${QUIET_ZONE} ${total} ${total}" shape-rendering="crispEdges">` +
    `<rect x="-${QUIET_ZONE}" y="-${QUIET_ZONE}" width="${total}" height="${total}" fill="#fff"/>` +
    `<path d="${qrPath(data)}" fill="#000"/></svg>`;
  return { svg, modules: total };
}

export function svgDataUrl(svg: string): string {
  return `data:image/svg+xml,${encodeURIComponent(svg)}`;
}
