import { UI } from "../../content/zh-CN/ui";
import type { Continuity } from "../../policy/rules/continuity";
import type { TransferAdvice } from "../../policy/rules/transfer";
import { ConclusionList, ConclusionView } from "./conclusion-view";
import { Section } from "./section";

export function ContinuityView({ c }: { c: Continuity }) {
  return (
    <div className="space-y-1">
      <ConclusionList items={c.because} />
      {c.waitingDetail && (
        <p className="rounded border border-amber-800 bg-amber-50 p-3">
          <ConclusionView c={c.waitingDetail} />
        </p>
      )}
    </div>
  );
}

export function TransferSection({
  transfer,
  continuity,
}: {
  transfer?: TransferAdvice | undefined;
  continuity?: Continuity | undefined;
}) {
  const cont = transfer?.continuity ?? continuity;
  if (!transfer && !cont) return null;
  return (
    <Section id="transfer" title={UI.transfer}>
      {transfer && (
        <>
          <ConclusionList items={transfer.because} className="space-y-1 font-bold" />
          <ol className="list-decimal space-y-2 pl-7">
            {transfer.steps.map((s, i) => (
              <li key={`${s.code}-${i}`}>
                <ConclusionView c={s} />
              </li>
            ))}
          </ol>
          <ConclusionList items={transfer.outcomes} />
          <ConclusionList items={transfer.changes} className="list-none text-base text-gray-700" />
        </>
      )}
      {cont && <ContinuityView c={cont} />}
    </Section>
  );
}
