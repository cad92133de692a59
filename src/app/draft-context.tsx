import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from "react";
import { removeEverything } from "../interview/device-storage";
import { loadStoredDraft, saveDraft, type StoredDraft } from "../interview/draft-store";
import { clearAllScratch, hasScratch } from "../interview/step-scratch";
import { useDeviceState } from "./hydration";

export interface DraftStore {
  /** What is stored, not yet validated (the schema is loaded with the wizard: see app/use-draft.ts). */
  stored: StoredDraft;
  /** Merges answers into the draft and saves it on the device; undefined removes a field. */
  update: (patch: StoredDraft) => StoredDraft;
  /** Replaces the draft (e.g. with answers from a share link); unsubmitted edits of the old one go. */
  replace: (draft: StoredDraft) => void;
  /** True when anything of the person's is stored: submitted answers or unsubmitted edits. */
  hasAnswers: () => boolean;
  /** A step's form was changed: its unsubmitted values are (or are about to be) on the device. */
  edited: () => void;
  /** “删除我的回答”: removes everything the app stored on this device. */
  forget: () => void;
}

const DraftContext = createContext<DraftStore | undefined>(undefined);

export function DraftProvider({ children }: { children: ReactNode }) {
  // Read after hydration (app/hydration.ts): the prerendered pages know no draft.
  const [stored, setStored, read] = useDeviceState<StoredDraft>(loadStoredDraft, {});
  // Scratch entries are written by the step screen (debounced, and when it is left, which happens
  // after the next screen has rendered), so the provider also remembers that an edit was made.
  const [editedSinceLoad, setEdited] = useState(false);
  const edited = useCallback(() => setEdited(true), []);
  const update = useCallback(
    (patch: StoredDraft) => {
      const next: Record<string, unknown> = { ...stored, ...patch };
      for (const [k, v] of Object.entries(patch)) if (v === undefined) delete next[k];
      setStored(next);
      saveDraft(next);
      return next;
    },
    [stored, setStored],
  );
  const replace = useCallback(
    (d: StoredDraft) => {
      setStored(d);
      setEdited(false);
      clearAllScratch();
      saveDraft(d);
    },
    [setStored],
  );
  const hasAnswers = useCallback(
    () => read && (editedSinceLoad || Object.keys(stored).length > 0 || hasScratch()),
    [read, stored, editedSinceLoad],
  );
  const forget = useCallback(() => {
    setStored({});
    setEdited(false);
    removeEverything();
  }, [setStored]);
  const api = useMemo(
    () => ({ stored, update, replace, hasAnswers, edited, forget }),
    [stored, update, replace, hasAnswers, edited, forget],
  );
  return <DraftContext.Provider value={api}>{children}</DraftContext.Provider>;
}

export function useDraftStore(): DraftStore {
  const api = useContext(DraftContext);
  if (!api) throw new Error("useDraftStore outside DraftProvider");
  return api;
}
