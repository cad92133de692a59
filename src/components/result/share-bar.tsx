import { useState } from "react";
import { UI } from "../../content/zh-CN/ui";

async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // fall through to the old way (WeChat's browser may block the clipboard API)
  }
  const input = document.createElement("textarea");
  input.value = text;
  input.setAttribute("readonly", "");
  input.className = "fixed -left-[9999px]";
  document.body.append(input);
  input.select();
  let ok: boolean;
  try {
    ok = document.execCommand("copy");
  } catch {
    ok = false;
  }
  input.remove();
  return ok;
}

/** Copy the link (answers in the fragment only) and print. */
export function ShareBar({ url }: { url: string }) {
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");
  return (
    <div className="space-y-3 print:hidden">
      <div className="flex flex-wrap gap-3">
        <button
          type="button"
          className="btn-primary"
          onClick={() => {
            void copyText(url).then((ok) => setState(ok ? "copied" : "failed"));
          }}
        >
          {UI.copyLink}
        </button>
        <button type="button" className="btn-secondary" onClick={() => window.print()}>
          {UI.print}
        </button>
      </div>
      <p role="status" className={state === "idle" ? "sr-only" : "rounded border border-gray-500 p-2"}>
        {state === "copied" ? UI.copied : state === "failed" ? UI.copyFailed : ""}
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
