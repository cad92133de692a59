import { FIELD_LABELS, QUICK_LABELS } from "../../content/zh-CN/questions";
import type { Draft } from "../../interview/draft";
import type { QuickAnswer } from "../../interview/quick-answers";
import { sameValue } from "../../interview/same-answers";

/** Whether the answers already hold exactly what this quick answer gives. */
function isCurrent(q: QuickAnswer, draft: Draft): boolean {
  return Object.entries(q.values).every(([k, v]) => sameValue(draft[k as keyof Draft], v));
}

/**
 * Buttons that each answer the whole step and go on (steps.ts `quick`). Cities are short names in a
 * grid under a legend; the other quick answers are full-width sentences.
 */
export function QuickAnswerButtons({
  answers,
  draft,
  onChoose,
}: {
  answers: readonly QuickAnswer[];
  draft: Draft;
  onChoose: (q: QuickAnswer) => void;
}) {
  if (answers.length === 0) return null;
  const cities = answers.every((q) => q.id === "city");
  const buttons = answers.map((q) => {
    const current = isCurrent(q, draft);
    return (
      <button
        key={`${q.id}-${JSON.stringify(q.values)}`}
        type="button"
        className={`min-h-12 rounded-lg border-2 px-3 py-2 font-bold text-blue-900 hover:bg-blue-50 ${
          current ? "border-blue-800 bg-blue-50" : "border-blue-800 bg-white"
        } ${cities ? "text-center" : "w-full text-left"}`}
        onClick={() => onChoose(q)}
      >
        {QUICK_LABELS[q.id](q, draft)}
        {current && cities && (
          <>
            <span aria-hidden="true"> ✓</span>
            <span className="sr-only">（{FIELD_LABELS.currentAnswer}）</span>
          </>
        )}
        {current && !cities && (
          <span className="ml-2 inline-block rounded bg-blue-800 px-2 py-0.5 text-base text-white">
            <span aria-hidden="true">✓ </span>
            {FIELD_LABELS.currentAnswer}
          </span>
        )}
      </button>
    );
  });
  if (!cities) return <div className="space-y-3">{buttons}</div>;
  return (
    <fieldset>
      <legend className="mb-2 font-bold">{FIELD_LABELS.quickCities}</legend>
      <div className="grid grid-cols-[repeat(auto-fill,minmax(5rem,1fr))] gap-2">{buttons}</div>
    </fieldset>
  );
}
