/** Finding glossary words in a text: pure string work, no React. */

export interface TermWords {
  id: string;
  /** Every spelling that counts as this word (the headword first). */
  words: readonly string[];
}

export type Segment = { kind: "text"; text: string } | { kind: "term"; text: string; id: string };

/**
 * Splits `text` into plain runs and glossary words. At each place the longest word wins, so
 * “居住证办理凭证” is one word, not “居住证” plus the rest. Only the first occurrence of each entry in
 * the text is marked, and only when `mayMark(id)` agrees (it is asked once per entry, at that first
 * occurrence: a screen uses it to mark a word once across many texts). Joining the segments' texts
 * gives back `text` exactly.
 */
export function markTerms(
  text: string,
  entries: readonly TermWords[],
  mayMark: (id: string) => boolean = () => true,
): Segment[] {
  const words = entries
    .flatMap((e) => e.words.filter((w) => w.length > 0).map((word) => ({ word, id: e.id })))
    .sort((a, b) => b.word.length - a.word.length);
  const decided = new Map<string, boolean>();
  const out: Segment[] = [];
  const pushText = (s: string) => {
    const last = out[out.length - 1];
    if (last?.kind === "text") last.text += s;
    else out.push({ kind: "text", text: s });
  };
  let i = 0;
  while (i < text.length) {
    const hit = words.find((w) => text.startsWith(w.word, i));
    if (!hit) {
      pushText(text.charAt(i));
      i += 1;
      continue;
    }
    if (!decided.has(hit.id)) {
      const mark = mayMark(hit.id);
      decided.set(hit.id, false);
      if (mark) {
        out.push({ kind: "term", text: hit.word, id: hit.id });
        i += hit.word.length;
        continue;
      }
    }
    pushText(hit.word);
    i += hit.word.length;
  }
  return out;
}
