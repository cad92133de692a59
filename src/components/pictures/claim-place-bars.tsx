import { useId } from "react";
import { yearsText } from "../../content/zh-CN/pictures";
import { claimPlaceGeometry } from "./claim-place-geometry";
import { claimPlaceFacts } from "./claim-place-text";
import { paintOf, Swatch } from "./patterns";
import { PictureFrame } from "./picture-frame";
import { svgSafeId } from "./scale";
import { BAR_HEIGHT, BAR_Y, Strip, YearsAxisWithLine, YearsLine } from "./strip";
import type { ClaimPlaceBarsProps } from "./types";

/** The 10-year line: thick and dashed, in every row and in its legend. */
/** Pension years per province as bars, the 10-year line of 66号 第六条, and the claim place marked. */
export function ClaimPlaceBars(props: ClaimPlaceBarsProps) {
  const id = svgSafeId(useId());
  const g = claimPlaceGeometry(props);
  return (
    <PictureFrame id={id} title={props.title} facts={claimPlaceFacts(props)} caption={props.caption}>
      {g.rows.map(({ row, counted, extra }) => (
        <div key={row.id} data-row={row.id}>
          <p>
            <span className="font-bold">{row.label}</span> {yearsText(row.years)}
            {row.tags?.map((t) => (
              <span key={t} className="ml-2 text-base text-gray-700">
                {t}
              </span>
            ))}
            {row.claim && (
              <span className="ml-2 inline-block rounded border-2 border-gray-900 px-1 text-base font-bold print:border-black">
                {props.claimLabel}
              </span>
            )}
          </p>
          {extra && row.extraLabel && (
            <p className="text-base text-gray-700">
              <Swatch fill="stripes" prefix={id} />
              {row.extraLabel}
            </p>
          )}
          <Strip>
            <rect
              x={counted.x}
              y={BAR_Y}
              width={counted.width}
              height={BAR_HEIGHT}
              strokeWidth={row.claim ? 2.5 : 1}
              {...paintOf("solid", id)}
              data-part="years"
            />
            {extra && (
              <rect
                x={extra.x}
                y={BAR_Y}
                width={extra.width}
                height={BAR_HEIGHT}
                strokeWidth="1"
                {...paintOf("stripes", id)}
                data-part="extra"
              />
            )}
            <YearsLine part="threshold" x={g.thresholdX} />
          </Strip>
        </div>
      ))}
      <YearsAxisWithLine
        ticks={g.ticks}
        marked={props.threshold}
        part="threshold"
        legend={props.thresholdLabel}
        yearsText={yearsText}
      />
    </PictureFrame>
  );
}
