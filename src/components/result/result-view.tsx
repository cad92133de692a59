import type { ReactNode } from "react";
import { Link } from "react-router";
import { paths } from "../../interview/paths";
import { CHOICES, QUESTIONS } from "../../content/zh-CN/questions";
import { UI } from "../../content/zh-CN/ui";
import { pathFor, type StepId } from "../../interview/steps";
import { formatChineseDate } from "../../lib/dates";
import type { Advice } from "../../policy/advise";
import type { Answers } from "../../policy/answers";
import { findCity, findProvince } from "../../policy/data/regions";
import { AfterFirstPaint } from "../after-first-paint";
import { GlossaryScope } from "../glossary/glossary-scope";
import { onDemand } from "../on-demand";
import { PageHeading } from "../page-heading";
import { ReadAloud } from "../read-aloud/read-aloud";
import { resultSpeech } from "../read-aloud/result-speech";
import { ChannelsList } from "./channels-list";
import { Checklist } from "./checklist";
import { CitationContext, citationOrder } from "./citation-index";
import { ConclusionList } from "./conclusion-view";
import { ForgetAnswers } from "./forget-answers";
import { InjurySection } from "./injury-section";
import { OptionCard } from "./option-card";
import { PensionSection } from "./pension-section";
import { RecommendationCard } from "./recommendation";
import { LazyQrCode, ResultQr, qrModule } from "./result-qr";
import { Section } from "./section";
import { ShareBar } from "./share-bar";
import { TransferSection } from "./transfer-section";
import { TreatmentSection } from "./treatment-section";

/** The sources list sits at the bottom: its data (every title, 文号, issuer, note) loads after the first paint. */
const sourcesModule = onDemand(() => import("./sources-list"));

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
  answers: Answers;
  url: string;
  today: string;
  onChange: (step: StepId) => void;
  /** Shown under the “修改回答” list: the question asked before a link's answers replace the person's own. */
  changeQuestion?: ReactNode;
  /** Shown under the date of the advice: what the link held that could not be read. */
  linkNotice?: ReactNode;
  onRecompute: () => void;
}

export function ResultView({
  advice,
  answers,
  url,
  today,
  onChange,
  changeQuestion,
  linkNotice,
  onRecompute,
}: Props) {
  const order = citationOrder(advice);
  const city = findCity(answers.city);
  const hukou = `${findProvince(answers.hukouProvince)?.short ?? ""}${findCity(answers.hukouCity)?.short ?? ""}`;
  const { medical } = advice;
  const visibleOptions = medical.options.filter((o) => !o.sameAs);
  return (
    <CitationContext.Provider value={order}>
      {/* Keyed by the link: a new result marks its glossary words afresh. */}
      <GlossaryScope key={url}>
        <div className="space-y-8">
          <header className="space-y-2">
            <PageHeading focusKey="result">{UI.resultTitle}</PageHeading>
            <p>
              {UI.resultSummary(
                city?.short ?? "",
                hukou,
                CHOICES.work?.[answers.work]?.label ?? "",
                advice.place.age,
              )}
            </p>
            <p className="text-base text-gray-700">{UI.computedFor(formatChineseDate(advice.asOf))}</p>
            {linkNotice}
            {advice.asOf !== today && (
              <button type="button" className="btn-link print:hidden" onClick={onRecompute}>
                {UI.recomputeToday}
              </button>
            )}
            <ReadAloud label={UI.readResult} text={() => resultSpeech(advice)} />
            <div className="hidden text-sm print:flex print:items-start print:gap-4">
              <div className="flex-1">
                <p>{UI.printedOn(formatChineseDate(today))}</p>
                <p className="break-all">
                  {UI.linkLabel}：{url}
                </p>
                <p>{UI.qrPrintHint}</p>
              </div>
              <LazyQrCode url={url} className="block aspect-square w-[40mm] shrink-0" />
            </div>
          </header>

          <Section id="todo" title={UI.whatToDo}>
            <RecommendationCard advice={advice} />
            <ConclusionList items={advice.actions} className="list-disc space-y-2 pl-6 font-bold" />
          </Section>

          {advice.warnings.length > 0 && (
            <Section id="warnings" title={UI.warnings}>
              <ConclusionList
                items={advice.warnings}
                className="space-y-3 [&>li]:rounded [&>li]:border-2 [&>li]:border-amber-800 [&>li]:p-3"
              />
            </Section>
          )}

          {/* Everything below the first screen renders right after it (AfterFirstPaint). */}
          <AfterFirstPaint className="space-y-8">
            <TransferSection transfer={medical.transfer} continuity={medical.continuity} />

            {advice.treatment && <TreatmentSection treatment={advice.treatment} />}

            {advice.pension && <PensionSection pension={advice.pension} />}

            {advice.injury && <InjurySection injury={advice.injury} />}

            {advice.family.length > 0 && (
              <Section id="family" title="对全家有用的事">
                <ConclusionList items={advice.family} />
              </Section>
            )}

            <Section id="checklist" title={UI.checklist}>
              <Checklist materials={advice.materials} />
            </Section>

            <Section id="where" title={UI.whereToGo}>
              <ChannelsList channels={advice.channels} />
            </Section>

            {visibleOptions.length > 0 && (
              <Section id="options" title={UI.options} className="print:hidden">
                {visibleOptions.map((o) => (
                  <OptionCard key={o.code} option={o} recommended={o.code === medical.recommended.code} />
                ))}
              </Section>
            )}

            {advice.notices.length > 0 && (
              <Section id="unknown" title={UI.unknownLocally}>
                <ConclusionList items={advice.notices} />
                <p className="font-bold">{UI.askHotline}</p>
              </Section>
            )}

            <ShareBar url={url} />

            <ResultQr url={url} />

            <Section id="change" title={UI.changeAnswers} className="print:hidden">
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

            <Section id="sources" title={UI.sources} className="print:text-xs">
              <Sources order={order} />
            </Section>
          </AfterFirstPaint>
        </div>
      </GlossaryScope>
    </CitationContext.Provider>
  );
}
