/**
 * Whether this device is keeping the answers. Storage can be blocked (site data off, some in-app
 * browsers), missing, or full: then nothing survives a reload, and the person must be told, and shown
 * the result link as the way to keep the answers. Known at once when storage cannot even be reached;
 * otherwise at the first write that fails. A later write that succeeds (space was freed) clears it.
 */
type Listener = () => void;

const listeners = new Set<Listener>();

function storageReachable(): boolean {
  if (typeof window === "undefined") return true; // prerendering at build time: nothing to say yet
  try {
    return !!window.localStorage;
  } catch {
    return false; // blocked: the getter itself throws (SecurityError)
  }
}

let keeping = storageReachable();

/** False once storage turned out to be blocked, missing or full. */
export function keepsAnswers(): boolean {
  return keeping;
}

/** Called by every write with its outcome. */
export function noteWrite(kept: boolean): void {
  if (kept === keeping) return;
  keeping = kept;
  for (const listener of listeners) listener();
}

export function subscribeKeepsAnswers(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
