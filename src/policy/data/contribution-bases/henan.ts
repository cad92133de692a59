import type { PlaceBases } from "./types";

/**
 * 河南 (facts.md Addendum C §6): "自2025年7月1日起，全省…统一以6385元/月作为个人缴费基数核定基准…缴费基数下限
 * 确定为3831元/月…上限为19155元/月". Limits before 2025-07-01 and the 2025 计发基数 were not found.
 */
export const HENAN: PlaceBases = {
  code: "410000",
  limits: [
    {
      period: { year: 2025, from: "2025-07-01" },
      lowerYuan: 3831,
      upperYuan: 19155,
      averageYuan: 6385,
      cite: { source: "henan-2025-bases" },
    },
  ],
  pensionBase: [],
};
