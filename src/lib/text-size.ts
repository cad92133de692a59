/**
 * Large-text mode (适老化): a class on <html> that raises the root font size (the CSS uses rem, so the
 * whole layout scales) and darkens greys. The choice is remembered on this device only. Before the first
 * paint, public/large-text.js (a tiny classic script in <head>, not inline: the CSP allows none) applies it.
 */
export const LARGE_TEXT_KEY = "shebao-suishendai:large-text:v1";
export const LARGE_TEXT_CLASS = "large-text";

export function readLargeText(): boolean {
  try {
    return window.localStorage.getItem(LARGE_TEXT_KEY) === "1";
  } catch {
    return false; // storage blocked (private mode, some in-app browsers): default size
  }
}

export function applyLargeText(on: boolean): void {
  document.documentElement.classList.toggle(LARGE_TEXT_CLASS, on);
}

export function isLargeText(): boolean {
  if (typeof document === "undefined") return false; // prerendering at build time
  return document.documentElement.classList.contains(LARGE_TEXT_CLASS);
}

/** Applies the choice and remembers it; nothing is stored for the default size. */
export function setLargeText(on: boolean): void {
  applyLargeText(on);
  try {
    if (on) window.localStorage.setItem(LARGE_TEXT_KEY, "1");
    else window.localStorage.removeItem(LARGE_TEXT_KEY);
  } catch {
    // not remembered, but still applied for this visit
  }
}
