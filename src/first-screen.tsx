/**
 * A shared result's first screen, drawn from the link before React has arrived (docs/performance.md).
 *
 * result.html loads this small module first; the app's own script (React, the router, the rest of the
 * page) is named in `<meta name="app-entry">` and requested only once this module has drawn the first
 * screen and the browser has painted it (public/large-text.js starts it on the event sent below, or on
 * its own if this module never arrives). What is drawn is the result page's own first screen — the same
 * components (ResultFrame), the same model, the same link reading — rendered to HTML by
 * components/static-markup.ts into the placeholder the prerendered page holds for it. React then renders
 * the page in its place: the same text at the same place, now with working buttons.
 *
 * Whatever goes wrong here (no link, a broken link, a component the static renderer does not know) leaves
 * the placeholder as it is, and the app draws the page as it would have without this module.
 */
import { firstScreenHtml } from "./components/result/first-screen-html";
import { renderStaticMarkup } from "./components/static-markup";
import { UI } from "./content/zh-CN/ui";
import { todayInChina } from "./lib/dates";

/** The first screen worked out from the link, and what writes it into the page; undefined when not drawn. */
function prepare(): (() => void) | undefined {
  const holder = document.querySelector<HTMLElement>('[data-first-screen=""]');
  if (!holder || !window.location.hash) return undefined;
  const html = firstScreenHtml(window.location.hash, todayInChina());
  if (html === undefined) return undefined;
  const note = renderStaticMarkup(<p className="hidden font-bold print:block">{UI.firstScreenOnly}</p>);
  return () => {
    holder.innerHTML = note + html;
    holder.dataset.firstScreen = "drawn";
  };
}

const failed = (error: unknown) => {
  // The placeholder stays; the app draws the page (see above).
  console.warn("first screen not drawn before the app:", error);
};

/**
 * Tells public/large-text.js to start the app's script once the first screen is on the screen: when the
 * browser reports that paint (Chromium's largest-contentful-paint), a frame later where it cannot (Safari),
 * at most 500 ms later in any case. Until then the first screen has the connection to itself.
 */
function startAppWhenPainted(): void {
  const drawnAt = performance.now();
  let sent = false;
  const send = () => {
    if (sent) return;
    sent = true;
    document.dispatchEvent(new Event("first-screen-drawn"));
  };
  setTimeout(send, 500);
  try {
    if (PerformanceObserver.supportedEntryTypes.includes("largest-contentful-paint")) {
      // The page's first paint may be reported after this point: only a paint after the drawing counts.
      new PerformanceObserver((list, observer) => {
        if (!list.getEntries().some((e) => e.startTime >= drawnAt)) return;
        observer.disconnect();
        send();
      }).observe({ type: "largest-contentful-paint" });
      return;
    }
  } catch {
    // no PerformanceObserver: the next frame instead
  }
  requestAnimationFrame(send);
}

performance.mark("first-screen:start");
let write: (() => void) | undefined;
try {
  write = prepare();
} catch (error) {
  failed(error);
}
// Written at the next frame, in a task of its own: evaluating this module and laying out the first screen
// are two shorter tasks instead of one long one.
requestAnimationFrame(() => {
  try {
    write?.();
    performance.mark("first-screen:drawn");
  } catch (error) {
    failed(error);
    write = undefined;
  }
  if (write) startAppWhenPainted();
  else document.dispatchEvent(new Event("first-screen-drawn"));
});
