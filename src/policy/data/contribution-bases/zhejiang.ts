import type { PlaceBases } from "./types";

const SRC = { source: "zhejiang-2025-bases" };

/**
 * 浙江 (facts.md Addendum C §6): "我省2025年缴费基数上限按2024年加权平均工资的300%确定，为25299元/月…缴费基数
 * 下限按2023年加权平均工资8310元/月的60%确定，为4986元/月". 2024 加权平均工资 101,194 yuan a year (8,433 a
 * month). 2025 retirees are computed on the 2024 average, so the 计发基数 is 8,433 by derivation, not as a
 * published 计发基数.
 */
export const ZHEJIANG: PlaceBases = {
  code: "330000",
  limits: [
    {
      period: { year: 2025, from: "2025-01-01" },
      lowerYuan: 4986,
      upperYuan: 25299,
      averageYuan: 8433,
      cite: SRC,
    },
  ],
  pensionBase: [{ period: { year: 2025 }, yuan: 8433, derivedFrom: "101194÷12", cite: SRC }],
};
