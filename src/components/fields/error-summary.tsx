import type { FieldErrors } from "react-hook-form";
import { UI } from "../../content/zh-CN/ui";
import type { FormValues } from "../../interview/form-values";
import { InPageLink } from "../in-page-link";

function flatten(errors: unknown, prefix = ""): { path: string; message: string }[] {
  if (!errors || typeof errors !== "object") return [];
  const out: { path: string; message: string }[] = [];
  for (const [key, value] of Object.entries(errors)) {
    if (key === "ref" || key === "type" || key === "types") continue;
    const path = prefix ? `${prefix}.${key}` : key;
    if (key === "message" && typeof value === "string") out.push({ path: prefix, message: value });
    else if (key === "root" && value && typeof value === "object" && "message" in value) {
      out.push({ path: prefix, message: String((value as { message: unknown }).message) });
    } else out.push(...flatten(value, path));
  }
  return out;
}

/** The GOV.UK pattern: a box at the top listing every problem, each linking to its field. */
export function ErrorSummary({ errors }: { errors: FieldErrors<FormValues> }) {
  const items = flatten(errors);
  if (items.length === 0) return null;
  return (
    <div role="alert" className="rounded-lg border-4 border-red-800 p-4" tabIndex={-1}>
      <p className="font-bold">{UI.fixErrors}</p>
      <ul className="mt-2 list-disc pl-6">
        {items.map((item) => (
          <li key={item.path}>
            <InPageLink to={`field-${item.path}`}>{item.message}</InPageLink>
          </li>
        ))}
      </ul>
    </div>
  );
}
