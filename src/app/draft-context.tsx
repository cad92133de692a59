import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from "react";
import { clearDraft, loadStoredDraft, saveDraft, type StoredDraft } from "../interview/draft-store";

export interface DraftStore {
  /** What is stored, not yet validated (the schema is loaded with the wizard: see app/use-draft.ts). */
  stored: StoredDraft;
  /** Merges answers into the draft and saves it on the device; undefined removes a field. */
  update: (patch: StoredDraft) => StoredDraft;
  /** Replaces the draft (e.g. with answers from a share link). */
  replace: (draft: StoredDraft) => void;
  forget: () => void;
}

const DraftContext = createContext<DraftStore | undefined>(undefined);

export function DraftProvider({ children }: { children: ReactNode }) {
  const [stored, setStored] = useState<StoredDraft>(loadStoredDraft);
  const update = useCallback(
    (patch: StoredDraft) => {
      const next: Record<string, unknown> = { ...stored, ...patch };
      for (const [k, v] of Object.entries(patch)) if (v === undefined) delete next[k];
      setStored(next);
      saveDraft(next);
      return next;
    },
    [stored],
  );
  const replace = useCallback((d: StoredDraft) => {
    setStored(d);
    saveDraft(d);
  }, []);
  const forget = useCallback(() => {
    setStored({});
    clearDraft();
  }, []);
  const api = useMemo(() => ({ stored, update, replace, forget }), [stored, update, replace, forget]);
  return <DraftContext.Provider value={api}>{children}</DraftContext.Provider>;
}

export function useDraftStore(): DraftStore {
  const api = useContext(DraftContext);
  if (!api) throw new Error("useDraftStore outside DraftProvider");
  return api;
}
