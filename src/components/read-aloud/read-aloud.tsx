import { UI } from "../../content/zh-CN/ui";
import { useSpeech } from "./use-speech";

/**
 * A button that reads `text()` aloud with the browser's own voice, and stops it. Hidden when the
 * browser cannot speak (no speechSynthesis, or no voice installed).
 */
export function ReadAloud({ label, text }: { label: string; text: () => string }) {
  const { available, speaking, speak, stop } = useSpeech();
  if (!available) return null;
  return (
    <button
      type="button"
      className="btn-secondary gap-2 print:hidden"
      onClick={() => (speaking ? stop() : speak(text()))}
    >
      <span aria-hidden="true">{speaking ? "■" : "▶"}</span>
      {speaking ? UI.stopReading : label}
    </button>
  );
}
