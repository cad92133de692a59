import { useState, type ReactNode } from "react";
import { PICTURE_UI } from "../../content/zh-CN/pictures";
import { PatternDefs } from "./patterns";

/**
 * What every picture shares: a titled figure that never splits across printed pages; the drawing, hidden
 * from screen readers; and the same facts as a list, which screen readers always read and anyone can show
 * with a button (it then follows the large-text size, unlike the drawing's few numbers).
 */
export function PictureFrame({
  id,
  title,
  facts,
  caption,
  children,
}: {
  /** A DOM id prefix, safe in url(#…) (svgSafeId). */
  id: string;
  title: string;
  facts: readonly string[];
  caption?: string | undefined;
  /** The drawing; absent when there is nothing to draw (the facts say why). */
  children?: ReactNode;
}) {
  const [shown, setShown] = useState(false);
  const listId = `${id}-text`;
  return (
    <figure
      aria-labelledby={`${id}-title`}
      className="relative space-y-3 break-inside-avoid rounded-lg border border-gray-400 p-3 print:border-black"
    >
      <figcaption id={`${id}-title`} className="font-bold">
        {title}
      </figcaption>
      {children && (
        <div aria-hidden="true" className="max-w-xl space-y-2" data-part="drawing">
          <PatternDefs prefix={id} />
          {children}
        </div>
      )}
      {caption && <p className="text-base">{caption}</p>}
      {children && (
        <button
          type="button"
          className="btn-link text-base print:hidden"
          aria-expanded={shown}
          aria-controls={listId}
          onClick={() => setShown((s) => !s)}
        >
          {shown ? PICTURE_UI.hideText : PICTURE_UI.showText}
        </button>
      )}
      <ul
        id={listId}
        aria-label={PICTURE_UI.textList}
        className={children && !shown ? "sr-only" : "list-disc space-y-1 pl-6 text-base"}
      >
        {facts.map((f, i) => (
          <li key={i}>{f}</li>
        ))}
      </ul>
    </figure>
  );
}
