/** Route paths in one place; components build links only through these. */
import type { StepId } from "./steps";

export const paths = {
  start: () => "/",
  step: (id: StepId, opts: { back?: "result" } = {}) => `/q/${id}${opts.back ? `?back=${opts.back}` : ""}`,
  result: (fragment?: string) => `/result${fragment ? `#${fragment}` : ""}`,
  glossary: () => "/glossary",
} as const;

export const ROUTE_PATTERNS = { step: "q/:stepId", result: "result", glossary: "glossary" } as const;
