import { useSyncExternalStore } from "react";

/**
 * A module loaded on demand (kept out of the first load) that can be rendered synchronously once it has
 * arrived: unlike React.lazy, which suspends once on its first render even when the module is already
 * there, so a page printed at that moment would show the fallback on paper. `load()` starts the import
 * (once); `useModule` is the module, or undefined until it has arrived.
 */
export function onDemand<M>(importer: () => Promise<M>) {
  let loaded: M | undefined;
  let started: Promise<M> | undefined;
  const listeners = new Set<() => void>();
  const subscribe = (listener: () => void) => {
    listeners.add(listener);
    return () => void listeners.delete(listener);
  };
  const get = () => loaded;
  return {
    load(): Promise<M> {
      started ??= importer().then((m) => {
        loaded = m;
        for (const listener of listeners) listener();
        return m;
      });
      return started;
    },
    useModule(): M | undefined {
      return useSyncExternalStore(subscribe, get, () => undefined);
    },
  };
}
