/** A form value or parameter as text: strings and numbers as they are, anything else as "". */
export function asText(value: unknown): string {
  return typeof value === "string" ? value : typeof value === "number" ? String(value) : "";
}
