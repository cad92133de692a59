import { LinkIgnored } from "./link-ignored";
import { resultUrl } from "./result-url";
import { ResultFrame } from "./result-first-screen";
import { resultModel } from "./result-model";
import { renderStaticMarkup } from "../static-markup";
import { decodeShare } from "../../interview/share-codec";
import { adviseCore } from "../../policy/advise-core";
import { householdAdvice } from "../../policy/household";

/**
 * The HTML of a shared result's first screen for a link's fragment, as the result page renders it first
 * (ResultFrame with the same model and link reading, the sections below still to come), or undefined when
 * the link holds no result. src/first-screen.tsx draws it before React has arrived.
 */
export function firstScreenHtml(hash: string, today: string): string | undefined {
  const decoded = decodeShare(hash);
  if (decoded.status !== "ok") return undefined;
  const { answers, asOf, dropped = [] } = decoded;
  // Without the money section, which the first screen does not show (its rules stay out of this script).
  const { self: advice, members } = householdAdvice(answers, { asOf }, adviseCore);
  const url = resultUrl(answers, asOf);
  const model = resultModel(answers, advice, members);
  return renderStaticMarkup(
    <ResultFrame
      advice={advice}
      members={members}
      answers={answers}
      model={model}
      url={url}
      today={today}
      linkNotice={<LinkIgnored dropped={dropped} />}
    >
      {/* The sections below, still to come (the result page's AfterFirstPaint). */}
      <div className="space-y-3" aria-busy="true" />
    </ResultFrame>,
  );
}
