import { useEffect, useId, useState } from "react";
import { GLOSSARY } from "../../content/zh-CN/glossary";
import { UI } from "../../content/zh-CN/ui";
import { glossaryWords, loadSourceLabel, type SourceLabel } from "./glossary-entries";
import { useTermClaims } from "./glossary-scope";
import { markTerms } from "./mark-terms";

const WORDS = glossaryWords(GLOSSARY);
const BY_ID = new Map(GLOSSARY.map((e) => [e.id, e]));

/**
 * A text in which the first occurrence of each glossary word (on this screen, inside a GlossaryScope)
 * is a small button; pressing it shows the plain-words explanation after the text, and hides it again.
 * Renders only phrasing content, so it fits inside a <p>, <li> or <span>.
 */
export function GlossaryText({ text }: { text: string }) {
  const owner = useId();
  const claims = useTermClaims();
  const [open, setOpen] = useState<readonly string[]>([]);
  const [label, setLabel] = useState<{ fn: SourceLabel } | undefined>();
  const needLabels = open.length > 0 && !label;
  useEffect(() => {
    if (!needLabels) return;
    let live = true;
    void loadSourceLabel().then((fn) => live && setLabel({ fn }));
    return () => {
      live = false;
    };
  }, [needLabels]);
  const segments = markTerms(text, WORDS, (id) => claims?.claim(id, owner) ?? true);
  const defId = (id: string) => `${owner}-${id}`;
  return (
    <>
      {segments.map((s, i) =>
        s.kind === "text" ? (
          s.text
        ) : (
          <button
            key={`${s.id}-${i}`}
            type="button"
            className="term-button"
            aria-expanded={open.includes(s.id)}
            aria-controls={open.includes(s.id) ? defId(s.id) : undefined}
            onClick={() => setOpen((o) => (o.includes(s.id) ? o.filter((x) => x !== s.id) : [...o, s.id]))}
          >
            {s.text}
          </button>
        ),
      )}
      {open.map((id) => {
        const entry = BY_ID.get(id);
        if (!entry) return null;
        return (
          <span key={id} id={defId(id)} className="term-definition">
            <span className="font-bold">{entry.term}：</span>
            {entry.definition}
            <span className="block text-gray-700">
              {UI.glossaryBasis}：{label ? entry.sources.map(label.fn).join("；") : "……"}
            </span>
          </span>
        );
      })}
    </>
  );
}
