/**
 * Calendar files (RFC 5545, iCalendar) made on the phone, for "加到日历": all-day events with optional
 * reminders (VALARM). Nothing is sent anywhere, nothing here reads the clock (the time stamp is an argument)
 * and nothing is random (each UID is a hash of the event), so the same advice gives the same file.
 *
 * RFC 5545 points kept: CRLF line ends (§3.1); lines of at most 75 octets, folded with CRLF and a space,
 * never inside a UTF-8 character (§3.1: a Chinese character is 3 octets); TEXT escaped (§3.3.11: \\ \; \,
 * and \n); VERSION and PRODID (§3.7); DATE values with the exclusive DTEND of all-day events (§3.6.1);
 * DTSTAMP in UTC (§3.8.7.2); a DISPLAY alarm has DESCRIPTION and TRIGGER (§3.6.6).
 */
import { isIsoDate } from "./dates";

export interface CalendarAlarm {
  /** Whole days before the first day of the event (0: on the day itself). */
  daysBefore: number;
  /** Hour of the day the reminder goes off, in the phone's time (0–23; default 9). */
  hour?: number;
}

export interface CalendarEvent {
  /** First day, YYYY-MM-DD. */
  date: string;
  /** Last day (inclusive), for an event over several days such as an enrolment period. */
  until?: string;
  /** What to do, in a few words. */
  summary: string;
  /** What to do and where, in a few lines (line breaks are kept). */
  description: string;
  location?: string;
  /** The share link of the result: added under the description, and as the event's URL. */
  url?: string;
  alarms?: readonly CalendarAlarm[];
}

export interface CalendarOptions {
  /** When the file is made, as an ISO instant in UTC ("2026-11-22T08:30:00Z"; toISOString() fits). */
  stamp: string;
  /** A name for the calendar some apps show (X-WR-CALNAME). */
  name?: string;
}

export const PRODID = "-//shebao-suishendai//reminders 1//ZH-CN";
const UID_DOMAIN = "shebao-suishendai";
const MAX_OCTETS = 75;
const CRLF = "\r\n";

/** TEXT escaping (§3.3.11): backslash, semicolon, comma, and every kind of line break as \n. */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n|\r|\n/g, "\\n");
}

function utf8Octets(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/**
 * Folds one content line into physical lines of at most 75 octets (§3.1), each continuation starting
 * with a space. Cuts only between characters, and never inside an escape such as "\," (some readers
 * unescape before unfolding).
 */
export function foldLine(line: string): string {
  const units: string[] = [];
  const chars = Array.from(line);
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i] ?? "";
    if (c === "\\" && i + 1 < chars.length) {
      units.push(c + (chars[i + 1] ?? ""));
      i++;
    } else units.push(c);
  }
  const lines: string[] = [];
  let current = "";
  let octets = 0;
  for (const unit of units) {
    const size = Array.from(unit).reduce((n, ch) => n + utf8Octets(ch.codePointAt(0) ?? 0), 0);
    if (octets + size > MAX_OCTETS) {
      lines.push(current);
      current = " ";
      octets = 1;
    }
    current += unit;
    octets += size;
  }
  lines.push(current);
  return lines.join(CRLF);
}

/** "2026-06-20" → "20260620", after checking it is a real date. */
function dateValue(iso: string): string {
  if (!isIsoDate(iso)) throw new Error(`not a date: ${iso}`);
  return iso.replace(/-/g, "");
}

function dayAfter(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  return new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, (d ?? 1) + 1)).toISOString().slice(0, 10);
}

/** "2026-11-22T08:30:00Z" or "2026-11-22T08:30:00.123Z" → "20261122T083000Z" (§3.3.5, UTC form). */
export function stampValue(instant: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?Z$/.exec(instant);
  if (
    !m ||
    !isIsoDate(`${m[1]}-${m[2]}-${m[3]}`) ||
    Number(m[4]) > 23 ||
    Number(m[5]) > 59 ||
    Number(m[6]) > 60
  ) {
    throw new Error(`not a UTC instant: ${instant}`);
  }
  return `${m[1]}${m[2]}${m[3]}T${m[4]}${m[5]}${m[6]}Z`;
}

/**
 * The TRIGGER of a reminder `daysBefore` days before an all-day event, at `hour` o'clock (§3.8.6.3):
 * relative to the start of the first day, so the day before at 9:00 is "-PT15H".
 */
export function triggerValue({ daysBefore, hour = 9 }: CalendarAlarm): string {
  if (!Number.isInteger(daysBefore) || daysBefore < 0 || !Number.isInteger(hour) || hour < 0 || hour > 23) {
    throw new Error(`bad reminder: ${daysBefore} days before, at ${hour}`);
  }
  const hoursBefore = daysBefore * 24 - hour;
  if (hoursBefore === 0) return "PT0S";
  const sign = hoursBefore > 0 ? "-" : "";
  const total = Math.abs(hoursBefore);
  const days = Math.floor(total / 24);
  const hours = total % 24;
  return `${sign}P${days > 0 ? `${days}D` : ""}${hours > 0 ? `T${hours}H` : ""}`;
}

/** A 53-bit hash of a string (cyrb53, public domain), as 14 hex digits. */
function hash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, "0");
}

/**
 * The UID of an event: a hash of its dates and texts (not of the link, which changes with any answer, nor
 * of its reminders), so that importing the same reminder again updates it instead of adding a second one.
 */
export function eventUid(event: CalendarEvent): string {
  const key = [event.date, event.until ?? "", event.summary, event.description, event.location ?? ""].join(
    "\u0000",
  );
  return `${hash(key)}@${UID_DOMAIN}`;
}

function property(name: string, value: string): string {
  return foldLine(`${name}:${value}`);
}

function eventLines(event: CalendarEvent, uid: string, stamp: string): string[] {
  const last = event.until ?? event.date;
  if (!isIsoDate(last) || last < event.date) throw new Error(`bad last day ${last} for ${event.date}`);
  if (event.url !== undefined && /[\s"<>\\^`{|}]/.test(event.url)) throw new Error(`not a URL: ${event.url}`);
  const description = event.url ? `${event.description}\n${event.url}` : event.description;
  return [
    "BEGIN:VEVENT",
    property("UID", uid),
    property("DTSTAMP", stamp),
    property("DTSTART;VALUE=DATE", dateValue(event.date)),
    property("DTEND;VALUE=DATE", dateValue(dayAfter(last))),
    property("SUMMARY", escapeText(event.summary)),
    property("DESCRIPTION", escapeText(description)),
    ...(event.location ? [property("LOCATION", escapeText(event.location))] : []),
    ...(event.url ? [property("URL", event.url)] : []),
    "TRANSP:TRANSPARENT",
    ...(event.alarms ?? []).flatMap((alarm) => [
      "BEGIN:VALARM",
      "ACTION:DISPLAY",
      property("DESCRIPTION", escapeText(event.summary)),
      property("TRIGGER", triggerValue(alarm)),
      "END:VALARM",
    ]),
    "END:VEVENT",
  ];
}

/** The whole .ics file: CRLF line ends, folded lines, one VEVENT per event in the order given. */
export function calendarFile(events: readonly CalendarEvent[], { stamp, name }: CalendarOptions): string {
  const dtstamp = stampValue(stamp);
  const seen = new Map<string, number>();
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    property("PRODID", PRODID),
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    ...(name ? [property("X-WR-CALNAME", escapeText(name))] : []),
    ...events.flatMap((event) => {
      // Two identical events would share a UID, which a calendar reads as one event: number the repeats.
      const base = eventUid(event);
      const n = (seen.get(base) ?? 0) + 1;
      seen.set(base, n);
      return eventLines(event, n === 1 ? base : base.replace("@", `-${n}@`), dtstamp);
    }),
    "END:VCALENDAR",
  ];
  return lines.join(CRLF) + CRLF;
}
