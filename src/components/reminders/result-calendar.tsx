import { useEffect, useState } from "react";
import { UI } from "../../content/zh-CN/ui";
import { formatChineseDate } from "../../lib/dates";
import type { Deadline } from "../../policy/rules/deadlines";
import { loadSourceLabel, type SourceLabel } from "../glossary/glossary-entries";
import { AddToCalendar } from "./add-to-calendar";
import { deadlineEvents } from "./deadline-events";

/**
 * “加到日历” for the deadlines of the result: the .ics file is made on the phone when the button is pressed.
 * The sources' names (文号) come with the source registry, loaded after the first screen.
 */
export function ResultCalendar({
  deadlines,
  url,
}: {
  deadlines: readonly (Deadline & { for?: readonly string[] })[];
  url: string;
}) {
  const [label, setLabel] = useState<{ fn: SourceLabel } | undefined>();
  useEffect(() => {
    let live = true;
    void loadSourceLabel().then((fn) => live && setLabel({ fn }));
    return () => {
      live = false;
    };
  }, []);
  if (deadlines.length === 0) return null;
  return (
    <div className="space-y-2 print:hidden">
      <p className="text-base">{UI.calendarHint(deadlines.map((d) => formatChineseDate(d.date)))}</p>
      <AddToCalendar events={deadlineEvents(deadlines, url, label?.fn)} />
    </div>
  );
}
