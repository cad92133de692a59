import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { UI } from "../../content/zh-CN/ui";
import type { Citation } from "../../policy/types";
import { useCitationNumber } from "./citation-index";
import { sourcesModule } from "./sources-module";

interface Mark {
  n: number;
  source: string;
  clause: string | undefined;
}

/** The numbered sources of one conclusion, each once, in the order cited. */
function marksOf(cites: readonly Citation[], number: (id: string) => number | undefined): Mark[] {
  const seen = new Set<number>();
  const marks: Mark[] = [];
  for (const c of cites) {
    const n = number(c.source);
    if (n === undefined || seen.has(n)) continue;
    seen.add(n);
    marks.push({ n, source: c.source, clause: c.clause });
  }
  return marks;
}

/**
 * The [n] marks after a conclusion: one button that shows those sources in place, right after the
 * sentence (title, 文号 or that it was not found, issuer and date, how reliable, the clause), and hides
 * them again. “收起” or Escape closes them and puts the focus back on the marks, so the person stays where
 * they were. A button, not a link: nothing to open in a new tab that would lose the answers (security L6).
 * The full list stays at the end of the page and on paper.
 */
export function CiteMarks({ cites }: { cites: readonly Citation[] }) {
  const number = useCitationNumber();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const marks = marksOf(cites, number);
  if (marks.length === 0) return null;
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  return (
    <>
      <button
        ref={button}
        type="button"
        className="cite-button"
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        onClick={() => setOpen((o) => !o)}
      >
        <span className="sr-only">{UI.citeLabel}</span>
        {marks.map((m) => `[${m.n}]`).join("")}
      </button>
      {open && <CitePanel id={panelId} marks={marks} onClose={close} />}
    </>
  );
}

function CitePanel({ id, marks, onClose }: { id: string; marks: readonly Mark[]; onClose: () => void }) {
  const sources = sourcesModule.useModule();
  useEffect(() => {
    if (!sources) void sourcesModule.load();
  }, [sources]);
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === "Escape") {
      e.stopPropagation();
      onClose();
    }
  };
  return (
    <span id={id} role="group" aria-label={UI.citeLabel} className="cite-panel" onKeyDown={onKeyDown}>
      {sources ? (
        marks.map((m) => <sources.SourceSummary key={m.n} id={m.source} n={m.n} clause={m.clause} />)
      ) : (
        <span className="block">{UI.loadingSources}</span>
      )}
      <button type="button" className="btn-link text-base" onClick={onClose}>
        {UI.citeClose}
      </button>
    </span>
  );
}
