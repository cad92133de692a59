import type { GlossaryEntry } from "../../content/zh-CN/glossary";
import { SOURCES } from "../../policy/data/sources/registry";
import type { TermWords } from "./mark-terms";

export function glossaryWords(entries: readonly GlossaryEntry[]): TermWords[] {
  return entries.map((e) => ({ id: e.id, words: [e.term, ...(e.also ?? [])] }));
}

/** How a source is named after a definition: its 文号 when it has one, else its title. */
export function sourceLabel(id: string): string {
  const s = SOURCES.get(id);
  return s ? (s.docNo ?? s.title) : id;
}
