import type { ReactNode } from "react";
import { CHOICES } from "../../content/zh-CN/choices";
import { UI } from "../../content/zh-CN/ui";
import { formatChineseDate } from "../../lib/dates";
import type { Advice } from "../../policy/advise";
import type { Answers } from "../../policy/answers";
import { findCity, findProvince } from "../../policy/data/regions";
import type { MemberAdvice } from "../../policy/household";
import { GlossaryScope } from "../glossary/glossary-scope";
import { PageHeading } from "../page-heading";
import { ReadAloud } from "../read-aloud/read-aloud";
import { resultSpeech } from "../read-aloud/result-speech";
import { ResultCalendar } from "../reminders/result-calendar";
import { CitationContext } from "./citation-index";
import { memberName } from "./household-plan";
import { PersonFirstScreen } from "./person-first-screen";
import { LazyQrCode } from "./result-qr";
import type { ResultModel } from "./result-model";

export interface FrameProps {
  advice: Advice;
  members: readonly MemberAdvice[];
  answers: Answers;
  model: ResultModel;
  url: string;
  today: string;
  /** Shown under the date of the advice: what the link held that could not be read. */
  linkNotice?: ReactNode;
  onRecompute?: () => void;
  /** Everything below the first screen (the result page's sections; nothing yet when drawn before React). */
  children: ReactNode;
}

/**
 * The result page's frame and first screen: the heading, whom and which day the advice is for, then what
 * to do, in order, with its dates, and what to watch out for. It imports nothing the first screen does not
 * show, because src/first-screen.tsx draws it, from the share link, before React has arrived: the lighter
 * this module's imports, the sooner a shared result is on the screen (docs/performance.md).
 */
export function ResultFrame({
  advice,
  members,
  answers,
  model,
  url,
  today,
  linkNotice,
  onRecompute,
  children,
}: FrameProps) {
  const { plan, parts, materials, reminders, order } = model;
  const city = findCity(answers.city);
  const hukou = `${findProvince(answers.hukouProvince)?.short ?? ""}${findCity(answers.hukouCity)?.short ?? ""}`;
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
            {members.length > 0 && <p>{UI.householdSummary(members.map(memberName))}</p>}
            <p className="text-base text-gray-700">{UI.computedFor(formatChineseDate(advice.asOf))}</p>
            {linkNotice}
            {advice.asOf !== today && (
              <button type="button" className="btn-link print:hidden" onClick={onRecompute}>
                {UI.recomputeToday}
              </button>
            )}
            <ReadAloud label={UI.readResult} text={() => resultSpeech(plan, materials, parts)} />
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

          {members.length > 0 && (
            <h2 className="border-b-4 border-blue-800 pb-1 text-2xl font-bold">{UI.ownPart}</h2>
          )}
          <PersonFirstScreen plan={plan} calendar={<ResultCalendar deadlines={reminders} url={url} />} />

          {children}
        </div>
      </GlossaryScope>
    </CitationContext.Provider>
  );
}
