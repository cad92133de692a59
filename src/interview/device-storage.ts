/**
 * The browser's localStorage, on this device only, used through these few calls. Storage can be
 * missing, blocked or full (private mode, WeChat restrictions): every call tolerates that, and
 * nothing read back is trusted (callers check its shape).
 */

import { noteWrite } from "./device-keeping";

/** Every key the app writes starts with this, so that “删除我的回答” can remove them all. */
export const KEY_PREFIX = "shebao-suishendai:";

/**
 * Written and removed at once by “删除我的回答”: other open tabs of the app receive a `storage` event
 * for it and drop what they hold. Nothing stays stored.
 */
export const FORGOTTEN_SIGNAL = `${KEY_PREFIX}forgotten`;

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

/**
 * Writes a value; false when it could not be kept (storage full, blocked or missing). The answers then
 * stay in memory for this visit, and device-keeping.ts tells the person so.
 */
export function writeJson(key: string, value: unknown): boolean {
  let kept = false;
  try {
    const storage = local();
    if (storage) {
      storage.setItem(key, JSON.stringify(value));
      kept = true;
    }
  } catch {
    // Full or blocked storage.
  }
  noteWrite(kept);
  return kept;
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

/** Removes every key the app wrote, in localStorage and sessionStorage (this tab only: see forgetEverywhere). */
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

/**
 * “删除我的回答”: removes every key the app wrote, then tells the app's other open tabs (a `storage`
 * event for FORGOTTEN_SIGNAL, which is removed again at once), so that none of them writes back what it
 * still holds in memory.
 */
export function forgetEverywhere(): void {
  removeEverything();
  try {
    const storage = local();
    storage?.setItem(FORGOTTEN_SIGNAL, String(Date.now()));
    storage?.removeItem(FORGOTTEN_SIGNAL);
  } catch {
    // Blocked or full storage: no other tab can have stored anything either.
  }
}

/** A `storage` event that means “删除我的回答” was used in another tab (or the storage was cleared). */
export function isForgottenSignal(event: Pick<StorageEvent, "key" | "newValue">): boolean {
  return event.key === null || (event.key === FORGOTTEN_SIGNAL && event.newValue !== null);
}
