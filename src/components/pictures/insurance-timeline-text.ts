/** The insurance timeline in words: the list screen readers read, and the sentences read aloud. */
import { pictureSpeech, TIMELINE_TEXTS } from "../../content/zh-CN/pictures";
import { monthIndex } from "../../lib/dates";
import type { InsuranceTimelineProps, TimelineLane } from "./types";

const byMonth = (a: { from: string }, b: { from: string }) => monthIndex(a.from) - monthIndex(b.from);

/** A lane's periods in order: "2017年7月到2026年5月", "2026年6月起，现在还在交". */
export function lanePeriodTexts(lane: TimelineLane): string[] {
  return [...lane.periods].sort(byMonth).map((p) => TIMELINE_TEXTS.period(p.from, p.to));
}

/** One line per lane (its periods in order), then one per gap with what it costs. */
export function insuranceTimelineFacts({ lanes, gaps }: InsuranceTimelineProps): string[] {
  const withPeriods = lanes.filter((l) => l.periods.length > 0);
  if (withPeriods.length === 0 && gaps.length === 0) return [TIMELINE_TEXTS.empty];
  return [
    ...withPeriods.map((l) => TIMELINE_TEXTS.laneFact(l.label, lanePeriodTexts(l))),
    ...[...gaps].sort(byMonth).map((g) => TIMELINE_TEXTS.gap(g.from, g.to, g.label)),
  ];
}

/** What read-aloud says for the timeline. */
export function insuranceTimelineSpeech(props: InsuranceTimelineProps): string {
  return pictureSpeech(props.title, insuranceTimelineFacts(props));
}
