import type { PlaceBases } from "./types";

/**
 * 四川 (facts.md Addendum C §6), 川人社办发〔2025〕39号 as reported: "2025年度全省三项社会保险缴费基数上限为
 * 22938元/月，下限为4588元/月"; 上年度全省城镇全部单位就业人员平均工资 7,646 a month. The 2025 计发基数 was not
 * found (a 2024 figure exists only on a secondary page; not coded).
 */
export const SICHUAN: PlaceBases = {
  code: "510000",
  limits: [
    {
      period: { year: 2025 },
      lowerYuan: 4588,
      upperYuan: 22938,
      averageYuan: 7646,
      cite: { source: "sichuan-2025-39" },
    },
  ],
  pensionBase: [],
};
