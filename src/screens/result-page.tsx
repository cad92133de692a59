import "../interview/zod-messages";
import { useMemo } from "react";
import { Link, Navigate, useLocation, useNavigate } from "react-router";
import { useDraft } from "../state/use-draft";
import { useReplaceAnswers } from "../state/use-replace-answers";
import { paths } from "../interview/paths";
import { PageHeading } from "../components/page-heading";
import { useTodayInChina } from "../components/use-today-in-china";
import { LinkError } from "../components/result/link-error";
import { AddAsMember } from "../components/result/add-as-member";
import { LinkIgnored } from "../components/result/link-ignored";
import { openResult } from "../components/result/open-result";
import { ReplaceQuestion } from "../components/result/replace-question";
import { ResultView } from "../components/result/result-view";
import { UI } from "../content/zh-CN/ui";
import { decodeShare, encodeShare } from "../interview/share-codec";
import { completeAnswers } from "../interview/steps";

export function ResultPage() {
  const location = useLocation();
  const navigate = useNavigate();
  const { draft } = useDraft();
  const replacing = useReplaceAnswers();
  const today = useTodayInChina();
  const decoded = useMemo(() => decodeShare(location.hash), [location.hash]);

  if (decoded.status === "empty") {
    const done = completeAnswers(draft);
    if (done.ok) return <Navigate replace to={paths.result(encodeShare(done.answers, today))} />;
    return (
      <div className="space-y-4">
        <PageHeading focusKey="missing">{UI.missingAnswers}</PageHeading>
        <Link to={done.next === "result" ? paths.start() : paths.step(done.next)} className="btn-primary">
          {UI.goAnswer}
        </Link>
      </div>
    );
  }
  if (decoded.status !== "ok") return <LinkError result={decoded} />;

  const { answers, asOf, dropped = [] } = decoded;
  const { advice, members, url } = openResult(answers, asOf);
  return (
    <ResultView
      advice={advice}
      members={members}
      answers={answers}
      url={url}
      today={today}
      onChange={(step) =>
        replacing.request(answers, () => void navigate(paths.step(step, { back: "result" })))
      }
      changeQuestion={
        <ReplaceQuestion
          replacing={replacing}
          moreChoices={
            <AddAsMember
              replacing={replacing}
              mine={draft}
              asOf={today}
              // Their own result, worked out again from their answers with the new member.
              onAdded={() => void navigate(paths.result())}
            />
          }
        />
      }
      linkNotice={<LinkIgnored dropped={dropped} />}
      onRecompute={() => void navigate(paths.result(encodeShare(answers, today)), { replace: true })}
      onFigures={(figures) => {
        // The person's own figures travel in the link like every answer: the result is recomputed from it.
        const next = { ...answers, figures };
        if (!figures) delete next.figures;
        void navigate(paths.result(encodeShare(next, asOf)), { replace: true, state: { open: "money" } });
      }}
      openSection={(location.state as { open?: string } | null)?.open}
    />
  );
}
