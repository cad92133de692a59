import type { ReactNode } from "react";
import { Link } from "react-router";
import { paths } from "../../interview/paths";
import { QUESTIONS } from "../../content/zh-CN/questions";
import { UI } from "../../content/zh-CN/ui";
import { pathFor, type StepId } from "../../interview/steps";
import type { Advice } from "../../policy/advise";
import type { Answers, Figures } from "../../policy/answers";
import type { MemberAdvice } from "../../policy/household";
import { AfterFirstPaint } from "../after-first-paint";
import { Checklist } from "./checklist";
import { ForgetAnswers } from "./forget-answers";
import { MemberResults } from "./household-results";
import { personSections } from "./person-result";
import { ResultFrame } from "./result-first-screen";
import { resultModel } from "./result-model";
import { ResultQr, qrModule } from "./result-qr";
import { Section } from "./section";
import { ShareBar } from "./share-bar";
import { sourcesModule } from "./sources-module";

/**
 * What the printed sheet needs besides the advice starts loading with this module (the result page's
 * own chunk), in parallel with the first render: printing at once then finds it, and AfterFirstPaint
 * and the QR code render it for the sheet. Neither is part of the start page's first load.
 */
void sourcesModule.load();
void qrModule.load();

function Sources({ order }: { order: Map<string, number> }) {
  const sources = sourcesModule.useModule();
  return sources ? (
    <sources.SourcesList order={order} />
  ) : (
    <p className="text-gray-700">{UI.loadingSources}</p>
  );
}

interface Props {
  advice: Advice;
  /** The family members' own advice (adviseHousehold), on the same day as the person's. */
  members?: readonly MemberAdvice[];
  answers: Answers;
  url: string;
  today: string;
  onChange: (step: StepId) => void;
  /** Shown under the “修改回答” list: the question asked before a link's answers replace the person's own. */
  changeQuestion?: ReactNode;
  /** Shown under the date of the advice: what the link held that could not be read. */
  linkNotice?: ReactNode;
  onRecompute: () => void;
  /** Recomputes the result with the person's own figures (through the link). */
  onFigures?: (figures: Figures | undefined) => void;
  /** A section to show open: the one the person was working in before the result was recomputed. */
  openSection?: string | undefined;
}

/**
 * The result page: the first screen says what to do, in order, with its dates, and what to watch out for;
 * everything else is a section that opens in place (all open on paper); the sources come last. What lies
 * below the first screen renders just after it, one part per frame (AfterFirstPaint, docs/performance.md).
 */
export function ResultView({
  advice,
  members = [],
  answers,
  url,
  today,
  onChange,
  changeQuestion,
  linkNotice,
  onRecompute,
  onFigures,
  openSection,
}: Props) {
  const model = resultModel(answers, advice, members);
  const { plan, parts, materials, order } = model;
  return (
    <ResultFrame
      advice={advice}
      members={members}
      answers={answers}
      model={model}
      url={url}
      today={today}
      linkNotice={linkNotice}
      onRecompute={onRecompute}
    >
      {/* Everything below the first screen renders right after it (AfterFirstPaint), one part per frame. */}
      <AfterFirstPaint className="space-y-3">
        {personSections(plan, { figures: answers.figures, onFigures, open: openSection })}

        {parts.length > 0 && <MemberResults parts={parts} />}

        {materials.length > 0 && (
          <Section id="checklist" title={UI.checklist} collapsible>
            <Checklist materials={materials} />
          </Section>
        )}

        <Section id="change" title={UI.changeAnswers} className="print:hidden" collapsible>
          <ul className="space-y-1">
            {pathFor(answers).map((id) => (
              <li key={id}>
                <button type="button" className="btn-link" onClick={() => onChange(id)}>
                  {QUESTIONS[id].title}
                </button>
              </li>
            ))}
          </ul>
          {changeQuestion}
          <Link to={paths.start()} className="btn-link">
            {UI.startAgain}
          </Link>
          <ForgetAnswers />
        </Section>

        <div className="pt-5">
          <ShareBar url={url} />
        </div>

        <ResultQr url={url} />

        <Section id="sources" title={UI.sources} className="pt-5 print:text-xs">
          <Sources order={order} />
        </Section>
      </AfterFirstPaint>
    </ResultFrame>
  );
}
