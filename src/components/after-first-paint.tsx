import { Children, startTransition, useEffect, useState, type ReactNode } from "react";
import { flushSync } from "react-dom";

/**
 * Renders `children` only after the content above it is on screen, and then one child at a time, one
 * per frame: the first screen commits (and paints) sooner on a slow phone, and the long text below is
 * laid out in several small tasks instead of one long one, each rendered in a transition of its own.
 * Content is appended below, so nothing already on screen moves. Printing before that renders it all at
 * once. `aria-busy` tells assistive technology (and the tests) that the page is still being completed.
 */
export function AfterFirstPaint({ children, className }: { children: ReactNode; className?: string }) {
  const parts = Children.toArray(children);
  const [shown, setShown] = useState(0);
  const done = shown >= parts.length;
  useEffect(() => {
    if (done) return;
    const all = () => flushSync(() => setShown(Number.POSITIVE_INFINITY));
    window.addEventListener("beforeprint", all);
    // One frame to paint what is there, then the next part.
    let timer = 0;
    const frame = window.requestAnimationFrame(() => {
      timer = window.setTimeout(() => startTransition(() => setShown((n) => n + 1)), 0);
    });
    return () => {
      window.removeEventListener("beforeprint", all);
      window.cancelAnimationFrame(frame);
      window.clearTimeout(timer);
    };
  }, [done, shown]);
  return (
    <div className={className} aria-busy={!done}>
      {parts.slice(0, shown)}
    </div>
  );
}
