import { useMemo } from "react";
import { sanitizeDraft, type Draft } from "../interview/draft";
import { useDraftStore } from "./draft-context";

/** The draft as the wizard sees it: only fields that pass the answers schema. */
export function useDraft() {
  const store = useDraftStore();
  const draft: Draft = useMemo(() => sanitizeDraft(store.stored).draft, [store.stored]);
  return {
    draft,
    update: (patch: Draft): Draft => sanitizeDraft(store.update(patch)).draft,
    replace: (d: Draft) => store.replace(d),
    forget: store.forget,
  };
}
