import { OPTION_NAMES } from "../../content/zh-CN/labels";
import { UI } from "../../content/zh-CN/ui";
import type { Advice } from "../../policy/advise";
import { ConclusionList } from "./conclusion-view";

export function RecommendationCard({ advice }: { advice: Advice }) {
  const rec = advice.medical.recommended;
  const name = OPTION_NAMES[rec.code]?.name ?? rec.code;
  return (
    <div className="card space-y-2 border-4 border-blue-800 bg-blue-50 print:bg-white">
      <p className="text-base font-bold text-blue-900">{UI.recommended}</p>
      <p className="text-xl font-bold">
        {rec.keepCurrent && rec.code !== "keep_current" ? UI.alreadyJoined(name) : name}
      </p>
      <ConclusionList items={rec.because} />
      {rec.better && (
        <p className="text-base">{UI.betterIfConfirmed(OPTION_NAMES[rec.better.code]?.name ?? "")}</p>
      )}
    </div>
  );
}
