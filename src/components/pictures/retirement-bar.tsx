import { useId } from "react";
import { yearsText } from "../../content/zh-CN/pictures";
import { paintOf, Swatch } from "./patterns";
import { PictureFrame } from "./picture-frame";
import { retirementGeometry } from "./retirement-geometry";
import { retirementFacts } from "./retirement-text";
import { svgSafeId } from "./scale";
import { BAR_HEIGHT, BAR_Y, Strip, YearsAxisWithLine, YearsLine } from "./strip";
import type { RetirementBarProps } from "./types";

/** The minimum years: a thick dashed line across both bars and in its legend. */
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
          <YearsLine part="minimum" x={g.minimumX} />
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
            <YearsLine part="minimum" x={g.minimumX} />
          </Strip>
        )}
      </div>
      <YearsAxisWithLine
        ticks={g.ticks}
        marked={props.minimumYears}
        part="minimum"
        legend={labels.minimum}
        yearsText={yearsText}
      />
    </PictureFrame>
  );
}
