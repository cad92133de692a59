import type { UseFormRegister } from "react-hook-form";
import type { FormValues } from "../../interview/form-values";
import { FieldError, errorId } from "./field-error";

/** The attributes that tie an input to its error message (announced with it, marked invalid). */
function errorAttributes(path: string, message: string | undefined) {
  return {
    "aria-invalid": !!message || undefined,
    "aria-describedby": message ? errorId(path) : undefined,
  };
}

interface RowInputProps {
  /** Full path of the field, e.g. "medical.0.scheme". */
  path: string;
  label: string;
  message: string | undefined;
  register: UseFormRegister<FormValues>;
}

/** One answer chosen by large radio buttons side by side, inside one row of a list (scheme, 居住证…). */
export function RowChoice({
  path,
  label,
  message,
  register,
  choices,
}: RowInputProps & { choices: readonly { value: string; label: string }[] }) {
  return (
    <div>
      <span className="mb-1 block font-bold">{label}</span>
      <FieldError name={path} message={message} />
      <div id={`field-${path}`} className="flex flex-wrap gap-2" role="radiogroup" aria-label={label}>
        {choices.map((c) => (
          <label
            key={c.value}
            className="flex min-h-12 items-center gap-2 rounded-lg border-2 border-gray-400 px-3 has-checked:border-blue-800 has-checked:bg-blue-50"
          >
            <input
              type="radio"
              value={c.value}
              {...errorAttributes(path, message)}
              {...register(path)}
              className="size-6 accent-blue-800"
            />
            {c.label}
          </label>
        ))}
      </div>
    </div>
  );
}
