/** Small helpers the texts share: Chinese dates and amounts. */
import { formatChineseDate } from "../../../lib/dates";

/** "2026-06" → "2026年6月"; "2026-06-20" → "2026年6月20日"; "undated" or nothing → "未注明日期". */
export const date = (d: string | undefined) =>
  d === undefined || d === "undated" ? "未注明日期" : formatChineseDate(d);

/**
 * "（资料日期：2022年10月18日）": the date of the evidence, never a start date; "（2026年1月1日起）" only where
 * the source itself states the start; "（资料未注明日期）" when neither is known.
 */
export const seenOn = (seen: string | undefined, from?: string) =>
  seen ? `（资料日期：${date(seen)}）` : from ? `（${date(from)}起）` : "（资料未注明日期）";

export const yuan = (n: number) => `${Number.isInteger(n) ? n : n.toFixed(2)}元`;

export const list = (items: readonly string[]) => items.join("、");
