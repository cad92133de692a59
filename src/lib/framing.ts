/**
 * Clickjacking: another page can show the app in an invisible frame and get one tap on a button of
 * it. Hosts that send `frame-ancestors 'none'` (public/_headers, docs/deploy.md) stop that in the
 * browser; where the host cannot send headers (GitHub Pages), the app refuses to delete or replace
 * the person's answers while it is inside a frame.
 */
export function isFramed(win: { top: unknown; self: unknown } = window): boolean {
  try {
    return win.top !== win.self;
  } catch {
    return true; // a parent the browser will not even let us compare: certainly a frame
  }
}
