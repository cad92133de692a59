import { conclusionText } from "../../content/zh-CN/texts";
import { UI } from "../../content/zh-CN/ui";
import type { Citation, Conclusion } from "../../policy/types";
import { GlossaryText } from "../glossary/glossary-text";
import { InPageLink } from "../in-page-link";
import { useCitationNumber } from "./citation-index";

/** The [n] marks after a conclusion, each linking to its source in the list at the bottom. */
export function CiteMarks({ cites }: { cites: readonly Citation[] }) {
  const number = useCitationNumber();
  const seen = new Set<number>();
  const marks = cites
    .map((c) => ({ n: number(c.source), clause: c.clause }))
    .filter(
      (m): m is { n: number; clause: string | undefined } =>
        m.n !== undefined && !seen.has(m.n) && (seen.add(m.n), true),
    );
  if (marks.length === 0) return null;
  return (
    <span className="ml-1 whitespace-nowrap text-sm">
      <span className="sr-only">{UI.citeLabel}</span>
      {marks.map((m) => (
        <InPageLink key={m.n} to={`source-${m.n}`} className="mr-1 text-blue-800" title={m.clause}>
          [{m.n}]
        </InPageLink>
      ))}
    </span>
  );
}

/** One conclusion in words, with its sources, and its reasons beneath it when asked. */
export function ConclusionView({ c, showBecause = true }: { c: Conclusion; showBecause?: boolean }) {
  return (
    <>
      <span>
        <GlossaryText text={conclusionText(c)} />
      </span>
      <CiteMarks cites={c.cites} />
      {showBecause && c.because && c.because.length > 0 && (
        <ul className="mt-1 list-disc space-y-1 pl-6 text-base text-gray-800">
          {c.because.map((b, i) => (
            <li key={`${b.code}-${i}`}>
              <ConclusionView c={b} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

export function ConclusionList({
  items,
  className = "list-disc space-y-2 pl-6",
}: {
  items: readonly Conclusion[];
  className?: string;
}) {
  if (items.length === 0) return null;
  return (
    <ul className={className}>
      {items.map((c, i) => (
        <li key={`${c.code}-${i}`}>
          <ConclusionView c={c} />
        </li>
      ))}
    </ul>
  );
}
