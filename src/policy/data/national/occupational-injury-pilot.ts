import type { Dated } from "../../types";

/** Where the 新就业形态人员职业伤害保障 pilot runs, and for which platforms (facts.md §8). */
export interface InjuryPilot {
  /** Province short names, as data/regions.ts gives them. */
  provinces: readonly string[];
  platforms: readonly string[];
}

const FIRST_PROVINCES = ["北京", "上海", "江苏", "广东", "海南", "重庆", "四川"];
const FIRST_PLATFORMS = ["曹操出行", "美团", "饿了么", "达达", "闪送", "货拉拉", "快狗打车"];

export const OCCUPATIONAL_INJURY_PILOT: readonly Dated<InjuryPilot>[] = [
  {
    from: "2022-07-01",
    until: "2025-07-01",
    value: { provinces: FIRST_PROVINCES, platforms: FIRST_PLATFORMS },
    cite: { source: "occupational-injury-pilot-2021", clause: "首批试点省份和平台" },
    checked: "2026-11-30",
  },
  {
    from: "2025-07-01",
    value: {
      provinces: [
        ...FIRST_PROVINCES,
        "天津",
        "河北",
        "辽宁",
        "浙江",
        "安徽",
        "福建",
        "山东",
        "湖北",
        "广西",
        "宁夏",
      ],
      platforms: [...FIRST_PLATFORMS, "滴滴出行", "顺丰同城", "滴滴货运", "满帮省省"],
    },
    cite: { source: "rsbf-2025-24", clause: "扩大试点省份和平台" },
    checked: "2026-11-30",
  },
];

/**
 * The plan to cover every province in 2026 (人社部发〔2025〕24号). Whether it happened is UNVERIFIED: the
 * engine names the plan and never reads it as cover.
 */
export const NATIONWIDE_PLAN = {
  year: 2026,
  cite: { source: "rsbf-2025-24", clause: "2026年扩大到全国（是否已实施未核实）" },
  checked: "2026-11-30",
} as const;
