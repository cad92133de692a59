import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from "react";
import { keepsAnswers } from "../interview/device-keeping";
import { forgetEverywhere, isForgottenSignal, removeEverything } from "../interview/device-storage";
import { DRAFT_KEY, loadStoredDraft, saveDraft, type StoredDraft } from "../interview/draft-store";
import { clearAllScratch, hasScratch } from "../interview/step-scratch";
import { useDeviceState } from "./hydration";

export interface DraftStore {
  /** What is stored, not yet validated (the schema is loaded with the wizard: see app/use-draft.ts). */
  stored: StoredDraft;
  /**
   * Merges answers into the draft as it is stored now (another tab may have saved answers since this
   * one read them, and they stay) and saves it on the device; undefined removes a field.
   */
  update: (patch: StoredDraft) => StoredDraft;
  /** Replaces the draft (e.g. with answers from a share link); unsubmitted edits of the old one go. */
  replace: (draft: StoredDraft) => void;
  /** True when anything of the person's is stored: submitted answers or unsubmitted edits. */
  hasAnswers: () => boolean;
  /** A step's form was changed: its unsubmitted values are (or are about to be) on the device. */
  edited: () => void;
  /** “删除我的回答”: removes everything the app stored on this device, and empties its other tabs. */
  forget: () => void;
  /** How many times the answers were deleted in another tab while this one was open (0: never). */
  forgottenElsewhere: number;
  /**
   * Calls `listener` at once when the answers are deleted (here or in another tab), before anything
   * re-renders: a step screen stops writing what it still holds. Returns the unsubscribe function.
   */
  onForgotten: (listener: () => void) => () => void;
}

const DraftContext = createContext<DraftStore | undefined>(undefined);

function fromLocalStorage(event: StorageEvent): boolean {
  try {
    return event.storageArea === window.localStorage;
  } catch {
    return false;
  }
}

export function DraftProvider({ children }: { children: ReactNode }) {
  // Read after hydration (state/hydration.ts): the prerendered pages know no draft.
  const [stored, setStoredState, read] = useDeviceState<StoredDraft>(loadStoredDraft, {});
  const current = useRef(stored);
  // The device's draft arrives after hydration through useDeviceState itself: keep the copy in step.
  useLayoutEffect(() => {
    current.current = stored;
  }, [stored]);
  const setStored = useCallback(
    (draft: StoredDraft) => {
      current.current = draft;
      setStoredState(draft);
    },
    [setStoredState],
  );
  // Scratch entries are written by the step screen (debounced, and when it is left, which happens
  // after the next screen has rendered), so the provider also remembers that an edit was made.
  const [editedSinceLoad, setEdited] = useState(false);
  const edited = useCallback(() => setEdited(true), []);
  const [forgottenElsewhere, setForgottenElsewhere] = useState(0);
  const forgetListeners = useRef(new Set<() => void>());
  const onForgotten = useCallback((listener: () => void) => {
    forgetListeners.current.add(listener);
    return () => void forgetListeners.current.delete(listener);
  }, []);
  const dropAll = useCallback(() => {
    for (const listener of forgetListeners.current) listener();
    setStored({});
    setEdited(false);
  }, [setStored]);

  // Other tabs of the app on this device: follow the draft they save, and empty this one when they
  // delete the answers (then remove again anything this tab wrote before it heard of it).
  useEffect(() => {
    const onStorage = (event: StorageEvent) => {
      if (!fromLocalStorage(event)) return;
      if (isForgottenSignal(event)) {
        dropAll();
        removeEverything();
        setForgottenElsewhere((n) => n + 1);
      } else if (event.key === DRAFT_KEY) {
        setStored(loadStoredDraft());
      }
    };
    window.addEventListener("storage", onStorage);
    return () => window.removeEventListener("storage", onStorage);
  }, [dropAll, setStored]);

  const update = useCallback(
    (patch: StoredDraft) => {
      // Onto what is stored now; onto this tab's own copy only when the device is not keeping answers.
      const base = keepsAnswers() ? loadStoredDraft() : current.current;
      const next: Record<string, unknown> = { ...base, ...patch };
      for (const [k, v] of Object.entries(patch)) if (v === undefined) delete next[k];
      setStored(next);
      saveDraft(next);
      return next;
    },
    [setStored],
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
    dropAll();
    forgetEverywhere();
  }, [dropAll]);
  const api = useMemo(
    () => ({ stored, update, replace, hasAnswers, edited, forget, forgottenElsewhere, onForgotten }),
    [stored, update, replace, hasAnswers, edited, forget, forgottenElsewhere, onForgotten],
  );
  return <DraftContext.Provider value={api}>{children}</DraftContext.Provider>;
}

export function useDraftStore(): DraftStore {
  const api = useContext(DraftContext);
  if (!api) throw new Error("useDraftStore outside DraftProvider");
  return api;
}
