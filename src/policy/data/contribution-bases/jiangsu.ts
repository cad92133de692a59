import type { PlaceBases } from "./types";

/**
 * 江苏 (facts.md Addendum C §6): "2025年1月1日至12月31日，全省职工基本养老保险缴费工资基数上限标准按24762元执行，
 * 下限标准按4952元执行。" 计发基数 8,917 for 2025 (one secondary page). No 2026 figures found.
 */
export const JIANGSU: PlaceBases = {
  code: "320000",
  limits: [
    {
      period: { year: 2025, from: "2025-01-01", until: "2026-01-01" },
      lowerYuan: 4952,
      upperYuan: 24762,
      cite: { source: "jiangsu-2025-bases" },
    },
  ],
  pensionBase: [{ period: { year: 2025 }, yuan: 8917, cite: { source: "jiangsu-2025-pension-base" } }],
};
