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

function draw(): void {
  const holder = document.querySelector<HTMLElement>('[data-first-screen=""]');
  const root = document.getElementById("root");
  if (!holder || !root || !window.location.hash) return;
  const html = firstScreenHtml(window.location.hash, todayInChina());
  if (html === undefined) return;
  const note = renderStaticMarkup(<p className="hidden font-bold print:block">{UI.firstScreenOnly}</p>);
  holder.innerHTML = note + html;
  holder.dataset.firstScreen = "drawn";
}

performance.mark("first-screen:start");
try {
  draw();
  performance.mark("first-screen:drawn");
} catch (error) {
  // The placeholder stays; the app draws the page (see above).
  console.warn("first screen not drawn before the app:", error);
}
// Two frames: the first screen is on the screen before the app's script is even requested.
requestAnimationFrame(() =>
  requestAnimationFrame(() => document.dispatchEvent(new Event("first-screen-drawn"))),
);
