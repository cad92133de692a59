import { useId } from "react";
import { yearsText } from "../../content/zh-CN/pictures";
import { paintOf, Swatch } from "./patterns";
import { PictureFrame } from "./picture-frame";
import { retirementGeometry } from "./retirement-geometry";
import { retirementFacts } from "./retirement-text";
import { svgSafeId } from "./scale";
import { Axis, BAR_HEIGHT, BAR_Y, Strip, STRIP_HEIGHT } from "./strip";
import type { RetirementBarProps } from "./types";

/** The minimum years: a thick dashed line across both bars and in its legend. */
function MinimumLine({ x, height = STRIP_HEIGHT }: { x: number; height?: number }) {
  return (
    <line
      x1={x}
      x2={x}
      y1="0"
      y2={height}
      strokeWidth="2.5"
      strokeDasharray="4 2"
      className="stroke-gray-900 print:stroke-black"
      data-part="minimum"
    />
  );
}

/** From today to the statutory retirement month: years paid so far, the years still to come, the minimum. */
export function RetirementBar(props: RetirementBarProps) {
  const id = svgSafeId(useId());
  const g = retirementGeometry(props);
  const { labels } = props;
  return (
    <PictureFrame id={id} title={props.title} facts={retirementFacts(props)} caption={labels.outcome}>
      <div>
        <p>
          <Swatch fill="solid" prefix={id} />
          {labels.paid}
        </p>
        <Strip>
          <rect
            x={g.paid.x}
            y={BAR_Y}
            width={g.paid.width}
            height={BAR_HEIGHT}
            strokeWidth="1"
            {...paintOf("solid", id)}
            data-part="paid"
          />
          <MinimumLine x={g.minimumX} />
        </Strip>
      </div>
      <div>
        <p>
          {g.remaining && <Swatch fill="future" prefix={id} />}
          {labels.remaining}
        </p>
        {g.remaining && (
          <Strip>
            <rect
              x={g.remaining.x}
              y={BAR_Y}
              width={g.remaining.width}
              height={BAR_HEIGHT}
              strokeWidth="1"
              {...paintOf("future", id)}
              data-part="remaining"
            />
            <MinimumLine x={g.minimumX} />
          </Strip>
        )}
      </div>
      <Axis
        ticks={g.ticks.map((t) => ({
          x: t.x,
          label: t.years === props.minimumYears ? yearsText(t.years) : String(t.years),
          strong: t.years === props.minimumYears,
        }))}
      />
      <p className="text-base">
        <svg
          viewBox="0 0 12 18"
          className="mr-1 inline-block h-[1.2em] w-[0.8em] align-[-0.2em]"
          focusable="false"
        >
          <MinimumLine x={6} height={18} />
        </svg>
        {labels.minimum}
      </p>
    </PictureFrame>
  );
}
