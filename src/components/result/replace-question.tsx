import { useEffect, useId, useRef, type ReactNode } from "react";
import type { ReplaceAnswers } from "../../state/use-replace-answers";
import { REPLACE_ANSWERS } from "../../content/zh-CN/stored-answers";
import { FramedRefusal } from "../framed-refusal";

/**
 * Asks, in the page (no browser dialog), before answers from a link replace the person's own; keeping
 * theirs comes first. `moreChoices`: the result page's “add the link's person as a family member”
 * (AddAsMember). Also says why nothing happens inside a frame.
 */
export function ReplaceQuestion({
  replacing,
  moreChoices,
}: {
  replacing: ReplaceAnswers;
  moreChoices?: ReactNode;
}) {
  const titleId = useId();
  const title = useRef<HTMLHeadingElement>(null);
  const open = replacing.pending !== undefined;
  useEffect(() => {
    if (open) title.current?.focus();
  }, [open]);
  return (
    <>
      <FramedRefusal show={replacing.framed} />
      {open && (
        <div
          role="group"
          aria-labelledby={titleId}
          className="space-y-3 rounded border-2 border-amber-800 bg-amber-50 p-3 print:hidden"
        >
          <h2 id={titleId} ref={title} tabIndex={-1} className="text-xl font-bold outline-none">
            {REPLACE_ANSWERS.replaceTitle}
          </h2>
          <p>{REPLACE_ANSWERS.replaceBody}</p>
          <div className="flex flex-col gap-3 sm:flex-row">
            <button type="button" className="btn-primary" onClick={replacing.keep}>
              {REPLACE_ANSWERS.keepMine}
            </button>
            <button type="button" className="btn-secondary" onClick={replacing.replace}>
              {REPLACE_ANSWERS.useLinkAnswers}
            </button>
            {moreChoices}
          </div>
        </div>
      )}
    </>
  );
}
