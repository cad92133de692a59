import { useEffect, useRef, type ReactNode } from "react";

/** The page's h1. It takes focus when it changes, so screen readers announce each new step. */
export function PageHeading({ children, focusKey }: { children: ReactNode; focusKey?: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusKey !== undefined) ref.current?.focus();
  }, [focusKey]);
  return (
    <h1 ref={ref} tabIndex={-1} className="text-2xl font-bold leading-snug text-gray-900 outline-none">
      {children}
    </h1>
  );
}
