/**
 * Answers in progress, kept on this device only (localStorage), until the person deletes them.
 * Storage can be missing or full (private mode, WeChat restrictions): every call tolerates that.
 * What is read back is not trusted: screens pass it through sanitizeDraft (interview/draft.ts).
 */
export const DRAFT_KEY = "shebao-suishendai:draft:v1";

function storage(): Storage | undefined {
  try {
    return typeof localStorage === "undefined" ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

export type StoredDraft = Readonly<Record<string, unknown>>;

export function loadStoredDraft(): StoredDraft {
  try {
    const text = storage()?.getItem(DRAFT_KEY);
    if (!text) return {};
    const stored: unknown = JSON.parse(text);
    const answers = stored && typeof stored === "object" && "answers" in stored ? stored.answers : undefined;
    return answers && typeof answers === "object" && !Array.isArray(answers) ? (answers as StoredDraft) : {};
  } catch {
    return {};
  }
}

export function saveDraft(draft: StoredDraft): void {
  try {
    storage()?.setItem(DRAFT_KEY, JSON.stringify({ v: 1, answers: draft }));
  } catch {
    // Full or blocked storage: the answers stay in memory for this visit.
  }
}

export function clearDraft(): void {
  try {
    storage()?.removeItem(DRAFT_KEY);
  } catch {
    // Nothing stored, nothing to remove.
  }
}
