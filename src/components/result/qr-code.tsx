import { useMemo } from "react";
import { qrSvg, svgDataUrl } from "./qr-svg";

/** The QR code as an image (loaded on demand: uqr is only in this chunk). */
export function QrCode({ text, alt, className }: { text: string; alt: string; className: string }) {
  const src = useMemo(() => svgDataUrl(qrSvg(text).svg), [text]);
  return <img src={src} alt={alt} className={className} />;
}
