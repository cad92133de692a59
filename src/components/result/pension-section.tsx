import type { PensionAdvice } from "../../policy/rules/pension/advice";
import { ConclusionList, ConclusionView } from "./conclusion-view";
import { Section } from "./section";

/** Where the pension will be claimed, what a move does to it, when one can retire and how many years are needed. */
export function PensionSection({ pension }: { pension: PensionAdvice }) {
  const { claim, claimWouldMove, move, linkage, retirementConclusion, minimumYears, flexibleRetirement } =
    pension;
  return (
    <Section id="pension" title="养老保险">
      {pension.retired && <ConclusionView c={pension.retired} />}
      {claim && (
        <div className="card space-y-1">
          <h3 className="font-bold">将来在哪里领养老金</h3>
          <ConclusionView c={claim.conclusion} />
          {pension.claimAfterTransfer && (
            <p>
              <ConclusionView c={pension.claimAfterTransfer.conclusion} />
            </p>
          )}
          {claimWouldMove && (
            <p>
              <ConclusionView c={claimWouldMove} />
            </p>
          )}
        </div>
      )}
      {move && (
        <div className="card space-y-2">
          <h3 className="font-bold">这次换地方，养老保险怎么办</h3>
          <ConclusionView c={move.conclusion} />
          {move.steps.length > 0 && (
            <ol className="list-decimal space-y-1 pl-7">
              {move.steps.map((s, i) => (
                <li key={`${s.code}-${i}`}>
                  <ConclusionView c={s} />
                </li>
              ))}
            </ol>
          )}
        </div>
      )}
      {(retirementConclusion || minimumYears) && (
        <div className="card space-y-1">
          <h3 className="font-bold">什么时候退休，要交满几年</h3>
          <ConclusionList
            items={[retirementConclusion, minimumYears?.conclusion, flexibleRetirement].filter(
              (c) => c !== undefined,
            )}
          />
        </div>
      )}
      {linkage && (
        <div className="card space-y-1">
          <h3 className="font-bold">职工养老和城乡居民养老怎么合并</h3>
          <ConclusionView c={linkage.conclusion} />
        </div>
      )}
    </Section>
  );
}
