/**
 * Pages as HTML, rendered at build time (vite.config.ts, prerenderPages) so that the first screen paints
 * before any JavaScript has arrived on a slow connection. main.tsx then hydrates it: its first render is
 * identical (app/hydration.ts), so React keeps these nodes.
 */
import { renderToString } from "react-dom/server";
import { StaticRouter } from "react-router";
import { DraftProvider } from "../state/draft-context";
import { AppRoutes } from "./router";
import { STEP_IDS } from "../interview/steps";

/** Every page written at build time, as [file, path]: index.html, result.html, q/<step>.html. */
export const PRERENDERED: readonly (readonly [file: string, path: string])[] = [
  ["index.html", "/"],
  ["result.html", "/result"],
  ...STEP_IDS.map((id) => [`q/${id}.html`, `/q/${id}`] as const),
];

/**
 * The HTML of a route at build time: the start page in full; the wizard and result routes, which load on
 * demand, as the layout with its "正在打开……" placeholder (never the start page, which would flash).
 */
export function renderRoute(basename: string, path: string): string {
  const prefix = basename === "/" ? "" : basename;
  return renderToString(
    <DraftProvider>
      <StaticRouter basename={basename} location={`${prefix}${path}`}>
        <AppRoutes />
      </StaticRouter>
    </DraftProvider>,
  );
}
