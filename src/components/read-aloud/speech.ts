/** The browser's own speech synthesis (no server, nothing downloaded), read in Mandarin. */

export const SPEECH_LANG = "zh-CN";

export function speechSynthesisOrNull(): SpeechSynthesis | null {
  return typeof window !== "undefined" && "speechSynthesis" in window && window.speechSynthesis
    ? window.speechSynthesis
    : null;
}

/**
 * A Chinese voice that runs on the device (zh-CN first, then any Chinese one), or none. Online voices
 * (localService false: the text would be sent to a speech server) are never used, so what the person
 * answered stays on the phone; with no on-device Chinese voice the read-aloud button is not shown.
 */
export function pickVoice(
  voices: readonly Pick<SpeechSynthesisVoice, "lang" | "localService">[],
): SpeechSynthesisVoice | undefined {
  const norm = (lang: string) => lang.replace("_", "-").toLowerCase();
  const local = voices.filter((v) => v.localService !== false) as SpeechSynthesisVoice[];
  return (
    local.find((v) => norm(v.lang) === "zh-cn") ??
    local.find((v) => norm(v.lang).startsWith("zh-hans")) ??
    local.find((v) => norm(v.lang).startsWith("zh"))
  );
}

/**
 * Splits a text into sentences of reasonable length: some browsers stop reading a long utterance
 * after about 15 seconds.
 */
export function sentences(text: string): string[] {
  return (text.match(/[^。！？；\n]+[。！？；]?/g) ?? []).map((s) => s.trim()).filter((s) => s.length > 0);
}
