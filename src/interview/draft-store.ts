/**
 * Answers in progress, kept on this device only (localStorage), until the person deletes them.
 * What is read back is not trusted: screens pass it through sanitizeDraft (interview/draft.ts).
 */
import { KEY_PREFIX, readJson, remove, writeJson } from "./device-storage";

export const DRAFT_KEY = `${KEY_PREFIX}draft:v1`;

export type StoredDraft = Readonly<Record<string, unknown>>;

export function loadStoredDraft(): StoredDraft {
  return draftFrom(readJson(DRAFT_KEY));
}

function draftFrom(stored: unknown): StoredDraft {
  const answers = stored && typeof stored === "object" && "answers" in stored ? stored.answers : undefined;
  return answers && typeof answers === "object" && !Array.isArray(answers) ? (answers as StoredDraft) : {};
}

/** False when the device could not keep it (see device-keeping.ts). */
export function saveDraft(draft: StoredDraft): boolean {
  return writeJson(DRAFT_KEY, { v: 1, answers: draft });
}

export function clearDraft(): void {
  remove(DRAFT_KEY);
}
