/**
 * Answers in progress: any subset of the answers, each field kept only if it is valid on its own.
 * Used for what is stored on the device and for what a damaged share link still yields.
 */
import * as z from "zod/mini";
import { AnswersObject, type Answers } from "../policy/answers";

export type Draft = Partial<Answers>;
export type AnswerKey = keyof Answers;

const SHAPE = AnswersObject.def.shape;

/** Keeps the fields of `input` that pass their own schema; drops everything else (unknown keys, bad values). */
export function sanitizeDraft(input: unknown): { draft: Draft; dropped: AnswerKey[] } {
  const draft: Record<string, unknown> = {};
  const dropped: AnswerKey[] = [];
  if (!input || typeof input !== "object" || Array.isArray(input)) return { draft: {}, dropped };
  for (const key of Object.keys(SHAPE) as AnswerKey[]) {
    if (!Object.prototype.hasOwnProperty.call(input, key)) continue;
    const value = (input as Record<string, unknown>)[key];
    if (value === undefined) continue;
    const parsed = z.safeParse(SHAPE[key], value);
    if (parsed.success) draft[key] = parsed.data;
    else dropped.push(key);
  }
  return { draft: draft, dropped };
}
