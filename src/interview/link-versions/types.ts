/**
 * One released format of the share link. Each version that was ever released stays readable for good:
 * people keep forwarded links in chats for years.
 */
import type { Answers } from "../../policy/answers";

/** The key=value pairs of a link's fragment, first occurrence of each key only. */
export type LinkParams = ReadonlyMap<string, string>;

export interface LinkFormat {
  version: number;
  /**
   * This version's raw params → the *current* answers' shape and the date of the advice. Nothing is
   * validated here: the codec passes the result through the answers schema before anything uses it.
   * For the current version this is a plain reading (its migration is the identity); for an older
   * one it reads the old keys and maps the old values onto today's answers.
   */
  read: (params: LinkParams) => { answers: Record<string, unknown>; asOf: string | undefined };
  /**
   * Which answer each of this version's keys fills (`sx` → `sex`). A key that is in a link but whose
   * answer `read` left undefined held a value this version cannot read: the codec reports it as dropped,
   * never losing it silently.
   */
  fields: Readonly<Record<string, keyof Answers>>;
}

/** The format links are written in today: it can also write them. */
export interface CurrentLinkFormat extends LinkFormat {
  write: (answers: Answers, asOf: string) => string;
}
