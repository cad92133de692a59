import { OPTION_NAMES, STATUS_LABELS } from "../../content/zh-CN/labels";
import { UI } from "../../content/zh-CN/ui";
import type { OptionAdvice } from "../../policy/advise";
import { ConclusionList } from "./conclusion-view";
import { MaterialsInline } from "./checklist";

const STATUS_STYLE: Record<string, string> = {
  open: "border-green-800 bg-green-50 text-green-900",
  after_step: "border-amber-800 bg-amber-50 text-amber-900",
  conditional: "border-amber-800 bg-amber-50 text-amber-900",
  unconfirmed: "border-gray-700 bg-gray-100 text-gray-900",
  closed: "border-red-800 bg-red-50 text-red-900",
};

/** One option: its status, and only what the page has not said elsewhere (plan.ts leaves the rest out). */
export function OptionCard({ option, recommended }: { option: OptionAdvice; recommended: boolean }) {
  const name = OPTION_NAMES[option.code]?.name ?? option.code;
  return (
    <article className={`card space-y-3 ${recommended ? "border-4 border-blue-800" : ""}`} aria-label={name}>
      <header className="flex flex-wrap items-center gap-2">
        <h3 className="text-lg font-bold">{name}</h3>
        <span className={`rounded border px-2 text-base ${STATUS_STYLE[option.status] ?? ""}`}>
          <span className="sr-only">{UI.statusLabel}：</span>
          {STATUS_LABELS[option.status]}
        </span>
        {recommended && (
          <span className="rounded bg-blue-800 px-2 text-base text-white">{UI.recommendedBadge}</span>
        )}
        {option.current && (
          <span className="rounded border border-gray-700 px-2 text-base">{UI.currentBadge}</span>
        )}
      </header>
      {option.because.length > 0 && (
        <div>
          <h4 className="font-bold">{UI.why}</h4>
          <ConclusionList items={option.because} />
        </div>
      )}
      {option.costs.length > 0 && (
        <div>
          <h4 className="font-bold">{UI.cost}</h4>
          <ConclusionList items={option.costs} />
        </div>
      )}
      {option.status !== "closed" && option.materials.length > 0 && (
        <div>
          <h4 className="font-bold">{UI.materialsForOption}</h4>
          <MaterialsInline materials={option.materials} />
        </div>
      )}
    </article>
  );
}
