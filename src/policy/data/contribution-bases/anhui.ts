import type { PlaceBases } from "./types";

/**
 * 安徽 (facts.md Addendum C §6): "我省2025年社会保险个人缴费基数上限为21556元/月，下限为4311元/月。执行时间为
 * 2025年1月1日至12月31日。" and "我省2025年退休人员基本养老金计发基数为7999元/月。" Also "灵活就业人员参加职工医保
 * （生育保险）统一以缴费基数下限为基数" (the rate is not in it).
 */
export const ANHUI: PlaceBases = {
  code: "340000",
  limits: [
    {
      period: { year: 2025, from: "2025-01-01", until: "2026-01-01" },
      lowerYuan: 4311,
      upperYuan: 21556,
      cite: { source: "anhui-2025-bases", clause: "一" },
    },
  ],
  pensionBase: [{ period: { year: 2025 }, yuan: 7999, cite: { source: "anhui-2025-pension-base" } }],
  flexibleMedicalBase: [
    {
      period: { year: 2025, from: "2025-01-01", until: "2026-01-01" },
      yuan: 4311,
      cite: { source: "anhui-2025-bases", clause: "二" },
    },
  ],
};
