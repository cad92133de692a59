import type { ReactNode } from "react";
import { MONEY_UI } from "../../content/zh-CN/figures";
import type { Figures } from "../../policy/answers";
import type { Conclusion } from "../../policy/types";
import { ConclusionList } from "./conclusion-view";
import { FiguresForm } from "./figures-form";
import type { MoneyParts } from "./plan";

function Part({
  title,
  items,
  children,
}: {
  title: string;
  items: readonly Conclusion[];
  children?: ReactNode;
}) {
  if (items.length === 0 && !children) return null;
  return (
    <div className="space-y-2">
      <h3 className="text-lg font-bold">{title}</h3>
      <ConclusionList items={items} />
      {children}
    </div>
  );
}

/**
 * 要交多少钱、能领多少: 居民医保 and 职工医保 (灵活就业) a year side by side (stacked on a phone), the flexible
 * worker's pension a month, the pension estimate with its formula and assumptions, 断缴/补缴/退保 — and the
 * form for the person's own figures, which recomputes the result.
 */
export function MoneyView({
  money,
  figures,
  onFigures,
}: {
  money: MoneyParts;
  figures?: Figures | undefined;
  onFigures?: ((figures: Figures | undefined) => void) | undefined;
}) {
  const { gaps } = money;
  const hasGaps = gaps.stop.length + gaps.payBack.length + gaps.cashOut.length + gaps.short.length > 0;
  return (
    <div className="space-y-5">
      {(money.residentYear.length > 0 || money.staffYear.length > 0) && (
        <div className="space-y-2">
          <h3 className="text-lg font-bold">{MONEY_UI.medicalYear}</h3>
          <div className="grid gap-3 sm:grid-cols-2">
            {money.residentYear.length > 0 && (
              <div className="card space-y-1">
                <h4 className="font-bold">{MONEY_UI.residentColumn}</h4>
                <ConclusionList items={money.residentYear} />
              </div>
            )}
            {money.staffYear.length > 0 && (
              <div className="card space-y-1">
                <h4 className="font-bold">{MONEY_UI.staffColumn}</h4>
                <ConclusionList items={money.staffYear} />
              </div>
            )}
          </div>
        </div>
      )}
      <Part title={MONEY_UI.flexiblePension} items={money.flexiblePension} />
      <Part title={MONEY_UI.estimate} items={money.estimate} />
      {hasGaps && (
        <div className="space-y-2">
          <h3 className="text-lg font-bold">{MONEY_UI.gaps}</h3>
          {(
            [
              [MONEY_UI.gapsStop, gaps.stop],
              [MONEY_UI.gapsPayBack, gaps.payBack],
              [MONEY_UI.gapsCashOut, gaps.cashOut],
              [MONEY_UI.gapsShort, gaps.short],
            ] as const
          )
            .filter(([, items]) => items.length > 0)
            .map(([title, items]) => (
              <div key={title}>
                <h4 className="font-bold">{title}</h4>
                <ConclusionList items={items} />
              </div>
            ))}
        </div>
      )}
      {onFigures && <FiguresForm asks={money.asks} figures={figures} onSubmit={onFigures} />}
    </div>
  );
}
