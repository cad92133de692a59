import { lazy, Suspense } from "react";
import { UI } from "../../content/zh-CN/ui";
import { useWhenIdle } from "../use-when-idle";
import { Section } from "./section";

const QrCode = lazy(async () => ({ default: (await import("./qr-code")).QrCode }));

/**
 * The QR code of `url` as an image, loaded and drawn once the page is idle (or printing starts): uqr is
 * kept out of the first load, and encoding never delays the first screen.
 */
export function LazyQrCode({ url, className }: { url: string; className: string }) {
  const idle = useWhenIdle();
  if (!idle) return <div className={className} />;
  return (
    <Suspense fallback={<div className={className} />}>
      <QrCode text={url} alt={UI.qrAlt} className={className} />
    </Suspense>
  );
}

/** On screen: the result link as a QR code another phone can scan. (On paper it stands at the top.) */
export function ResultQr({ url }: { url: string }) {
  return (
    <Section id="qr" title={UI.qrTitle} className="print:hidden">
      <p className="text-base text-gray-700">{UI.qrHint}</p>
      <LazyQrCode url={url} className="block aspect-square w-full max-w-56 border border-gray-400" />
    </Section>
  );
}
