import type { LocalPolicy } from "./types";

const news = { source: "wuhan-flex-news" };

/**
 * 武汉 (docs/research/city-costs.md): a news report with no year shown gives the rate (4.8% of the base the
 * province sets every year) and the 大额 7 yuan a month, and a 6-month wait for first-time flexible workers.
 * The base itself was not found, so the person types it.
 */
export const WUHAN: LocalPolicy = {
  code: "420100",
  checked: "2026-11-30",
  flexibleCost: [
    {
      ratePercent: 4.8,
      extraMonthlyYuan: 7,
      dataYear: "undated",
      cite: { ...news, clause: "以全省每年统一确定的社会保险缴费基数的4.8%确定缴费标准" },
    },
  ],
  flexibleWaitingMonths: {
    value: 6,
    seen: "undated",
    cite: { ...news, clause: "连续缴纳职工基本医疗保险费满6个月后，从第7个月开始按规定享受" },
  },
};
