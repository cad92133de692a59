import { FIELD_LABELS } from "../../content/zh-CN/questions";
import { FieldError, errorId } from "./field-error";
import { messageAt, type FieldProps } from "./types";

export function DateField({
  name,
  register,
  errors,
  label = FIELD_LABELS.plannedStart,
}: FieldProps & { label?: string }) {
  const message = messageAt(errors, name);
  return (
    <div className="space-y-1">
      <label htmlFor={`field-${name}`} className="block font-bold">
        {label}
      </label>
      <FieldError name={name} message={message} />
      <input
        id={`field-${name}`}
        type="date"
        min="1950-01-01"
        max="2100-12-31"
        className="min-h-12 rounded-lg border-2 border-gray-500 bg-white p-2"
        aria-invalid={!!message || undefined}
        aria-describedby={message ? errorId(name) : undefined}
        {...register(name)}
      />
    </div>
  );
}
