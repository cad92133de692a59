/// <reference types="vite-plugin-pwa/vanillajs" />
/**
 * Registers the service worker that keeps the app working offline (vite.config.ts, `offline`).
 * virtual:pwa-register is tiny and loads workbox-window (about 2 KB gzip) on its own, once the page has
 * loaded and the browser is idle.
 * In autoUpdate mode it reloads the page when a new version's worker takes control: answers in
 * progress are on the device (draft and per-step scratch, written on pagehide), so nothing is lost.
 */
import { registerSW } from "virtual:pwa-register";
import { KEY_PREFIX } from "../interview/device-storage";

const RELOADED_AT = `${KEY_PREFIX}reloaded-for-update`;

export function registerOffline(): void {
  whenLoadedAndIdle(() => registerSW({ immediate: true }));
  // A page of an older version asked for a file that a new version no longer serves (a deploy while
  // the page was open): load the new version instead of failing, at most once a minute.
  window.addEventListener("vite:preloadError", (event) => {
    // No network (and no service worker to answer): a reload would end on the browser's own error page.
    // The error goes on to the app's error boundary, which says so in Chinese (screens/route-error.tsx).
    if (!navigator.onLine) return;
    try {
      const last = Number(sessionStorage.getItem(RELOADED_AT) ?? 0);
      if (Date.now() - last < 60_000) return;
      sessionStorage.setItem(RELOADED_AT, String(Date.now()));
    } catch {
      return; // cannot remember the reload, so do not risk a loop
    }
    event.preventDefault();
    window.location.reload();
  });
}

/**
 * Runs `work` once the page has loaded and the browser is idle: installing the service worker downloads
 * every file of the app, which must not compete with the first screen on a slow connection (a shared
 * result opened in WeChat is most people's first visit).
 */
function whenLoadedAndIdle(work: () => void): void {
  const idle = () => {
    // Older in-app browsers may lack requestIdleCallback.
    if (typeof window.requestIdleCallback === "function") window.requestIdleCallback(work, { timeout: 3000 });
    else window.setTimeout(work, 500);
  };
  if (document.readyState === "complete") idle();
  else window.addEventListener("load", idle, { once: true });
}
