import type { GlossaryEntry } from "../../content/zh-CN/glossary";
import type { TermWords } from "./mark-terms";

export function glossaryWords(entries: readonly GlossaryEntry[]): TermWords[] {
  return entries.map((e) => ({ id: e.id, words: [e.term, ...(e.also ?? [])] }));
}

export type SourceLabel = (id: string) => string;

/**
 * How a source is named after a definition: its 文号 when it has one, else its title. The registry is
 * loaded on demand (it is large and not needed for the first paint of any page).
 */
export async function loadSourceLabel(): Promise<SourceLabel> {
  const { SOURCES } = await import("../../policy/data/sources/registry");
  return (id) => {
    const s = SOURCES.get(id);
    return s ? (s.docNo ?? s.title) : id;
  };
}
