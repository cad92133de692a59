/** Words of "加到日历" (src/components/reminders): the buttons, messages, and the reminders as plain text. */
import { formatChineseDate } from "../../lib/dates";
import type { DeadlineCodes } from "../../policy/codes/deadlines";

export const REMINDER_UI = {
  addToCalendar: "加到日历",
  copyEvents: "复制提醒文字",
  /** The calendar's name in apps that show one. */
  calendarName: "社保随身带提醒",
  downloaded: "日历文件已生成。打开它，就能加到手机日历里。下载不了的话，可以复制提醒文字。",
  copied: "提醒已复制，可以粘贴到手机日历或备忘录里。",
  copyFailed: "没能自动复制，请长按下面的文字手动复制。",
  textLabel: "提醒文字",
  /** WeChat's own browser often blocks downloads: say so before the person tries. */
  weChatNote:
    "在微信里可能下载不了日历文件。可以点右上角“···”，用浏览器打开这一页，再点“加到日历”；也可以复制提醒文字，自己记到手机日历里。",
} as const;

/** One reminder as plain text: "2026年12月31日：…" and the lines under it. */
export function reminderText(event: {
  date: string;
  until?: string | undefined;
  summary: string;
  description: string;
  location?: string | undefined;
  url?: string | undefined;
}): string {
  const when = event.until
    ? `${formatChineseDate(event.date)}到${formatChineseDate(event.until)}`
    : formatChineseDate(event.date);
  return [`${when}：${event.summary}`, event.description, event.location, event.url]
    .filter((line): line is string => !!line)
    .join("\n");
}

/** The title of each deadline's calendar event: what to do, in a few words. */
export const DEADLINE_SUMMARIES: {
  readonly [K in keyof DeadlineCodes]: (p: DeadlineCodes[K]) => string;
} = {
  "deadline.enrolment_window_ends": (p) =>
    p.extensionTo !== undefined && p.date === p.extensionTo
      ? `${p.city}居民医保补交的最后一天`
      : `${p.city}居民医保集中参保期最后一天`,
  "deadline.backpay_no_waiting": (p) => `最晚今天在${p.city}重新参加职工医保（断保不超过${p.max}个月）`,
  "deadline.transfer_follow_up": () => "查一查医保转移办完没有",
  "deadline.filing_temporary_check": () => "临时外出就医备案可能到期了",
  "deadline.pension_claim": (p) => `到法定退休年龄：去${p.claim}申请领养老金`,
};

export const REMINDER_LINES = {
  where: (places: readonly string[]) => `去哪里：${places.join("；")}`,
  sources: (labels: readonly string[]) => `依据：${labels.join("；")}`,
  link: "你的结果（打开就能看全部建议）：",
  /** Before an event's title on a family's calendar. */
  forWhom: (names: readonly string[]) => `【${names.join("、")}】`,
} as const;
