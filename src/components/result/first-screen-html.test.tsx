// @vitest-environment jsdom
import fc from "fast-check";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { decodeShare, encodeShare } from "../../interview/share-codec";
import { damagedLink, validAnswersOnDate } from "../../interview/link-arbitraries";
import { sampleAnswers } from "../../policy/testing";
import { firstScreenHtml } from "./first-screen-html";
import { LinkIgnored } from "./link-ignored";
import { openResult } from "./open-result";
import { ResultView } from "./result-view";

/**
 * What src/first-screen.tsx draws before React is what the result page renders first, character for
 * character: the page as react-dom/server renders it (ResultView, its sections still to come), for the
 * sample people, for generated links (families, histories, figures, old days) and for damaged ones.
 */
function pageHtml(hash: string, today: string): string | undefined {
  const decoded = decodeShare(hash);
  if (decoded.status !== "ok") return undefined;
  const { answers, asOf, dropped = [] } = decoded;
  const { advice, members, url } = openResult(answers, asOf);
  return renderToStaticMarkup(
    <ResultView
      advice={advice}
      members={members}
      answers={answers}
      url={url}
      today={today}
      onChange={() => undefined}
      linkNotice={<LinkIgnored dropped={dropped} />}
      onRecompute={() => undefined}
    />,
  );
}

const TODAY = "2026-11-30";

describe("the first screen drawn before React", () => {
  it("is the result page's first render, for every sample person", () => {
    for (const { answers, asOf } of sampleAnswers()) {
      const hash = `#${encodeShare(answers, asOf)}`;
      const drawn = firstScreenHtml(hash, TODAY);
      expect(drawn).toBeDefined();
      expect(drawn).toBe(pageHtml(hash, TODAY));
    }
  });

  it("is the result page's first render, for generated links", () => {
    fc.assert(
      fc.property(validAnswersOnDate, ([answers, asOf]) => {
        const hash = `#${encodeShare(answers, asOf)}`;
        expect(firstScreenHtml(hash, TODAY)).toBe(pageHtml(hash, TODAY));
      }),
      { numRuns: 150, seed: 20261130 },
    );
  });

  it("for a damaged link: the same page when it still opens, nothing drawn when it does not", () => {
    fc.assert(
      fc.property(damagedLink, ({ link }) => {
        expect(firstScreenHtml(`#${link}`, TODAY)).toBe(pageHtml(`#${link}`, TODAY));
      }),
      { numRuns: 150, seed: 20261130 },
    );
    expect(firstScreenHtml("", TODAY)).toBeUndefined();
    expect(firstScreenHtml("#v=2&c=nonsense", TODAY)).toBeUndefined();
  });

  it("says what to do in it: the heading, the recommendation and the numbered sources", () => {
    const sample = sampleAnswers()[0];
    if (!sample) throw new Error("no sample person");
    const html = firstScreenHtml(`#${encodeShare(sample.answers, sample.asOf)}`, TODAY) ?? "";
    expect(html).toContain("你的医保建议");
    expect(html).toMatch(/class="cite-button"/);
    expect(html).toMatch(/aria-busy="true"><\/div><\/div>$/);
  });
});
