import { CHOICES, FIELD_LABELS } from "../../content/zh-CN/questions";

/**
 * A question with one answer, asked as big buttons: tapping one answers the step and goes on (one tap,
 * and nothing happens on its own: the tap is the submit, WCAG 3.2.2). The current answer is marked, in
 * the button's text too, so screen readers say it. The question is the fieldset's legend.
 */
export function ChoiceButtons({
  name,
  options,
  legend,
  current,
  onChoose,
}: {
  name: string;
  options: readonly string[];
  legend: string;
  current: string;
  onChoose: (value: string) => void;
}) {
  const texts = CHOICES[name] ?? {};
  return (
    <fieldset id={`field-${name}`} className="space-y-3">
      <legend className="sr-only">{legend}</legend>
      {options.map((value) => {
        const chosen = value === current;
        return (
          <button
            key={value}
            type="button"
            className={`flex min-h-12 w-full items-start gap-3 rounded-lg border-2 p-3 text-left hover:bg-blue-50 ${
              chosen ? "border-blue-800 bg-blue-50" : "border-gray-500 bg-white"
            }`}
            onClick={() => onChoose(value)}
          >
            <span className="grow">
              <span className="block font-bold text-blue-900">{texts[value]?.label ?? value}</span>
              {texts[value]?.hint && (
                <span className="block text-base text-gray-700">{texts[value]?.hint}</span>
              )}
            </span>
            {chosen && (
              <span className="shrink-0 rounded bg-blue-800 px-2 py-0.5 text-base font-bold text-white">
                <span aria-hidden="true">✓ </span>
                {FIELD_LABELS.currentAnswer}
              </span>
            )}
          </button>
        );
      })}
    </fieldset>
  );
}
