import { useEffect, useRef, useState, type ReactNode } from "react";
import { UI } from "../../content/zh-CN/ui";

const HEADING = { 2: "h2", 3: "h3" } as const;

/**
 * A titled part of the result. `collapsible`: it opens in place — the heading is a real button
 * (aria-expanded, aria-controls) at least 44 px tall, and the body stays in the page, hidden until opened;
 * on paper every section is open (print:block). The region is named by its heading either way.
 */
export function Section({
  id,
  title,
  children,
  className = "",
  level = 2,
  collapsible = false,
  initiallyOpen = false,
}: {
  id: string;
  title: string;
  children: ReactNode;
  className?: string;
  level?: 2 | 3;
  collapsible?: boolean;
  /** Open from the start, with the focus on its button (the section the person was working in). */
  initiallyOpen?: boolean;
}) {
  const [open, setOpen] = useState(initiallyOpen);
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (initiallyOpen) {
      button.current?.focus();
      button.current?.scrollIntoView?.({ block: "start" });
    }
  }, [initiallyOpen]);
  const Heading = HEADING[level];
  const size = level === 2 ? "text-xl" : "text-lg";
  if (!collapsible) {
    return (
      <section aria-labelledby={`${id}-title`} className={`space-y-3 ${className}`}>
        <Heading id={`${id}-title`} className={`border-b-2 border-gray-300 pb-1 font-bold ${size}`}>
          {title}
        </Heading>
        {children}
      </section>
    );
  }
  const bodyId = `${id}-body`;
  return (
    <section aria-labelledby={`${id}-title`} className={`disclosure ${className}`} data-open={open}>
      <Heading id={`${id}-title`} className={`font-bold ${size}`}>
        <button
          ref={button}
          type="button"
          className="disclosure-button"
          aria-expanded={open}
          aria-controls={bodyId}
          onClick={() => setOpen((o) => !o)}
        >
          <span>{title}</span>
          <span aria-hidden="true" className="disclosure-sign">
            {open ? UI.sectionClose : UI.sectionOpen}
          </span>
        </button>
      </Heading>
      <div id={bodyId} className={`space-y-3 pt-3 pb-2 ${open ? "" : "hidden print:block"}`}>
        {children}
      </div>
    </section>
  );
}
