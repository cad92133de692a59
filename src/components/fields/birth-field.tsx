import { Controller } from "react-hook-form";
import { todayInChina } from "../../lib/dates";
import { FIELD_LABELS } from "../../content/zh-CN/questions";
import { FieldError, errorId } from "./field-error";
import { messageAt, type FieldProps } from "./types";
import { asText } from "../../lib/as-text";

const thisYear = Number(todayInChina().slice(0, 4));
const YEARS = Array.from({ length: thisYear - 1919 }, (_, i) => String(thisYear - i));
const MONTHS = Array.from({ length: 12 }, (_, i) => String(i + 1).padStart(2, "0"));

/** Birth month as two selects (year, month) that together make "YYYY-MM". */
export function BirthField({ name, control, errors }: FieldProps) {
  const message = messageAt(errors, name);
  const describedBy = message ? errorId(name) : undefined;
  return (
    <fieldset id={`field-${name}`} className="space-y-2">
      <legend className="mb-2 font-bold">出生年月</legend>
      <FieldError name={name} message={message} />
      <Controller
        name={name}
        control={control}
        render={({ field }) => {
          const [year = "", month = ""] = asText(field.value).split("-");
          const set = (y: string, m: string) => field.onChange(y && m ? `${y}-${m}` : y ? `${y}-` : "");
          return (
            <div className="flex gap-3">
              <label className="flex items-center gap-2">
                <select
                  ref={field.ref}
                  aria-label="出生年份"
                  className="min-h-12 rounded-lg border-2 border-gray-500 bg-white p-2"
                  value={year}
                  aria-invalid={!!message || undefined}
                  aria-describedby={describedBy}
                  onChange={(e) => set(e.target.value, month)}
                >
                  <option value="">选择</option>
                  {YEARS.map((y) => (
                    <option key={y} value={y}>
                      {y}
                    </option>
                  ))}
                </select>
                {FIELD_LABELS.year}
              </label>
              <label className="flex items-center gap-2">
                <select
                  aria-label="出生月份"
                  className="min-h-12 rounded-lg border-2 border-gray-500 bg-white p-2"
                  value={month}
                  aria-invalid={!!message || undefined}
                  aria-describedby={describedBy}
                  onChange={(e) => set(year, e.target.value)}
                >
                  <option value="">选择</option>
                  {MONTHS.map((m) => (
                    <option key={m} value={m}>
                      {Number(m)}
                    </option>
                  ))}
                </select>
                {FIELD_LABELS.month}
              </label>
            </div>
          );
        }}
      />
    </fieldset>
  );
}
