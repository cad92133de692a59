import { useRef, useState } from "react";
import { sanitizeDraft, type Draft } from "../interview/draft";
import { differentAnswers } from "../interview/same-answers";
import { hasScratch } from "../interview/step-scratch";
import { withMemberFromLink } from "../interview/member-from-link";
import type { Member } from "../policy/answers";
import { useDraftStore } from "./draft-context";
import { isFramed } from "../lib/framing";

export interface PendingReplace {
  /** The answers that would replace the person's own (or join them as a household member). */
  answers: Draft;
  go: () => void;
}

/**
 * Putting answers from a link (someone else's, or what a damaged link still holds) in place of the
 * answers on this device. When the device holds different answers of the person's own (submitted, or
 * typed on a step and not submitted), `request` only asks (`pending`); `replace` or `keep` answer it.
 * Inside a frame it refuses (`framed`).
 */
export function useReplaceAnswers() {
  const store = useDraftStore();
  const [pending, setPending] = useState<PendingReplace>();
  const [framed, setFramed] = useState(false);
  const opener = useRef<HTMLElement | null>(null);
  const replaceNow = ({ answers, go }: PendingReplace) => {
    store.replace(answers);
    go();
  };
  return {
    pending,
    framed,
    /** Replaces the answers with `answers`, then runs `go`; asks first if the person would lose their own. */
    request: (answers: Draft, go: () => void) => {
      if (isFramed()) {
        setFramed(true);
        return;
      }
      const mine = sanitizeDraft(store.stored).draft;
      if (differentAnswers(mine, answers) || hasScratch()) {
        opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
        setPending({ answers, go });
      } else {
        replaceNow({ answers, go });
      }
    },
    replace: () => {
      if (pending) replaceNow(pending);
    },
    /**
     * Keeps the person's own answers and adds the link's person to their household as `relation`, then runs
     * `go`; false (nothing changed) when the link cannot make a member (no birth month, household full).
     */
    addAsMember: (relation: Member["relation"], asOf: string, go: () => void): boolean => {
      if (!pending) return false;
      const next = withMemberFromLink(sanitizeDraft(store.stored).draft, pending.answers, relation, asOf);
      if (!next) return false;
      store.replace(next);
      setPending(undefined);
      go();
      return true;
    },
    /** Keeps the person's own answers: nothing changes, and focus goes back to where they were. */
    keep: () => {
      setPending(undefined);
      opener.current?.focus();
    },
  };
}

export type ReplaceAnswers = ReturnType<typeof useReplaceAnswers>;
