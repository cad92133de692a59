import { Link, useNavigate } from "react-router";
import { useReplaceAnswers } from "../../state/use-replace-answers";
import { paths } from "../../interview/paths";
import { linkIgnored } from "../../content/zh-CN/link-notices";
import { QUESTIONS } from "../../content/zh-CN/questions";
import { UI } from "../../content/zh-CN/ui";
import type { DecodeResult } from "../../interview/share-codec";
import { STEPS, firstIncomplete, stepComplete, STEP_IDS } from "../../interview/steps";
import { PageHeading } from "../page-heading";
import { ReplaceQuestion } from "./replace-question";

/** A broken, tampered or too-new link: say so in Chinese, show what could be read, offer a way on. */
export function LinkError({
  result,
}: {
  result: Exclude<DecodeResult, { status: "ok" } | { status: "empty" }>;
}) {
  const replacing = useReplaceAnswers();
  const navigate = useNavigate();
  if (result.status === "newer") {
    return (
      <div className="space-y-4">
        <PageHeading focusKey="newer">{UI.linkNewerTitle}</PageHeading>
        <p>{UI.linkNewerBody}</p>
        <Link to={paths.start()} className="btn-primary">
          {UI.startAgain}
        </Link>
      </div>
    );
  }
  const recovered = result.recovered;
  const answeredSteps = STEP_IDS.filter((id) => stepComplete(STEPS[id], recovered));
  return (
    <div className="space-y-4">
      <PageHeading focusKey="broken">{UI.linkBrokenTitle}</PageHeading>
      <p>{UI.linkBrokenBody}</p>
      {result.dropped.length > 0 && <p>{linkIgnored(result.dropped)}</p>}
      {answeredSteps.length > 0 && (
        <>
          <p>{UI.linkRecovered}</p>
          <ul className="list-disc pl-6">
            {answeredSteps.map((id) => (
              <li key={id}>{QUESTIONS[id].title}</li>
            ))}
          </ul>
          <button
            type="button"
            className="btn-primary"
            onClick={() =>
              replacing.request(recovered, () => {
                const next = firstIncomplete(recovered);
                void navigate(next === "result" ? paths.result() : paths.step(next));
              })
            }
          >
            {UI.useRecovered}
          </button>
          <ReplaceQuestion replacing={replacing} />
        </>
      )}
      <Link to={paths.start()} className="btn-secondary">
        {UI.startAgain}
      </Link>
    </div>
  );
}
