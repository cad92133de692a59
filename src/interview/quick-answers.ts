/**
 * Quick answers: one button that answers a whole step for the common cases, so most people tap once
 * where the form would take several taps. Declared here as data (which answers, for whom); their words
 * are in content/zh-CN/questions.ts under the same ids.
 */
import type { Answers } from "../policy/answers";
import type { Draft } from "./draft";
import { isChildAnswer, isLocal } from "./who";

export type QuickId =
  | "city"
  | "hukou-same"
  | "medical-none"
  | "medical-resident-hukou"
  | "medical-staff-here"
  | "medical-resident-here"
  | "pension-none";

export interface QuickAnswer {
  id: QuickId;
  /** The step's answers this button gives (all of the step's own answers). */
  values: Partial<Answers>;
}

/**
 * The cities whose local rules src/policy/data/local/ holds (quick-answers.test.ts keeps this list equal
 * to the data), big ones first. Written out here so the wizard does not load the rules themselves.
 */
export const CITIES_WITH_LOCAL_RULES = [
  "110100", // 北京
  "310100", // 上海
  "440100", // 广州
  "440300", // 深圳
  "330100", // 杭州
  "320500", // 苏州
  "320100", // 南京
  "340100", // 合肥
  "410100", // 郑州
  "510100", // 成都
  "500100", // 重庆
  "420100", // 武汉
  "441900", // 东莞
  "120100", // 天津
  "610100", // 西安
  "320200", // 无锡
  "320400", // 常州
  "440400", // 珠海
  "350100", // 福州
  "370200", // 青岛
  "430100", // 长沙
  "450100", // 南宁
  "130100", // 石家庄
  "150100", // 呼和浩特
] as const;

const provinceOf = (city: string) => `${city.slice(0, 2)}0000`;

export const QUICK = {
  city: (): QuickAnswer[] => CITIES_WITH_LOCAL_RULES.map((city) => ({ id: "city", values: { city } })),

  hukou: (a: Draft): QuickAnswer[] =>
    a.city ? [{ id: "hukou-same", values: { hukouProvince: provinceOf(a.city), hukouCity: a.city } }] : [],

  /** Only while the list is empty: someone who has entries sees them. */
  medical: (a: Draft): QuickAnswer[] => {
    if ((a.medical ?? []).length > 0) return [];
    const out: QuickAnswer[] = [{ id: "medical-none", values: { medical: [] } }];
    if (a.hukouCity && !isLocal(a))
      out.push({
        id: "medical-resident-hukou",
        values: { medical: [{ scheme: "resident", city: a.hukouCity }] },
      });
    if (a.city && !isChildAnswer(a))
      out.push({ id: "medical-staff-here", values: { medical: [{ scheme: "staff", city: a.city }] } });
    if (a.city && isLocal(a))
      out.push({ id: "medical-resident-here", values: { medical: [{ scheme: "resident", city: a.city }] } });
    return out;
  },

  pension: (a: Draft): QuickAnswer[] =>
    (a.pension ?? []).length > 0 ? [] : [{ id: "pension-none", values: { pension: [] } }],
};
