import { useEffect, useState } from "react";
import { REMINDER_UI, reminderText } from "../../content/zh-CN/reminders";
import type { CalendarEvent } from "../../lib/ics";
import { copyText } from "../copy-text";
import { onDemand } from "../on-demand";
import { downloadFile, isWeChat } from "./download-file";

export const ICS_TYPE = "text/calendar;charset=utf-8";

/** The .ics writer, loaded once the button is on the page rather than with a shared result's first screen. */
const icsModule = onDemand(() => import("../../lib/ics"));

type State = "idle" | "downloaded" | "copied" | "copyFailed";
const MESSAGES: Record<State, string> = {
  idle: "",
  downloaded: REMINDER_UI.downloaded,
  copied: REMINDER_UI.copied,
  copyFailed: REMINDER_UI.copyFailed,
};

/** The reminders as plain text, for copying where a calendar file cannot be saved. */
export function remindersText(events: readonly CalendarEvent[]): string {
  return events.map(reminderText).join("\n\n");
}

/**
 * "加到日历": saves the reminders as an .ics file made on the phone. In WeChat, where downloads are often
 * blocked, it says so first and offers to copy the reminders as text; elsewhere copying appears once the
 * file has been made, for when the download did not work.
 */
export function AddToCalendar({
  events,
  fileName = "shebao-reminders.ics",
  now = () => new Date().toISOString(),
  userAgent,
}: {
  events: readonly CalendarEvent[];
  fileName?: string;
  /** The time stamp of the file (DTSTAMP), read when the button is pressed. */
  now?: () => string;
  /** Defaults to the browser's. */
  userAgent?: string;
}) {
  const [state, setState] = useState<State>("idle");
  const [weChat] = useState(() =>
    isWeChat(userAgent ?? (typeof navigator === "undefined" ? "" : navigator.userAgent)),
  );
  const ics = icsModule.useModule();
  useEffect(() => {
    if (!ics) void icsModule.load();
  }, [ics]);
  if (events.length === 0) return null;
  const text = remindersText(events);
  const download = () => {
    const save = ({ calendarFile }: NonNullable<typeof ics>) => {
      downloadFile(
        fileName,
        calendarFile(events, { stamp: now(), name: REMINDER_UI.calendarName }),
        ICS_TYPE,
      );
      setState("downloaded");
    };
    // Arrived by the time anyone presses the button; if not, saved as soon as it has.
    if (ics) save(ics);
    else void icsModule.load().then(save);
  };
  const copy = () => void copyText(text).then((ok) => setState(ok ? "copied" : "copyFailed"));
  return (
    <div className="space-y-3 print:hidden">
      {weChat && <p className="text-base">{REMINDER_UI.weChatNote}</p>}
      <div className="flex flex-wrap gap-3">
        <button type="button" className="btn-secondary" onClick={download}>
          {REMINDER_UI.addToCalendar}
        </button>
        {(weChat || state !== "idle") && (
          <button type="button" className="btn-secondary" onClick={copy}>
            {REMINDER_UI.copyEvents}
          </button>
        )}
      </div>
      <p
        role="status"
        className={state === "idle" ? "sr-only" : "rounded border border-gray-500 p-2 text-base"}
      >
        {MESSAGES[state]}
      </p>
      {state === "copyFailed" && (
        <label className="block text-base">
          {REMINDER_UI.textLabel}
          <textarea
            readOnly
            value={text}
            rows={6}
            className="mt-1 w-full rounded border border-gray-500 p-2 text-base"
            onFocus={(e) => e.currentTarget.select()}
          />
        </label>
      )}
    </div>
  );
}
