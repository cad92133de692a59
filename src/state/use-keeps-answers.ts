import { useSyncExternalStore } from "react";
import { keepsAnswers, subscribeKeepsAnswers } from "../interview/device-keeping";

/** False once this phone turned out not to keep the answers (storage blocked, missing or full). */
export function useKeepsAnswers(): boolean {
  return useSyncExternalStore(subscribeKeepsAnswers, keepsAnswers, () => true);
}
