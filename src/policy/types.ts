import type { Code, CodeParams } from "./codes";

/**
 * The vocabulary shared by policy data and rules. Plain data, no behaviour: every rule returns
 * conclusions that name their code (a stable token the UI turns into words) and cite their sources.
 */

/** How far a source can be trusted, as ../shared/policy/facts.md grades it. */
export type Grade = "official" | "mirror" | "news" | "secondary" | "seed" | "unverified";

export interface Supersession {
  /** The newer source. */
  by: string;
  /** The day the newer rule started (YYYY-MM-DD, or YYYY-MM when only the month is known). */
  on: string;
  /** What part was superseded, in plain Chinese for the sources list. */
  scope: string;
}

export interface Source {
  id: string;
  /** The document's title, with its 《》. */
  title: string;
  /** 文号. Absent when the document has none or it was not found; see docNoStatus. */
  docNo?: string;
  docNoStatus?: "none" | "not_found";
  issuer: string;
  /** Issue date: YYYY-MM-DD, or YYYY-MM / YYYY when only that much is known. */
  issued?: string;
  /** The day it took effect, when a source states it. */
  effective?: string;
  /** The last day it is valid, for documents with a stated term. */
  validUntil?: string;
  grade: Grade;
  /** The seed file it comes from, e.g. "seed 003". */
  seed?: string;
  /** Where it was read (a mirror where that is all there is). */
  url?: string;
  supersededBy?: Supersession[];
  /** Caveats shown with the source (unverified dates, mirrors, outdated parts). */
  note?: string;
}

export interface Citation {
  source: string;
  /** The clause: 第六条（二）, 一、, … */
  clause?: string;
}

/**
 * One conclusion of the engine: a stable code (codes/index.ts), the parameters that code carries, and
 * the sources behind it. `because` holds the reasons that led to it, each a conclusion with its own
 * citations. The type is a union over every code, so the parameters always fit the code.
 */
export type Conclusion<C extends Code = Code> = C extends Code
  ? {
      code: C;
      cites: readonly Citation[];
      because?: readonly Conclusion[];
      // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- "every parameter optional"
    } & ({} extends CodeParams[C] ? { params?: CodeParams[C] } : { params: CodeParams[C] })
  : never;

/** A value that holds from one date (inclusive) until another (exclusive), with its source. */
export interface Dated<T> {
  from: string;
  until?: string;
  value: T;
  cite: Citation;
  /** The day this value was last checked against its source (YYYY-MM-DD). */
  checked: string;
}
