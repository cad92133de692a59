import { afterEach, describe, expect, it, vi } from "vitest";
import {
  calendarFile,
  escapeText,
  eventUid,
  foldLine,
  PRODID,
  stampValue,
  triggerValue,
  type CalendarEvent,
} from "./ics";

/**
 * A small iCalendar reader, written from RFC 5545 and not from ics.ts: checks the physical lines (CRLF,
 * 75 octets, whole UTF-8 characters), unfolds (§3.1), splits name, parameters and value (§3.1, §3.2), and
 * unescapes TEXT (§3.3.11).
 */
interface Prop {
  name: string;
  params: Record<string, string>;
  value: string;
}
interface Component {
  type: string;
  props: Prop[];
  children: Component[];
}

function physicalLines(text: string): string[] {
  expect(text.endsWith("\r\n")).toBe(true);
  const lines = text.slice(0, -2).split("\r\n");
  for (const line of lines) {
    expect(line).not.toMatch(/[\r\n]/);
    const bytes = new TextEncoder().encode(line);
    expect(bytes.length, line).toBeLessThanOrEqual(75);
    // A character cut in two would not decode.
    expect(() => new TextDecoder("utf-8", { fatal: true }).decode(bytes)).not.toThrow();
  }
  return lines;
}

function unfold(text: string): string[] {
  return text
    .replace(/\r\n[ \t]/g, "")
    .split("\r\n")
    .filter((l) => l !== "");
}

function splitProp(line: string): Prop {
  let inQuotes = false;
  let colon = -1;
  for (let i = 0; i < line.length; i++) {
    if (line[i] === '"') inQuotes = !inQuotes;
    if (line[i] === ":" && !inQuotes) {
      colon = i;
      break;
    }
  }
  expect(colon, line).toBeGreaterThan(0);
  const [name = "", ...params] = line.slice(0, colon).split(";");
  return {
    name,
    params: Object.fromEntries(params.map((p) => p.split("=") as [string, string])),
    value: line.slice(colon + 1),
  };
}

function unescapeText(value: string): string {
  expect(value, "a lone backslash or an unescaped comma or semicolon").not.toMatch(
    /(^|[^\\])(\\\\)*\\($|[^\\;,nN])|(^|[^\\])[;,]/,
  );
  return value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === "n" || c === "N" ? "\n" : c));
}

function parse(text: string): Component {
  physicalLines(text);
  const root: Component = { type: "", props: [], children: [] };
  const stack = [root];
  for (const line of unfold(text)) {
    const prop = splitProp(line);
    const top = stack[stack.length - 1] as Component;
    if (prop.name === "BEGIN") {
      const child = { type: prop.value, props: [], children: [] };
      top.children.push(child);
      stack.push(child);
    } else if (prop.name === "END") {
      expect(top.type).toBe(prop.value);
      stack.pop();
    } else top.props.push(prop);
  }
  expect(stack).toHaveLength(1);
  expect(root.children).toHaveLength(1);
  return root.children[0] as Component;
}

const get = (c: Component, name: string) => c.props.filter((p) => p.name === name);
const one = (c: Component, name: string) => {
  const found = get(c, name);
  expect(found, name).toHaveLength(1);
  return found[0] as Prop;
};

/** An event read back: dates, texts unescaped, reminders. */
function readEvent(c: Component) {
  return {
    uid: one(c, "UID").value,
    start: one(c, "DTSTART"),
    end: one(c, "DTEND"),
    summary: unescapeText(one(c, "SUMMARY").value),
    description: unescapeText(one(c, "DESCRIPTION").value),
    location: get(c, "LOCATION").map((p) => unescapeText(p.value))[0],
    url: get(c, "URL").map((p) => p.value)[0],
    stamp: one(c, "DTSTAMP").value,
    alarms: c.children.map((a) => ({
      type: a.type,
      action: one(a, "ACTION").value,
      description: unescapeText(one(a, "DESCRIPTION").value),
      trigger: one(a, "TRIGGER").value,
    })),
  };
}

const LINK = "https://example.org/result#v=1&d=20261122&c=340100&hc=320100&rp=y&w=e&b=199203&lw=n&ca=n";
const CLOCK = "2026-11-22T01:30:05.123Z";

const EVENTS: CalendarEvent[] = [
  {
    date: "2026-12-31",
    summary: "居民医保集中参保期最后一天",
    description: "在合肥交下一年的居民医保：手机上或社区窗口都能交；以当地通知为准。",
    location: "合肥市医保服务大厅",
    url: LINK,
    alarms: [{ daysBefore: 7 }, { daysBefore: 1, hour: 20 }],
  },
  {
    date: "2026-09-01",
    until: "2026-12-31",
    summary: "Comma, semicolon; backslash \\ and a new\nline",
    description: "第一行\n第二行，有逗号,和分号;还有反斜杠\\。\r\nWindows line end, and a \\n that is text.",
  },
  {
    date: "2028-02-28",
    summary: "跟进医保转移：已过10+5个工作日",
    description: "🏥 登录国家医保服务平台App查进度；没到账就打12393。".repeat(4),
    url: LINK,
  },
];

afterEach(() => {
  vi.restoreAllMocks();
});

describe("calendarFile", () => {
  it("reads back exactly the events given, with their dates, for a fixed clock", () => {
    const cal = parse(calendarFile(EVENTS, { stamp: CLOCK, name: "社保随身带提醒" }));
    expect(cal.type).toBe("VCALENDAR");
    expect(one(cal, "VERSION").value).toBe("2.0");
    expect(one(cal, "PRODID").value).toBe(PRODID);
    expect(one(cal, "CALSCALE").value).toBe("GREGORIAN");
    expect(unescapeText(one(cal, "X-WR-CALNAME").value)).toBe("社保随身带提醒");
    const events = cal.children.map(readEvent);
    expect(cal.children.map((c) => c.type)).toEqual(["VEVENT", "VEVENT", "VEVENT"]);

    // All-day: DATE values; DTEND is the day after the last day (exclusive), across a year end and a leap day.
    expect(events.map((e) => [e.start.params.VALUE, e.start.value, e.end.params.VALUE, e.end.value])).toEqual(
      [
        ["DATE", "20261231", "DATE", "20270101"],
        ["DATE", "20260901", "DATE", "20270101"],
        ["DATE", "20280228", "DATE", "20280229"],
      ],
    );
    expect(events.every((e) => e.stamp === "20261122T013005Z")).toBe(true);

    expect(events.map((e) => e.summary)).toEqual(EVENTS.map((e) => e.summary));
    // The link comes under the description, and as URL.
    expect(events[0]?.description).toBe(`${EVENTS[0]?.description}\n${LINK}`);
    expect(events[0]?.url).toBe(LINK);
    expect(events[0]?.location).toBe("合肥市医保服务大厅");
    expect(events[1]?.description).toBe(
      "第一行\n第二行，有逗号,和分号;还有反斜杠\\。\nWindows line end, and a \\n that is text.",
    );
    expect(events[1]?.url).toBeUndefined();
    expect(events[2]?.description).toBe(`${EVENTS[2]?.description}\n${LINK}`);

    // Reminders: 7 days before at 9:00 and the day before at 20:00, counted from the start of the first day.
    expect(events[0]?.alarms).toEqual([
      { type: "VALARM", action: "DISPLAY", description: EVENTS[0]?.summary, trigger: "-P6DT15H" },
      { type: "VALARM", action: "DISPLAY", description: EVENTS[0]?.summary, trigger: "-PT4H" },
    ]);
    expect(events[1]?.alarms).toEqual([]);
  });

  it("ends every line with CRLF and folds long Chinese lines without cutting a character", () => {
    const text = calendarFile(EVENTS, { stamp: CLOCK });
    expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    const lines = physicalLines(text);
    expect(lines.some((l) => l.startsWith(" "))).toBe(true);
    // The long description of the third event takes several physical lines.
    const start = lines.findIndex((l) => l.startsWith("DESCRIPTION:🏥"));
    expect(start).toBeGreaterThan(0);
    expect(lines[start + 1]).toMatch(/^ /);
  });

  it("gives each event a UID from its content: the same on every run and clock, another for other content", () => {
    vi.spyOn(Math, "random");
    vi.spyOn(Date, "now");
    const first = parse(calendarFile(EVENTS, { stamp: CLOCK })).children.map(readEvent);
    const later = parse(calendarFile(EVENTS, { stamp: "2027-01-05T12:00:00Z" })).children.map(readEvent);
    expect(later.map((e) => e.uid)).toEqual(first.map((e) => e.uid));
    expect(new Set(first.map((e) => e.uid)).size).toBe(3);
    expect(first[0]?.uid).toMatch(/^[0-9a-f]{14}@shebao-suishendai$/);
    expect(eventUid({ ...EVENTS[0]!, date: "2026-12-30" })).not.toBe(first[0]?.uid);
    // The link and the reminders do not change the UID: importing again updates the same event.
    expect(eventUid({ ...EVENTS[0]!, url: "https://example.org/other", alarms: [] })).toBe(first[0]?.uid);
    expect(Math.random).not.toHaveBeenCalled();
    expect(Date.now).not.toHaveBeenCalled();
  });

  it("numbers the UIDs of identical events, so a calendar keeps both", () => {
    const cal = parse(calendarFile([EVENTS[1]!, EVENTS[1]!], { stamp: CLOCK }));
    const uids = cal.children.map((c) => one(c, "UID").value);
    expect(uids[1]).toBe(uids[0]?.replace("@", "-2@"));
  });

  it("an empty list is still a valid calendar", () => {
    const cal = parse(calendarFile([], { stamp: CLOCK }));
    expect(cal.children).toEqual([]);
    expect(one(cal, "VERSION").value).toBe("2.0");
  });

  it("refuses what would make a wrong file: no real date, last day before the first, no UTC stamp, a URL with spaces", () => {
    expect(() => calendarFile([{ ...EVENTS[1]!, date: "2026-02-30" }], { stamp: CLOCK })).toThrow();
    expect(() => calendarFile([{ ...EVENTS[1]!, until: "2026-08-31" }], { stamp: CLOCK })).toThrow();
    expect(() => calendarFile(EVENTS, { stamp: "2026-11-22 09:30" })).toThrow();
    expect(() => calendarFile(EVENTS, { stamp: "2026-11-22T09:30:00+08:00" })).toThrow();
    expect(() => calendarFile([{ ...EVENTS[0]!, url: "https://x.org/a b" }], { stamp: CLOCK })).toThrow();
  });
});

describe("escapeText", () => {
  it("escapes backslash first, then semicolon, comma and line breaks", () => {
    expect(escapeText("a\\b;c,d\ne\r\nf\rg")).toBe("a\\\\b\\;c\\,d\\ne\\nf\\ng");
    expect(escapeText("全角，；：不用转义")).toBe("全角，；：不用转义");
  });
});

describe("foldLine", () => {
  const octets = (s: string) => new TextEncoder().encode(s).length;

  it("leaves a line of 75 octets alone and folds one of 76", () => {
    expect(foldLine("x".repeat(75))).toBe("x".repeat(75));
    expect(foldLine("x".repeat(76))).toBe(`${"x".repeat(75)}\r\n x`);
  });

  it("moves a 3-octet character that would straddle octet 75 to the next line", () => {
    // 74 ASCII octets, then 医 (3 octets) does not fit: the first line stops at 74.
    const folded = foldLine(`${"x".repeat(74)}医保`).split("\r\n");
    expect(folded).toEqual(["x".repeat(74), " 医保"]);
  });

  it("keeps continuation lines within 75 octets, the leading space included", () => {
    const folded = foldLine(`SUMMARY:${"医".repeat(80)}`).split("\r\n");
    for (const l of folded) expect(octets(l)).toBeLessThanOrEqual(75);
    // Continuations: 1 space + 24 characters of 3 octets = 73 (a 25th would make 76).
    expect(folded[1]).toBe(` ${"医".repeat(24)}`);
    expect(folded.map((l, i) => (i === 0 ? l : l.slice(1))).join("")).toBe(`SUMMARY:${"医".repeat(80)}`);
  });

  it("does not cut an escape in two", () => {
    const folded = foldLine(`${"x".repeat(74)}\\,y`).split("\r\n");
    expect(folded).toEqual(["x".repeat(74), " \\,y"]);
  });

  it("handles 4-octet characters (emoji) whole", () => {
    const folded = foldLine(`${"x".repeat(73)}🏥`).split("\r\n");
    expect(folded).toEqual(["x".repeat(73), " 🏥"]);
  });
});

describe("triggerValue", () => {
  it("counts from midnight of the first day", () => {
    expect(triggerValue({ daysBefore: 1 })).toBe("-PT15H");
    expect(triggerValue({ daysBefore: 7 })).toBe("-P6DT15H");
    expect(triggerValue({ daysBefore: 1, hour: 0 })).toBe("-P1D");
    expect(triggerValue({ daysBefore: 0 })).toBe("PT9H");
    expect(triggerValue({ daysBefore: 0, hour: 0 })).toBe("PT0S");
    expect(triggerValue({ daysBefore: 30, hour: 9 })).toBe("-P29DT15H");
  });

  it("refuses days or hours that are not whole or out of range", () => {
    expect(() => triggerValue({ daysBefore: -1 })).toThrow();
    expect(() => triggerValue({ daysBefore: 1.5 })).toThrow();
    expect(() => triggerValue({ daysBefore: 1, hour: 24 })).toThrow();
  });
});

describe("stampValue", () => {
  it("writes a UTC instant in the basic form, with or without milliseconds", () => {
    expect(stampValue("2026-11-22T01:30:05.123Z")).toBe("20261122T013005Z");
    expect(stampValue("2026-11-22T23:59:59Z")).toBe("20261122T235959Z");
    expect(() => stampValue("2026-13-22T01:30:05Z")).toThrow();
  });
});
