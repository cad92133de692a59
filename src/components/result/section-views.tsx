import { UI } from "../../content/zh-CN/ui";
import { ClaimPlaceBars } from "../pictures/claim-place-bars";
import { InsuranceTimeline } from "../pictures/insurance-timeline";
import { RetirementBar } from "../pictures/retirement-bar";
import { ChannelsList } from "./channels-list";
import { ConclusionList, ConclusionView } from "./conclusion-view";
import { OptionCard } from "./option-card";
import type { PlanSection } from "./plan";

type Of<K extends PlanSection["kind"]> = Extract<PlanSection, { kind: K }>;

const aside = "list-none space-y-1 text-base text-gray-700";

export function TransferView({ s }: { s: Of<"transfer"> }) {
  return (
    <>
      <ConclusionList items={s.items} />
      {s.waiting && (
        <div className="rounded border border-amber-800 bg-amber-50 p-3">
          <ConclusionView c={s.waiting} />
        </div>
      )}
      <ConclusionList items={s.changes} className={aside} />
    </>
  );
}

export function CareView({ s }: { s: Of<"care"> }) {
  return (
    <>
      <ConclusionList items={s.items} />
      <ConclusionList items={s.changes} className={aside} />
    </>
  );
}

export function OptionsView({ s }: { s: Of<"options"> }) {
  return (
    <>
      {s.notice && (
        <div className="rounded border-2 border-gray-700 p-3">
          <ConclusionView c={s.notice} />
        </div>
      )}
      {s.options.map((o) => (
        <OptionCard key={o.code} option={o} recommended={o.code === s.recommended} />
      ))}
    </>
  );
}

export function PensionView({ s }: { s: Of<"pension"> }) {
  return (
    <>
      {s.claimPicture && <ClaimPlaceBars {...s.claimPicture} />}
      <ConclusionList items={s.claim} />
      {s.retirementPicture && <RetirementBar {...s.retirementPicture} />}
      <ConclusionList items={s.retirement} />
      <ConclusionList items={s.other} />
    </>
  );
}

export function InjuryView({ s }: { s: Of<"injury"> }) {
  return (
    <>
      {s.finding && (
        <div>
          <ConclusionView c={s.finding} />
        </div>
      )}
      {s.steps.length > 0 && (
        <ol className="list-decimal space-y-1 pl-7">
          {s.steps.map((c, i) => (
            <li key={`${c.code}-${i}`}>
              <ConclusionView c={c} />
            </li>
          ))}
        </ol>
      )}
    </>
  );
}

export function ListView({ s }: { s: Of<"list"> }) {
  return (
    <>
      <ConclusionList items={s.items} />
      {s.hotline && <p className="font-bold">{UI.askHotline}</p>}
    </>
  );
}

export const TimelineView = ({ s }: { s: Of<"timeline"> }) => <InsuranceTimeline {...s.picture} />;
export const ChannelsView = ({ s }: { s: Of<"channels"> }) => <ChannelsList channels={s.channels} />;
