import { useEffect, useMemo } from "react";
import type { UseFormWatch } from "react-hook-form";
import { debounced } from "../interview/debounce";
import { useDraftStore } from "./draft-context";
import type { FormValues } from "../interview/form-values";
import { clearScratch, saveScratch } from "../interview/step-scratch";
import type { StepDef } from "../interview/steps";

/** How long typing must pause before the step's unsubmitted values are written to the device. */
export const SCRATCH_DELAY_MS = 300;

/**
 * Keeps the unsubmitted values of a step on the device while the person types (debounced), and writes
 * them at once when the page is hidden, reloaded or left, so nothing typed is lost. Call `submitted()`
 * when the step is submitted: its values are then in the draft and the scratch entry goes.
 */
export function useStepScratch(step: StepDef, watch: UseFormWatch<FormValues>) {
  const { edited, onForgotten } = useDraftStore();
  const writer = useMemo(
    () => debounced((values: FormValues) => saveScratch(step, values), SCRATCH_DELAY_MS),
    [step],
  );
  useEffect(() => {
    // Once the answers are deleted (in this tab or another), what this form holds is never written.
    let forgotten = false;
    const stopWriting = onForgotten(() => {
      forgotten = true;
      writer.cancel();
    });
    const subscription = watch((values) => {
      if (forgotten) return;
      writer.schedule(values);
      edited();
    });
    const flush = () => {
      if (!forgotten) writer.flush();
    };
    const flushWhenHidden = () => {
      if (document.visibilityState === "hidden") flush();
    };
    window.addEventListener("pagehide", flush);
    document.addEventListener("visibilitychange", flushWhenHidden);
    return () => {
      stopWriting();
      subscription.unsubscribe();
      window.removeEventListener("pagehide", flush);
      document.removeEventListener("visibilitychange", flushWhenHidden);
      flush(); // leaving the step (Back, a link): keep what was typed
    };
  }, [watch, writer, edited, onForgotten]);
  return {
    submitted: () => {
      writer.cancel();
      clearScratch(step.id);
    },
  };
}
