/** Small helpers the texts share: Chinese dates and amounts. */
import { formatChineseDate } from "../../../lib/dates";

/** "2026-06" → "2026年6月"; "2026-06-20" → "2026年6月20日"; "undated" or nothing → "未注明日期". */
export const date = (d: string | undefined) =>
  d === undefined || d === "undated" ? "未注明日期" : formatChineseDate(d);

/** "（资料日期：2022年10月18日）": the date of the evidence, never a start date. */
export const seenOn = (d: string | undefined) => `（资料日期：${date(d)}）`;

export const yuan = (n: number) => `${Number.isInteger(n) ? n : n.toFixed(2)}元`;

export const list = (items: readonly string[]) => items.join("、");
