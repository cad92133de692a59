import type { MouseEvent, ReactNode } from "react";

const FOCUSABLE = "a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea";

/**
 * Moves focus to the element with this id (or the first control inside it), scrolling it into view.
 * The result page keeps its answers in the URL fragment, so in-page links must not change it.
 */
export function focusById(id: string): boolean {
  const target = document.getElementById(id);
  if (!target) return false;
  // The target itself when it can take focus (a control, or a landmark with tabindex), else the first control in it.
  let control =
    target.matches(FOCUSABLE) || target.hasAttribute("tabindex")
      ? target
      : target.querySelector<HTMLElement>(FOCUSABLE);
  // A disabled control (the city before its province is chosen): the nearest control that can be used.
  for (let up = target.parentElement; !control && target.matches(":disabled") && up; up = up.parentElement)
    control = up.querySelector<HTMLElement>(FOCUSABLE);
  const el = control ?? target;
  if (!control && !target.hasAttribute("tabindex") && !target.matches(":disabled"))
    target.setAttribute("tabindex", "-1");
  el.focus();
  el.scrollIntoView?.({ block: "center" });
  return true;
}

/** A link to a place on the same page that does not touch the URL (see focusById). */
export function InPageLink({
  to,
  children,
  className,
  title,
}: {
  to: string;
  children: ReactNode;
  className?: string;
  title?: string | undefined;
}) {
  return (
    <a
      href={`#${to}`}
      className={className}
      title={title}
      onClick={(e: MouseEvent) => {
        if (focusById(to)) e.preventDefault();
      }}
    >
      {children}
    </a>
  );
}
