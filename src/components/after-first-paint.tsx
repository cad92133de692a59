import { startTransition, useEffect, useState, type ReactNode } from "react";
import { flushSync } from "react-dom";

/**
 * Renders `children` only after the content above it is on screen: the first screen commits (and paints)
 * sooner on a slow phone, and the rest renders in a transition of its own, in small slices. Content
 * below is appended, so nothing already on screen moves. Printing before that renders it at once.
 * `aria-busy` tells assistive technology (and the tests) that the page is still being completed.
 */
export function AfterFirstPaint({ children, className }: { children: ReactNode; className?: string }) {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    if (ready) return;
    const now = () => flushSync(() => setReady(true));
    window.addEventListener("beforeprint", now);
    // One frame to paint what is above, then the rest.
    const frame = window.requestAnimationFrame(() => {
      window.setTimeout(() => startTransition(() => setReady(true)), 0);
    });
    return () => {
      window.removeEventListener("beforeprint", now);
      window.cancelAnimationFrame(frame);
    };
  }, [ready]);
  return (
    <div className={className} aria-busy={!ready}>
      {ready && children}
    </div>
  );
}
