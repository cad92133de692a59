import { readFile } from "node:fs/promises";
import { expect, test } from "./fixtures";
import { expectResultComplete } from "./helpers";

/**
 * “加到日历”: the .ics file made on the phone, on the fixed clock of fixtures.ts (2026-11-30, a Monday, China
 * noon). The person left a 南京 job on 2026-10-31 and works in 泉州 (福建's yearly 集中参保期, 9 to 12 with
 * an extension to February) as a flexible worker, with 11 years of 职工养老 in 江苏. The dates are counted
 * by hand on a calendar, not read from the app.
 */
const LINK =
  "result#v=1&d=20261130&c=350500&hc=320100&rp=y&w=f&b=198005&sx=m&lw=n&m=s320100.20150101.20261031&pe=s32-11&ca=n";

interface IcsEvent {
  [property: string]: string;
}

/** A small RFC 5545 reader: unfolds lines, splits VEVENTs, unescapes TEXT values. */
function parseIcs(text: string): { calendar: Record<string, string>; events: IcsEvent[] } {
  expect(text.includes("\r\n"), "CRLF line ends").toBe(true);
  const lines = text
    .replace(/\r\n[ \t]/g, "")
    .split("\r\n")
    .filter(Boolean);
  for (const line of text.split("\r\n"))
    expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  const calendar: Record<string, string> = {};
  const events: IcsEvent[] = [];
  let current: IcsEvent | undefined;
  let depth = 0;
  for (const line of lines) {
    if (line === "BEGIN:VEVENT") current = {};
    else if (line === "END:VEVENT") {
      if (current) events.push(current);
      current = undefined;
    } else if (line === "BEGIN:VALARM") depth++;
    else if (line === "END:VALARM") depth--;
    else {
      const colon = line.indexOf(":");
      const name = line.slice(0, colon);
      const value = line
        .slice(colon + 1)
        .replace(/\\n/gi, "\n")
        .replace(/\\([\\;,])/g, "$1");
      if (current && depth === 0) current[name] = value;
      else if (!current) calendar[name] = value;
    }
  }
  return { calendar, events };
}

test("加到日历: an .ics with the deadlines of the advice, each saying what, where, and the link", async ({
  page,
}) => {
  await page.goto(LINK);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("你的医保建议");
  await expectResultComplete(page);
  const todo = page.getByRole("region", { name: "先做这些" });
  await expect(todo).toContainText("2026年12月21日");
  const link = await page.getByLabel("结果链接").inputValue();

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    todo.getByRole("button", { name: "加到日历" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.ics$/);
  const { calendar, events } = parseIcs(await readFile(await download.path(), "utf8"));
  expect(calendar.VERSION).toBe("2.0");
  expect(calendar.METHOD).toBe("PUBLISH");

  const byStart: Record<string, IcsEvent> = Object.fromEntries(
    events.map((e): [string, IcsEvent] => [e["DTSTART;VALUE=DATE"] ?? "", e]),
  );
  expect(Object.keys(byStart)).toEqual(["20261221", "20261231", "20270228", "20430501"]);
  // Monday 30 November + 10 + 5 working days (weekends skipped) = Monday 21 December.
  expect(byStart["20261221"]?.SUMMARY).toContain("医保转移");
  // The last day of 福建's window for 2027 cover.
  expect(byStart["20261231"]?.SUMMARY).toContain("集中参保期最后一天");
  // Last covered October: November, December, January make 3 months if the new cover starts in February.
  expect(byStart["20270228"]?.SUMMARY).toContain("重新参加职工医保");
  // A man born 1980-05 reaches 63 in 2043-05; the claim place is 江苏 (11 years).
  expect(byStart["20430501"]?.SUMMARY).toContain("江苏");
  for (const e of events) {
    expect((e["DTEND;VALUE=DATE"] ?? "") > (e["DTSTART;VALUE=DATE"] ?? "")).toBe(true);
    expect(e.DTSTAMP).toBe("20261130T040000Z");
    expect(e.DESCRIPTION).toContain("去哪里：");
    expect(e.DESCRIPTION).toContain("依据：");
    expect(e.DESCRIPTION?.endsWith(link)).toBe(true);
    expect(e.URL).toBe(link);
  }
  expect(byStart["20261221"]?.DESCRIPTION).toContain("没有算节假日");
  expect(byStart["20430501"]?.DESCRIPTION).toContain("要提前多久去办，我们找到的资料里没有写");
  await expect(page.getByRole("status").filter({ hasText: "日历文件已生成" })).toBeVisible();
});
