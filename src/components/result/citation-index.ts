import { createContext, useContext } from "react";

/**
 * Numbers each source in the order it is first cited, reading what the page shows from top to bottom:
 * give it the page's plan (plan.ts), which holds exactly the conclusions on the page, so every [n] has its
 * entry in the list at the end and every entry is cited (never the whole advice: the page leaves out what
 * it would otherwise say twice).
 */
export function citationOrder(...shown: readonly unknown[]): Map<string, number> {
  const order = new Map<string, number>();
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === "object") {
      for (const [k, v] of Object.entries(value)) {
        if (k === "source" && typeof v === "string") {
          if (!order.has(v)) order.set(v, order.size + 1);
        } else walk(v);
      }
    }
  };
  walk(shown);
  return order;
}

export const CitationContext = createContext<Map<string, number>>(new Map());

export function useCitationNumber(): (sourceId: string) => number | undefined {
  const order = useContext(CitationContext);
  return (id) => order.get(id);
}
