import { useState } from "react";
import { Link, useLocation } from "react-router";
import { useDraftStore } from "../state/draft-context";
import { useForgetAnswers } from "../state/use-forget-answers";
import { renderingLikePrerender } from "../state/hydration";
import { paths } from "../interview/paths";
import { UI } from "../content/zh-CN/ui";
import { FramedRefusal } from "../components/framed-refusal";
import { PageHeading } from "../components/page-heading";

export function StartPage() {
  const { hasAnswers } = useDraftStore();
  const { forget, framed } = useForgetAnswers();
  // Set when the answers were deleted on the result page or in another tab, which then come here.
  const location = useLocation() as { state?: { forgotten?: boolean } | null };
  const [forgottenHere, setForgotten] = useState(false);
  // (Not when hydrating the prerendered page: a reload keeps the history state, the prerender has none.)
  const forgotten = forgottenHere || (!renderingLikePrerender() && location.state?.forgotten === true);
  const hasDraft = hasAnswers();
  return (
    <div className="space-y-5">
      <PageHeading>{UI.tagline}</PageHeading>
      <p>
        回答几个问题，告诉你：在现在住的城市能参加哪种医保、建议选哪种、要带什么材料、换城市时医保怎么转、养老保险将来在哪里领。
      </p>
      <ul className="list-disc space-y-1 pl-6">
        <li>不用注册，大约 10 个问题，很多点一下就能回答。</li>
        <li>每条建议都写明依据的政策文件。</li>
        <li>结果可以打印，也可以把链接发给家人。</li>
      </ul>
      <div className="flex flex-col gap-3">
        <Link to={paths.step("city")} className="btn-primary">
          {hasDraft ? UI.startAgain : UI.start}
        </Link>
        {hasDraft && (
          <Link to={paths.result()} className="btn-secondary">
            {UI.continueDraft}
          </Link>
        )}
      </div>
      {hasDraft && (
        <button type="button" className="btn-link" onClick={() => setForgotten(forget())}>
          {UI.forget}
        </button>
      )}
      <FramedRefusal show={framed} />
      {forgotten && (
        <p role="status" className="rounded border border-green-700 bg-green-50 p-3">
          {UI.forgotten}
        </p>
      )}
    </div>
  );
}
