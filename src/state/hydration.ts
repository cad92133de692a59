import { useLayoutEffect, useState, type Dispatch, type SetStateAction } from "react";

/**
 * Hydration: the prerendered HTML (vite.config.ts, prerenderPages) is kept and React attaches to its
 * nodes (main.tsx, hydrateRoot) instead of drawing the page again. That needs a first client render
 * identical to the prerender, so anything that reads the device (localStorage, the large-text class, the
 * history state) renders as at build time first and is read right after hydration, before the next paint.
 */
let hydrating = false;

/** main.tsx: the next render hydrates prerendered HTML. */
export function beginHydration(): void {
  hydrating = true;
}

/** The hydrating render has committed (HydrationDone's effect): later renders read the device at once. */
export function endHydration(): void {
  hydrating = false;
}

/** True while rendering at build time or hydrating its HTML: render what the prerender rendered. */
export function renderingLikePrerender(): boolean {
  return hydrating || typeof document === "undefined";
}

/**
 * State that starts from the device: the prerendered value while hydrating (and at build time), the
 * device's right after the hydrating commit (in a layout effect: no paint in between, so no flash and no
 * shift). Outside hydration it is read at once. `read` is whether the device has been read yet.
 */
export function useDeviceState<T>(
  readDevice: () => T,
  prerendered: T,
): [value: T, set: Dispatch<SetStateAction<T>>, read: boolean] {
  const [deferred] = useState(renderingLikePrerender);
  const [value, setValue] = useState(() => (deferred ? prerendered : readDevice()));
  const [read, setRead] = useState(!deferred);
  useLayoutEffect(() => {
    if (!deferred) return;
    // The second pass of a two-pass render, on purpose: once, after the hydrating commit, before paint.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setValue(readDevice());
    setRead(true);
    // Once: later changes go through `set`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return [value, setValue, read];
}

/** Placed last in the app: its effect runs after every other effect of the hydrating commit. */
export function HydrationDone(): null {
  useLayoutEffect(() => {
    endHydration();
    // The app answers from now on (the e2e fixtures wait for this after loading a page: the start page's
    // script starts only after its first paint).
    document.documentElement.dataset.app = "ready";
  }, []);
  return null;
}
