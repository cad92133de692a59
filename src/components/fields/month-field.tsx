import type { UseFormRegister } from "react-hook-form";
import { FIELD_LABELS } from "../../content/zh-CN/questions";
import type { FormValues } from "../../interview/form-values";
import { FieldError, errorId } from "./field-error";

/**
 * A year and month, where only the month matters. `type="month"` opens the phone's month picker; a
 * browser without one shows a text box, which takes 2019-01, 2019-1, 2019.1, 2019年1月 or 201901
 * (normaliseMonth in interview/form-values.ts).
 */
export function MonthInput({
  path,
  label,
  message,
  register,
}: {
  /** Full path of the field, e.g. "medical.0.from". */
  path: string;
  label: string;
  message: string | undefined;
  register: UseFormRegister<FormValues>;
}) {
  return (
    <div className="space-y-1">
      <label htmlFor={`field-${path}`} className="block font-bold">
        {label}
      </label>
      <FieldError name={path} message={message} />
      <input
        id={`field-${path}`}
        type="month"
        min="1950-01"
        max="2100-12"
        placeholder={FIELD_LABELS.monthExample}
        autoComplete="off"
        className="min-h-12 rounded-lg border-2 border-gray-500 bg-white p-2"
        aria-invalid={!!message || undefined}
        aria-describedby={message ? errorId(path) : undefined}
        {...register(path)}
      />
    </div>
  );
}
