import { OPTION_NAMES } from "../../content/zh-CN/labels";
import { UI } from "../../content/zh-CN/ui";
import type { PersonPlan } from "./plan";
import { ConclusionList } from "./conclusion-view";

export function RecommendationCard({ rec }: { rec: PersonPlan["recommendation"] }) {
  const name = OPTION_NAMES[rec.code]?.name ?? rec.code;
  const better = rec.better && OPTION_NAMES[rec.better as keyof typeof OPTION_NAMES]?.name;
  return (
    <div className="card space-y-2 border-4 border-blue-800 bg-blue-50 print:bg-white">
      <p className="text-base font-bold text-blue-900">{UI.recommended}</p>
      <p className="text-xl font-bold">
        {rec.keepCurrent && rec.code !== "keep_current" ? UI.alreadyJoined(name) : name}
      </p>
      <ConclusionList items={rec.because} />
      {better && <p className="text-base">{UI.betterIfConfirmed(better)}</p>}
    </div>
  );
}
