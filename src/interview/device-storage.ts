/**
 * The browser's localStorage, on this device only, used through these few calls. Storage can be
 * missing, blocked or full (private mode, WeChat restrictions): every call tolerates that, and
 * nothing read back is trusted (callers check its shape).
 */

/** Every key the app writes starts with this, so that “删除我的回答” can remove them all. */
export const KEY_PREFIX = "shebao-suishendai:";

function stores(): Storage[] {
  const found: Storage[] = [];
  for (const get of [() => localStorage, () => sessionStorage]) {
    try {
      const s = get();
      if (s) found.push(s);
    } catch {
      // Not available here (Node, or blocked by the browser).
    }
  }
  return found;
}

function local(): Storage | undefined {
  try {
    return typeof localStorage === "undefined" ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

export function readJson(key: string): unknown {
  try {
    const text = local()?.getItem(key);
    return text ? (JSON.parse(text) as unknown) : undefined;
  } catch {
    return undefined;
  }
}

export function writeJson(key: string, value: unknown): void {
  try {
    local()?.setItem(key, JSON.stringify(value));
  } catch {
    // Full or blocked storage: the answers stay in memory for this visit.
  }
}

export function remove(key: string): void {
  try {
    local()?.removeItem(key);
  } catch {
    // Nothing stored, nothing to remove.
  }
}

/** The app's keys in localStorage and sessionStorage. */
export function storedKeys(): string[] {
  const keys: string[] = [];
  for (const s of stores()) {
    try {
      for (let i = 0; i < s.length; i += 1) {
        const key = s.key(i);
        if (key?.startsWith(KEY_PREFIX)) keys.push(key);
      }
    } catch {
      // Blocked while reading: nothing to list.
    }
  }
  return keys;
}

/** Removes every key the app wrote, in localStorage and sessionStorage. */
export function removeEverything(): void {
  for (const s of stores()) {
    try {
      const keys: string[] = [];
      for (let i = 0; i < s.length; i += 1) {
        const key = s.key(i);
        if (key?.startsWith(KEY_PREFIX)) keys.push(key);
      }
      for (const key of keys) s.removeItem(key);
    } catch {
      // Blocked storage holds nothing of ours.
    }
  }
}
