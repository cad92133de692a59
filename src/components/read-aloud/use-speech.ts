import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from "react";
import { SPEECH_LANG, pickVoice, sentences, speechSynthesisOrNull } from "./speech";

function subscribe(onChange: () => void): () => void {
  const synth = speechSynthesisOrNull();
  if (!synth || typeof synth.addEventListener !== "function") return () => {};
  synth.addEventListener("voiceschanged", onChange);
  return () => synth.removeEventListener("voiceschanged", onChange);
}

/** Whether an on-device Chinese voice is offered (voices often arrive a moment after the page loads). */
function hasVoice(): boolean {
  return pickVoice(speechSynthesisOrNull()?.getVoices() ?? []) !== undefined;
}

/** Reads texts aloud; `available` is false without speech synthesis or an on-device Chinese voice. */
export function useSpeech() {
  const available = useSyncExternalStore(subscribe, hasVoice, () => false);
  const [speaking, setSpeaking] = useState(false);
  const started = useRef(false);

  const stop = useCallback(() => {
    speechSynthesisOrNull()?.cancel();
    setSpeaking(false);
  }, []);

  const speak = useCallback((text: string) => {
    const synth = speechSynthesisOrNull();
    if (!synth) return;
    synth.cancel();
    const voice = pickVoice(synth.getVoices());
    const parts = sentences(text);
    parts.forEach((part, i) => {
      const u = new SpeechSynthesisUtterance(part);
      u.lang = SPEECH_LANG;
      if (voice) u.voice = voice;
      u.rate = 0.9;
      if (i === parts.length - 1) u.onend = () => setSpeaking(false);
      u.onerror = () => setSpeaking(false);
      synth.speak(u);
    });
    started.current = parts.length > 0;
    setSpeaking(parts.length > 0);
  }, []);

  // Leaving the screen stops the reading.
  useEffect(
    () => () => {
      if (started.current) speechSynthesisOrNull()?.cancel();
    },
    [],
  );

  return { available, speaking, speak, stop };
}
