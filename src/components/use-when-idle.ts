import { useEffect, useState } from "react";
import { flushSync } from "react-dom";

/**
 * True once the browser is idle after the first paint (or when printing starts): for work that is not
 * needed to read the page, such as drawing a QR code, so it never competes with the first screen.
 */
export function useWhenIdle(timeoutMs = 2000): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    const done = () => setIdle(true);
    // Printing: at once, so that what it shows is on the sheet.
    const printing = () => flushSync(done);
    window.addEventListener("beforeprint", printing);
    // Older in-app browsers may lack requestIdleCallback.
    const hasIdle = typeof window.requestIdleCallback === "function";
    const handle = hasIdle
      ? window.requestIdleCallback(done, { timeout: timeoutMs })
      : window.setTimeout(done, 300);
    return () => {
      window.removeEventListener("beforeprint", printing);
      if (hasIdle) window.cancelIdleCallback(handle);
      else window.clearTimeout(handle);
    };
  }, [timeoutMs]);
  return idle;
}
