import { UI } from "../../content/zh-CN/ui";
import { onDemand } from "../on-demand";
import { useWhenIdle } from "../use-when-idle";
import { Section } from "./section";

/** uqr and the drawing code, kept out of the first load; the result page starts loading it once shown. */
export const qrModule = onDemand(() => import("./qr-code"));

/**
 * The QR code of `url` as an image, drawn once the page is idle or printing starts (encoding never
 * delays the first screen), and once its script has arrived (qrModule.load()).
 */
export function LazyQrCode({ url, className }: { url: string; className: string }) {
  const idle = useWhenIdle();
  const qr = qrModule.useModule();
  if (!idle || !qr) return <div className={className} />;
  return <qr.QrCode text={url} alt={UI.qrAlt} className={className} />;
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
