import { createContext, useContext } from "react";
import type { Advice } from "../../policy/advise";

/** Numbers each source in the order it is first cited, reading the advice from top to bottom. */
export function citationOrder(advice: Advice): Map<string, number> {
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
  walk(advice);
  return order;
}

export const CitationContext = createContext<Map<string, number>>(new Map());

export function useCitationNumber(): (sourceId: string) => number | undefined {
  const order = useContext(CitationContext);
  return (id) => order.get(id);
}
