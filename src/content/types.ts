import type { Code, CodeParams } from "../policy/codes";

/** A text for a code: plain, or built from the conclusion's parameters (typed by the code). */
export type Text<C extends Code> = string | ((p: CodeParams[C]) => string);

/** Texts for a set of codes: one for each, and each reads only the parameters its code carries. */
export type TextsFor<C extends Code> = { readonly [K in C]: Text<K> };
