/**
 * Which route a page's HTML was prerendered for: the build writes it on the root element
 * (`<div id="root" data-route="/result">`, vite.config.ts), so main.tsx hydrates only HTML made for the
 * route being opened. A host or the service worker may answer any path with index.html (the start page).
 */
export const ROUTE_ATTRIBUTE = "data-route";

/** The route of a location's pathname under the app's basename ("/" or "/sub"), as the build names it. */
export function routeOf(basename: string, pathname: string): string | undefined {
  const prefix = basename === "/" ? "" : basename;
  if (prefix && pathname !== prefix && !pathname.startsWith(`${prefix}/`)) return undefined;
  return pathname.slice(prefix.length) || "/";
}

/** True when `root` holds HTML prerendered for the route at `pathname`. */
export function prerenderedFor(root: Element, basename: string, pathname: string): boolean {
  const route = root.getAttribute(ROUTE_ATTRIBUTE);
  return route !== null && root.firstChild !== null && route === routeOf(basename, pathname);
}
