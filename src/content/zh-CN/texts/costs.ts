/** What each option costs and gives, as far as the sources go. */
import type { Code } from "../../../policy/codes";
import type { PremiumAmount } from "../../../policy/codes/medical";
import type { TextsFor } from "../../types";

const GROUP: Record<PremiumAmount["group"], string> = {
  all: "每人",
  adult: "成年居民",
  elderly: "老年居民",
  child: "学生儿童",
  student: "大学生",
  working_age: "劳动年龄居民",
  age_70_plus: "70岁以上",
  age_60_69: "60—69岁",
  age_19_59: "19—59岁",
  tier1: "一档",
  tier2: "二档",
  tier_low: "低档",
  tier_high: "高档",
  ordinary: "普通居民",
  other: "其他居民",
  in_school: "在校学生",
  college_vocational: "全日制大中专学生",
};
const amounts = (list: readonly PremiumAmount[]) =>
  list.map((a) => `${GROUP[a.group]}${a.yuan}元`).join("，");
/** "2023年的数字", or where the source shows no year "资料未注明年份". */
const ofYear = (dataYear: string) => (dataYear === "undated" ? "资料未注明年份" : `${dataYear}年的数字`);
const extras = (p: { extraMonthly?: number; extraYearly?: number }) =>
  `${p.extraMonthly ? ` + 每月${p.extraMonthly}元` : ""}${p.extraYearly ? `，另每年交${p.extraYearly}元` : ""}`;

type CostCodes = Extract<Code, `cost.${string}` | `account.${string}`>;

export const COST_TEXTS: TextsFor<CostCodes> = {
  "cost.resident_national_min": (p) =>
    `${p.year}年度居民医保：全国个人缴费标准${p.yuan}元/人（国家另补助至少${p.subsidy}元）。各地标准可能更高，以当地公布为准。`,
  "cost.resident_unknown": (p) => `${p.year}年度居民医保个人缴费：我们还没有找到国家标准，以当地公布为准。`,
  "cost.resident_local": (p) => `${p.city}${p.year}年度个人缴费：${amounts(p.amounts)}。`,
  "cost.resident_local_older": (p) =>
    `${p.city}${p.year}年${p.yearKind === "coverage" ? "度的个人缴费" : "的个人缴费标准"}：${amounts(p.amounts)}（较旧的数字，今年以当地公布为准）。`,
  "cost.flexible_yearly": (p) =>
    `${p.city}${p.tier ?? ""}${p.monthly !== undefined ? `每月${p.monthly}元，` : ""}每年约${p.yearly}元（${ofYear(p.dataYear)}，以当地公布为准）。`,
  "cost.flexible_estimate": (p) =>
    `估算：按${p.baseIs === "employee_lower" ? "职工医保" : ""}最低缴费基数${p.minBase}元 × ${p.rate}%${p.extraPercent ? ` + ${p.extraPercent}%` : ""}${extras(p)}，每月约${p.monthly}元（${ofYear(p.dataYear)}${p.tier ? `，${p.tier}` : ""}）。${p.baseIs === "employee_lower" ? "资料没写明灵活就业人员也按这个基数交。" : ""}这是估算，以当地公布为准。`,
  "cost.flexible_formula": (p) =>
    `${p.city}的算法：${p.minBasePercent ? `缴费基数为${p.wageOf === "city" ? "全市" : "全省"}平均工资的${p.minBasePercent}%起，` : ""}${p.rate ? `费率${p.rate}%` : ""}${extras(p)}（${p.dataYear === "undated" ? "资料未注明年份" : `${p.dataYear}年的资料`}）。我们没有找到缴费基数的具体金额，每月多少钱以当地公布为准。`,
  "cost.flexible_unknown": (p) =>
    `灵活就业人员参加职工医保由自己交钱；${p.city}的缴费基数和费率我们没有找到，以当地公布为准。`,
  "cost.employer_shared": "单位和个人一起交，个人部分从工资里扣。",

  "account.staff_has":
    "职工医保一般有个人账户，换城市时个人账户的钱跟着转；有的地方、有的档次没有个人账户（比如只交统筹的档次）。",
  "account.family_sharing":
    "职工医保个人账户的钱可以给近亲属用，比如给家人交居民医保（各省做法不同；家人在外省的能不能用，没有核实）。",
  "account.resident_none": "居民医保没有个人账户。",
};
