import { onDemand } from "../on-demand";

/**
 * The source registry (every title, 文号, issuer, date, grade and note: ~10 KB gzip) and the views that
 * read it: the list at the bottom of the result and the source a citation shows in place. Loaded on
 * demand, after the first screen (result-view.tsx starts it with the result page's own chunk).
 */
export const sourcesModule = onDemand(() => import("./sources-list"));
