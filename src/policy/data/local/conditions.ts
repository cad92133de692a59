/**
 * What each local condition asks, as its source states it (facts.md §5.2 and Addendum B), written as
 * alternatives (any one will do) of requirements (all of them). The rules check the requirements the
 * answers can decide (rules/conditions.ts); the others stay "to check", shown as a condition the person
 * must meet and never as met.
 */
import type { ConditionId } from "../../codes/local";
import type { Schooling } from "../../answers";

/** Facts a condition turns on that the answers do not hold: the person must check them locally. */
export type ToCheck =
  | "listed_group"
  | "points"
  | "parent_staff_here"
  | "parent_staff_here_3_years"
  | "parent_insured_here_1_year"
  | "parent_local_or_staff_here"
  | "talent_permit"
  | "staff_24_months_here"
  | "income_and_residence"
  | "pension_here_first"
  | "preschool_age";

export type Requirement =
  | { kind: "age_below"; years: number }
  | { kind: "age_from"; years: number }
  /** Below an age that differs by sex (重庆: men under 60, women under 55). */
  | { kind: "age_below_by_sex"; male: number; female: number }
  /** Not yet at the statutory retirement age (深圳 "未达到法定退休年龄", 广东 "法定劳动年龄内"). */
  | { kind: "below_statutory_retirement" }
  | { kind: "schooling"; in: readonly Schooling[] }
  /** No cover running in another place (深圳 children: "未参加其他地区基本医疗保险"). */
  | { kind: "not_insured_elsewhere" }
  /** Insured in this city before (常州 "需既往曾参加过我市基本医疗保险"). */
  | { kind: "insured_here_before" }
  /** Holds the 居住证 here, or its receipt (天津 children not at school). */
  | { kind: "permit_or_receipt" }
  /** Holds the 居住证 here (the parents' for a child). */
  | { kind: "permit_holder" }
  /** Not in employment (东莞 "未就业人员"): not working or retired; a flexible worker cannot tell. */
  | { kind: "not_employed" }
  | { kind: "to_check"; what: ToCheck };

export interface ConditionDef {
  anyOf: readonly (readonly Requirement[])[];
  /**
   * A limit on non-local people (listed groups, points, a parent's insurance here, …): the national change of
   * 2025-01-07 told places to lift such limits, so an older one no longer certainly holds. An age limit that
   * applies to everyone is not one.
   */
  hukouLimit: boolean;
  /** The day this was last checked against facts.md. */
  checked: string;
}

const CHECKED = "2026-11-30";
const check = (what: ToCheck): Requirement => ({ kind: "to_check", what });

export const CONDITIONS: Readonly<Record<ConditionId, ConditionDef>> = {
  // 北京 FAQ 34: only listed groups of non-local adults (spouse of a 北京 户籍 holder, …).
  beijing_listed_groups: { anyOf: [[check("listed_group")]], hukouLimit: true, checked: CHECKED },
  // 北京 FAQ: listed groups of children (a parent with 北京 户籍, a 工作居住证 holder's child, …).
  beijing_child_listed_groups: { anyOf: [[check("listed_group")]], hukouLimit: true, checked: CHECKED },
  // 上海 实施细则: "持有《上海市居住证》积分达到标准分值人员的18周岁以下子女".
  shanghai_points: {
    anyOf: [[{ kind: "age_below", years: 18 }, check("points")]],
    hukouLimit: true,
    checked: CHECKED,
  },
  // 深圳 2025: "在本市居住但未在园在校且未参加其他地区基本医疗保险的非深户籍学龄前儿童（7周岁以下）".
  // Pupils and kindergarten children: the older rule (a parent insured in 深圳 ≥1 year; Addendum B §3, whether
  // it still holds under the new 办法 is UNVERIFIED) — shown as a condition to check, never as met.
  shenzhen_child_under_7: {
    anyOf: [
      [
        { kind: "age_below", years: 7 },
        { kind: "schooling", in: ["none"] },
        { kind: "not_insured_elsewhere" },
      ],
      [{ kind: "schooling", in: ["school", "kindergarten"] }, check("parent_insured_here_1_year")],
    ],
    hukouLimit: true,
    checked: CHECKED,
  },
  // 深圳 2022: "未达到法定退休年龄的，在深圳市灵活就业的非深圳户籍人员".
  shenzhen_flexible_below_retirement: {
    anyOf: [[{ kind: "below_statutory_retirement" }]],
    hukouLimit: false,
    checked: CHECKED,
  },
  // 粤医保规〔2022〕2号: "法定劳动年龄内的灵活就业人员".
  guangdong_working_age: {
    anyOf: [[{ kind: "age_from", years: 16 }, { kind: "below_statutory_retirement" }]],
    hukouLimit: false,
    checked: CHECKED,
  },
  // 广州 2022: a 广东省居住证 and 24 months of 广州 职工医保 in the last 3 years, or other listed conditions.
  guangzhou_staff_24_months: { anyOf: [[check("staff_24_months_here")]], hukouLimit: true, checked: CHECKED },
  // 杭州 2022: pupils if a parent is in 杭州 职工医保; pre-school children if a parent has ≥3 years.
  hangzhou_child_parent: {
    anyOf: [
      [{ kind: "schooling", in: ["school"] }, check("parent_staff_here")],
      [{ kind: "schooling", in: ["kindergarten", "none"] }, check("parent_staff_here_3_years")],
    ],
    hukouLimit: true,
    checked: CHECKED,
  },
  // 南京 2023: under-18 children of a parent with 南京 户籍 or in 南京 职工医保; or pupils with a 南京 学籍.
  nanjing_child_parent: {
    anyOf: [
      [{ kind: "age_below", years: 18 }, check("parent_local_or_staff_here")],
      [{ kind: "schooling", in: ["school"] }],
    ],
    hukouLimit: true,
    checked: CHECKED,
  },
  // 南京 2023: adults only as 南京人才居住证 holders and their spouses.
  nanjing_talent_permit: { anyOf: [[check("talent_permit")]], hukouLimit: true, checked: CHECKED },
  // 苏州 2022: children studying at 苏州市区 nurseries, kindergartens and schools; 0–7 not at school: 积分入医.
  suzhou_school_or_points: {
    anyOf: [
      [{ kind: "schooling", in: ["school", "kindergarten"] }],
      [{ kind: "age_below", years: 8 }, { kind: "schooling", in: ["none"] }, check("points")],
    ],
    hukouLimit: true,
    checked: CHECKED,
  },
  // 常州 2025: "需既往曾参加过我市基本医疗保险".
  changzhou_prior_enrolment: {
    anyOf: [[{ kind: "insured_here_before" }]],
    hukouLimit: true,
    checked: CHECKED,
  },
  // 东莞 2022: pupils, and under-6s with a 东莞 居住证, if a parent has been insured in 东莞 for ≥1 year.
  dongguan_parent_one_year: {
    anyOf: [
      [{ kind: "schooling", in: ["school"] }, check("parent_insured_here_1_year")],
      [{ kind: "age_below", years: 6 }, check("parent_insured_here_1_year")],
    ],
    hukouLimit: true,
    checked: CHECKED,
  },
  // 无锡 (seed 000, about 2016): lawful income and a fixed residence.
  wuxi_income_and_residence: { anyOf: [[check("income_and_residence")]], hukouLimit: true, checked: CHECKED },
  // 重庆: "年满16周岁以上，且男未年满60周岁、女未年满55周岁".
  chongqing_working_age: {
    anyOf: [
      [
        { kind: "age_from", years: 16 },
        { kind: "age_below_by_sex", male: 60, female: 55 },
      ],
    ],
    hukouLimit: false,
    checked: CHECKED,
  },
  // 长沙 2022: 居住证, and join 长沙 employee pension insurance first.
  changsha_pension_first: { anyOf: [[check("pension_here_first")]], hukouLimit: true, checked: CHECKED },
  // 天津 2022: all pupils at 天津 schools and kindergartens; others with a 居住证, 居住登记凭证 or 受理回执.
  tianjin_child_school_or_permit: {
    anyOf: [[{ kind: "schooling", in: ["school", "kindergarten"] }], [{ kind: "permit_or_receipt" }]],
    hukouLimit: true,
    checked: CHECKED,
  },
  // 杭州 2026年度: "在市区中小学校就读的学生，或父母一方持有市区核发的有效期内《浙江省居住证》…的学龄前儿童".
  // "学龄前" is given no age: a child in kindergarten is one; a child at home is asked to check.
  hangzhou_child_2026: {
    anyOf: [
      [{ kind: "schooling", in: ["school"] }],
      [{ kind: "schooling", in: ["kindergarten"] }, { kind: "permit_holder" }],
      [{ kind: "schooling", in: ["none"] }, { kind: "permit_holder" }, check("preschool_age")],
    ],
    hukouLimit: true,
    checked: CHECKED,
  },
  // 东莞 2024-08-30: "持有本市办理的在有效期内的居住证…的未就业人员".
  dongguan_not_employed: {
    anyOf: [[{ kind: "not_employed" }, { kind: "permit_holder" }]],
    hukouLimit: true,
    checked: CHECKED,
  },
};
