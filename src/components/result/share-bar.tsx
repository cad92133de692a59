import { useState } from "react";
import { UI } from "../../content/zh-CN/ui";
import { copyText } from "../copy-text";

/** The system share sheet (Web Share API), where the browser has one. */
function canShare(): boolean {
  return typeof navigator !== "undefined" && typeof navigator.share === "function";
}

type State = "idle" | "copied" | "failed" | "shareFailed";
const MESSAGES: Record<State, string> = {
  idle: "",
  copied: UI.copied,
  failed: UI.copyFailed,
  shareFailed: UI.shareFailed,
};

/** Share the link (answers in the fragment only) through the phone's share sheet or by copying, and print. */
export function ShareBar({ url }: { url: string }) {
  const [state, setState] = useState<State>("idle");
  const [share] = useState(canShare);
  const copy = () => void copyText(url).then((ok) => setState(ok ? "copied" : "failed"));
  return (
    <div id="share" className="space-y-3 print:hidden">
      <div className="flex flex-wrap gap-3">
        {share && (
          <button
            type="button"
            className="btn-primary"
            onClick={() => {
              setState("idle");
              navigator.share({ title: UI.shareTitle, url }).catch((e: unknown) => {
                // Closing the share sheet is not an error; anything else falls back to copying.
                if (e instanceof DOMException && e.name === "AbortError") return;
                void copyText(url).then((ok) => setState(ok ? "copied" : "shareFailed"));
              });
            }}
          >
            {UI.share}
          </button>
        )}
        <button type="button" className={share ? "btn-secondary" : "btn-primary"} onClick={copy}>
          {UI.copyLink}
        </button>
        <button type="button" className="btn-secondary" onClick={() => window.print()}>
          {UI.print}
        </button>
      </div>
      <p role="status" className={state === "idle" ? "sr-only" : "rounded border border-gray-500 p-2"}>
        {MESSAGES[state]}
      </p>
      <label className="block text-base">
        {UI.linkLabel}
        <input
          readOnly
          value={url}
          className="mt-1 w-full rounded border border-gray-500 p-2 text-sm"
          onFocus={(e) => e.currentTarget.select()}
        />
      </label>
    </div>
  );
}
