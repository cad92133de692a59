import { useState } from "react";
import { useDraftStore } from "./draft-context";
import { isFramed } from "../lib/framing";

/**
 * “删除我的回答”, refused inside another page's frame (framing.ts): `forget()` says whether it happened,
 * `framed` whether it was refused. (Apart from use-replace-answers.ts: the start page is in the first
 * load, and this needs nothing of the answers schema.)
 */
export function useForgetAnswers() {
  const store = useDraftStore();
  const [framed, setFramed] = useState(false);
  return {
    framed,
    forget: (): boolean => {
      if (isFramed()) {
        setFramed(true);
        return false;
      }
      store.forget();
      return true;
    },
  };
}
