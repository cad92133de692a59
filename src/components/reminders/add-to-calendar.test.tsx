// @vitest-environment jsdom
import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from "vitest";
import type { CalendarEvent } from "../../lib/ics";
import { AddToCalendar, remindersText } from "./add-to-calendar";
import { REVOKE_AFTER_MS } from "./download-file";

const LINK = "https://example.org/result#v=1&d=20261122&c=340100";
const EVENTS: CalendarEvent[] = [
  {
    date: "2026-12-31",
    summary: "居民医保集中参保期最后一天",
    description: "在合肥交下一年的居民医保。",
    url: LINK,
    alarms: [{ daysBefore: 7 }],
  },
  { date: "2026-09-01", until: "2026-12-31", summary: "集中参保期", description: "可以交下一年的居民医保。" },
];
const ANDROID_WECHAT =
  "Mozilla/5.0 (Linux; Android 12; V2118A) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/111.0.5563.116 Mobile Safari/537.36 XWEB/1160065 MMWEBSDK/20231202 MicroMessenger/8.0.47.2560(0x28002F35) WeChat/arm64 Weixin NetType/WIFI Language/zh_CN ABI/arm64";
const ANDROID_CHROME =
  "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Mobile Safari/537.36";

let consoleError: MockInstance;
const undo: (() => void)[] = [];
beforeEach(() => {
  consoleError = vi.spyOn(console, "error");
});
afterEach(() => {
  expect(consoleError).not.toHaveBeenCalled();
  undo.splice(0).forEach((fn) => fn());
  vi.useRealTimers();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

/** Sets a property that jsdom lacks or that a test replaces, and puts it back after the test. */
function replace<T extends object>(target: T, key: string, value: unknown) {
  const before = Object.getOwnPropertyDescriptor(target, key);
  Object.defineProperty(target, key, { value, configurable: true, writable: true });
  undo.push(() =>
    before ? Object.defineProperty(target, key, before) : Reflect.deleteProperty(target, key),
  );
}

/** Blob URLs and the click on the hidden link, as the browser would see them. */
function captureDownloads() {
  const blobs = new Map<string, Blob>();
  const create = vi.fn((blob: Blob) => {
    const url = `blob:test/${blobs.size + 1}`;
    blobs.set(url, blob);
    return url;
  });
  const revoke = vi.fn();
  replace(URL, "createObjectURL", create);
  replace(URL, "revokeObjectURL", revoke);
  const clicks: { href: string; download: string; inDocument: boolean }[] = [];
  vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
    clicks.push({ href: this.href, download: this.download, inDocument: document.body.contains(this) });
  });
  return { blobs, create, revoke, clicks };
}

describe("AddToCalendar", () => {
  it("saves an .ics file made on the phone, stamped with the given clock, and revokes its URL afterwards", async () => {
    vi.useFakeTimers();
    const { blobs, revoke, clicks } = captureDownloads();
    render(
      <AddToCalendar events={EVENTS} now={() => "2026-11-22T01:30:00.000Z"} userAgent={ANDROID_CHROME} />,
    );
    // The .ics writer loads once the button is on the page (not with the first screen).
    await act(async () => void (await import("../../lib/ics")));
    expect(screen.queryByRole("button", { name: "复制提醒文字" })).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "加到日历" }));

    expect(clicks).toEqual([{ href: "blob:test/1", download: "shebao-reminders.ics", inDocument: true }]);
    expect(document.querySelector("a[download]")).toBeNull();
    const blob = blobs.get("blob:test/1");
    expect(blob?.type).toBe("text/calendar;charset=utf-8");
    const text = await blob?.text();
    expect(text).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(text).toContain("DTSTAMP:20261122T013000Z\r\n");
    expect(text).toContain("DTSTART;VALUE=DATE:20261231\r\n");
    expect(text?.match(/BEGIN:VEVENT/g)).toHaveLength(2);

    expect(revoke).not.toHaveBeenCalled();
    vi.advanceTimersByTime(REVOKE_AFTER_MS);
    expect(revoke).toHaveBeenCalledWith("blob:test/1");
    expect(screen.getByRole("status")).toHaveTextContent("日历文件已生成");
    // If the download did not work, copying is now offered.
    expect(screen.getByRole("button", { name: "复制提醒文字" })).toBeInTheDocument();
  });

  it("in WeChat: says downloads may be blocked and offers copying from the start", async () => {
    vi.stubGlobal("isSecureContext", true);
    const user = userEvent.setup();
    render(<AddToCalendar events={EVENTS} userAgent={ANDROID_WECHAT} />);
    expect(screen.getByText(/在微信里可能下载不了日历文件/)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "复制提醒文字" }));
    await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent("提醒已复制"));
    expect(await navigator.clipboard.readText()).toBe(remindersText(EVENTS));
  });

  it("when copying fails too, shows the text to copy by hand", async () => {
    vi.stubGlobal("isSecureContext", false);
    replace(document, "execCommand", () => false);
    const user = userEvent.setup();
    render(<AddToCalendar events={EVENTS} userAgent={ANDROID_WECHAT} />);
    await user.click(screen.getByRole("button", { name: "复制提醒文字" }));
    await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent("没能自动复制"));
    expect(screen.getByLabelText("提醒文字")).toHaveValue(remindersText(EVENTS));
  });

  it("renders nothing without reminders", () => {
    const { container } = render(<AddToCalendar events={[]} userAgent={ANDROID_CHROME} />);
    expect(container).toBeEmptyDOMElement();
  });
});

describe("remindersText", () => {
  it("one block per reminder: the Chinese date (or range) and what to do, then the lines under it and the link", () => {
    expect(remindersText(EVENTS)).toBe(
      [
        "2026年12月31日：居民医保集中参保期最后一天",
        "在合肥交下一年的居民医保。",
        LINK,
        "",
        "2026年9月1日到2026年12月31日：集中参保期",
        "可以交下一年的居民医保。",
      ].join("\n"),
    );
  });
});
