import { useId } from "react";
import { TIMELINE_TEXTS } from "../../content/zh-CN/pictures";
import { formatChineseDate } from "../../lib/dates";
import { timelineGeometry, type TimelineGeometry } from "./insurance-timeline-geometry";
import { insuranceTimelineFacts, lanePeriodTexts } from "./insurance-timeline-text";
import { paintOf, Swatch, type Fill } from "./patterns";
import { PictureFrame } from "./picture-frame";
import { svgSafeId, VIEW_WIDTH } from "./scale";
import { Axis, BAR_HEIGHT, BAR_Y, Strip, STRIP_HEIGHT } from "./strip";
import type { InsuranceTimelineProps, TimelineLane } from "./types";

/** Each scheme its own pattern, so lanes stay apart on a black-and-white printout. */
export function laneFill(lane: Pick<TimelineLane, "kind" | "scheme">): Fill {
  if (lane.kind === "medical") return lane.scheme === "staff" ? "solid" : "stripes";
  return lane.scheme === "staff" ? "dots" : "lines";
}

const MID = BAR_Y + BAR_HEIGHT / 2;
/** The gap lane has its numbers above the bars, so that a gap of one month stays visible under them. */
const GAP_TOP = 14;
const NUMBER_Y = 8;

/** The medical (and dated pension) periods on one time axis, one lane per scheme and place, gaps marked. */
export function InsuranceTimeline(props: InsuranceTimelineProps) {
  const id = svgSafeId(useId());
  const geometry = timelineGeometry(props);
  return (
    <PictureFrame id={id} title={props.title} facts={insuranceTimelineFacts(props)}>
      {geometry && <TimelineDrawing g={geometry} prefix={id} now={props.now} />}
    </PictureFrame>
  );
}

function TimelineDrawing({ g, prefix, now }: { g: TimelineGeometry; prefix: string; now: string }) {
  const guides = g.ticks.map((t) => t.x);
  // A dashed line at the end of this month, when the axis reaches beyond it (a gap until a later start).
  const nowLine = (top = 0) =>
    g.nowEndX < VIEW_WIDTH && (
      <line
        x1={g.nowEndX}
        x2={g.nowEndX}
        y1={top}
        y2={top + STRIP_HEIGHT}
        strokeDasharray="2 2"
        className="stroke-gray-900 print:stroke-black"
        data-part="now"
      />
    );
  return (
    <>
      {g.lanes
        .filter((l) => l.bars.length > 0)
        .map(({ lane, bars }) => {
          const fill = laneFill(lane);
          return (
            <div key={lane.id} data-lane={lane.id}>
              <p className="font-bold">
                <Swatch fill={fill} prefix={prefix} />
                {lane.label}
              </p>
              <p className="text-base text-gray-700">{TIMELINE_TEXTS.periods(lanePeriodTexts(lane))}</p>
              <Strip guides={guides}>
                {bars.map((b) => (
                  <rect
                    key={b.from}
                    x={b.x}
                    y={BAR_Y}
                    width={b.width}
                    height={BAR_HEIGHT}
                    strokeWidth="1"
                    {...paintOf(fill, prefix)}
                    data-part="period"
                    data-from={b.from}
                    data-to={b.to}
                  />
                ))}
                {bars
                  .filter((b) => b.ongoing)
                  .map((b) => {
                    const x = b.x + b.width;
                    return (
                      <path
                        key={`${b.from}-ongoing`}
                        d={`M${x} ${BAR_Y - 2}L${x + 7} ${MID}L${x} ${BAR_Y + BAR_HEIGHT + 2}Z`}
                        className="fill-gray-900 print:fill-black"
                        data-part="ongoing"
                      />
                    );
                  })}
                {nowLine()}
              </Strip>
            </div>
          );
        })}
      {g.gaps.length > 0 && (
        <div data-lane="gaps">
          <p className="font-bold">
            <Swatch fill="hatch" prefix={prefix} />
            {TIMELINE_TEXTS.gapLane}
          </p>
          <Strip guides={guides} top={GAP_TOP}>
            {g.gaps.map((gap) => (
              <rect
                key={gap.gap.from}
                x={gap.x}
                y={GAP_TOP + BAR_Y}
                width={gap.width}
                height={BAR_HEIGHT}
                strokeWidth="1"
                {...paintOf("hatch", prefix)}
                data-part="gap"
                data-from={gap.gap.from}
                data-to={gap.gap.to}
              />
            ))}
            {g.gaps.map((gap) => (
              <g key={`${gap.gap.from}-n`}>
                <circle
                  cx={gap.x + gap.width / 2}
                  cy={NUMBER_Y}
                  r="6.5"
                  fill="#fff"
                  strokeWidth="1"
                  className="stroke-gray-900 print:stroke-black"
                />
                <text
                  x={gap.x + gap.width / 2}
                  y={NUMBER_Y + 3.5}
                  textAnchor="middle"
                  fontWeight="bold"
                  className="fill-gray-900 text-[10px] print:fill-black"
                >
                  {gap.number}
                </text>
              </g>
            ))}
            {nowLine(GAP_TOP)}
          </Strip>
          <ol className="list-decimal space-y-1 pl-7 text-base">
            {g.gaps.map((gap) => (
              <li key={gap.gap.from}>{TIMELINE_TEXTS.gap(gap.gap.from, gap.gap.to, gap.gap.label)}</li>
            ))}
          </ol>
        </div>
      )}
      <Axis ticks={g.ticks.map((t) => ({ x: t.x, label: String(t.year) }))} />
      <p className="flex flex-wrap justify-between gap-x-3 text-base">
        <span>{formatChineseDate(g.start)}</span>
        <span>{g.end === now.slice(0, 7) ? TIMELINE_TEXTS.axisEnd(now) : formatChineseDate(g.end)}</span>
      </p>
    </>
  );
}
