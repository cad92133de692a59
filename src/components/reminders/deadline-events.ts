/**
 * The deadlines of an advice as calendar events: what to do (the deadline's words), where to go, the
 * sources, and the share link, so that the event leads back to the whole result.
 */
import { CHANNEL_NAMES } from "../../content/zh-CN/labels";
import { DEADLINE_SUMMARIES, REMINDER_LINES } from "../../content/zh-CN/reminders";
import { conclusionText } from "../../content/zh-CN/texts";
import type { CalendarAlarm, CalendarEvent } from "../../lib/ics";
import type { Channel } from "../../policy/rules/channels";
import type { Deadline } from "../../policy/rules/deadlines";

/** A channel in a few words: an office with its city, else the channel's name. */
export function channelText(c: Channel): string {
  const names = CHANNEL_NAMES[c.code];
  const params = c.params ?? {};
  if (!names) return c.code;
  if (c.code === "office") return names.detail(params).replace(/。$/, "");
  return typeof names.name === "function" ? names.name(params) : names.name;
}

/** A week before and on the day, at 9 o'clock: reminders for acting in time, not a rule of any source. */
const ALARMS: readonly CalendarAlarm[] = [{ daysBefore: 7 }, { daysBefore: 0 }];

export function deadlineEvents(
  /** `for`: whom each is for, on a family's page (components/result/household-results.ts). */
  deadlines: readonly (Deadline & { for?: readonly string[] })[],
  url: string,
  sourceLabel?: (id: string) => string,
): CalendarEvent[] {
  return deadlines.map((d) => {
    const what = (DEADLINE_SUMMARIES[d.code] as (p: unknown) => string)(d.params);
    const summary = d.for ? `${REMINDER_LINES.forWhom(d.for)}${what}` : what;
    const where = d.where.map(channelText);
    const office = d.where.find((w) => w.code === "office");
    const sources = sourceLabel ? [...new Set(d.cites.map((c) => sourceLabel(c.source)))] : [];
    const description = [
      conclusionText(d),
      REMINDER_LINES.where(where),
      ...(sources.length > 0 ? [REMINDER_LINES.sources(sources)] : []),
      REMINDER_LINES.link,
    ].join("\n");
    return {
      date: d.date,
      summary,
      description,
      ...(office ? { location: channelText(office) } : {}),
      url,
      alarms: ALARMS,
    };
  });
}
