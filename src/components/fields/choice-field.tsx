import { CHOICES } from "../../content/zh-CN/questions";
import { FieldError, errorId } from "./field-error";
import { messageAt, type FieldProps } from "./types";

/** A question answered by picking one option: big radio buttons with a short hint each. */
export function ChoiceField({
  name,
  options,
  legend,
  choiceKey = name,
  register,
  errors,
  legendIsQuestion = false,
}: FieldProps & {
  options: readonly string[];
  legend: string;
  choiceKey?: string;
  legendIsQuestion?: boolean;
}) {
  const message = messageAt(errors, name);
  const describedBy = message ? errorId(name) : undefined;
  const texts = CHOICES[choiceKey] ?? {};
  return (
    <fieldset id={`field-${name}`} className="space-y-2">
      {/* The question itself (the page's heading says it): for screen readers, not shown twice. */}
      <legend className={legendIsQuestion ? "sr-only" : "mb-2 font-bold"}>{legend}</legend>
      <FieldError name={name} message={message} />
      {options.map((value) => (
        <label
          key={value}
          className="flex min-h-12 cursor-pointer items-start gap-3 rounded-lg border-2 border-gray-400 p-3 has-checked:border-blue-800 has-checked:bg-blue-50"
        >
          <input
            type="radio"
            value={value}
            aria-invalid={!!message || undefined}
            aria-describedby={describedBy}
            {...register(name)}
            className="mt-1 size-6 shrink-0 accent-blue-800"
          />
          <span>
            <span className="block font-bold">{texts[value]?.label ?? value}</span>
            {texts[value]?.hint && (
              <span className="block text-base text-gray-700">{texts[value]?.hint}</span>
            )}
          </span>
        </label>
      ))}
    </fieldset>
  );
}
