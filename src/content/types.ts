import type { Params } from "../policy/types";

/** A text for a code: plain, or built from the conclusion's parameters. */
export type Text = string | ((p: Params) => string);

export type TextTable = Readonly<Record<string, Text>>;

export function render(text: Text | undefined, params: Params = {}): string | undefined {
  if (text === undefined) return undefined;
  return typeof text === "string" ? text : text(params);
}
