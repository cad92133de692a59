import { conclusionText } from "../../content/zh-CN/texts";
import type { Conclusion } from "../../policy/types";
import { GlossaryText } from "../glossary/glossary-text";
import { CiteMarks } from "./cite-marks";

export { CiteMarks };

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
