/** What each local condition asks (data/local/conditions.ts), and what the answers say of it. */
import type { Code } from "../../../policy/codes";
import type { TextsFor } from "../../types";

type ConditionCodes = Extract<Code, `condition.${string}`>;

export const CONDITION_TEXTS: TextsFor<ConditionCodes> = {
  "condition.met": "按你的回答，符合这个条件。",
  "condition.not_met": "按你的回答，不符合这个条件。",
  "condition.to_check": "你的回答看不出是否符合：请对照条件，向当地医保经办机构或12393问清楚。",

  "condition.beijing_listed_groups":
    "条件：只限几类外地户籍人员，比如北京户籍人员的外地配偶、人才工程专家的配偶、在北京办了港澳台居民居住证的人；一般的居住证持有人不在其中。",
  "condition.beijing_child_listed_groups":
    "条件：只限几类孩子，比如父母一方是北京户籍、父母持《北京市工作居住证》（不是普通居住证）的随往子女等。",
  "condition.shanghai_points": "条件：父母持《上海市居住证》并且积分达到标准分值，18岁以下的子女才可以参保。",
  "condition.shenzhen_child_under_7":
    "条件（2025年9月1日起）：7岁以下、没上幼儿园和学校、没在别的地方参保的孩子，父母一方持深圳经济特区居住证。上学的孩子，以前的规定要父母一方在深圳参保满1年，现在是否仍然如此没有核实。",
  "condition.shenzhen_flexible_below_retirement": "条件：没到法定退休年龄。",
  "condition.guangdong_working_age": "条件：在法定劳动年龄内（16岁以上、没到法定退休年龄）。",
  "condition.guangzhou_staff_24_months":
    "条件（2022年的资料）：持广东省居住证，并且近3年在广州参加职工医保满24个月，或者符合其他列明的条件。",
  "condition.hangzhou_child_parent":
    "条件（2022年的资料）：在杭州上学的孩子，父母一方参加杭州职工医保；学龄前儿童，父母一方在杭州参加职工医保满3年。",
  "condition.hangzhou_child_2026":
    "条件（2026年度）：在杭州市区中小学上学的孩子；或者学龄前儿童，父母一方持市区发的、在有效期内的《浙江省居住证》。",
  "condition.nanjing_child_parent":
    "条件：父母一方是南京户籍或参加南京职工医保的18岁以下子女；或者在南京中小学有学籍的学生。",
  "condition.nanjing_talent_permit": "条件：只限持南京人才居住证的人和他们的配偶等。",
  "condition.suzhou_school_or_points":
    "条件（2022年的资料）：在苏州市区托儿所、幼儿园、学校上学的孩子；没上学的0—7岁孩子，要通过积分入医。",
  "condition.changzhou_prior_enrolment": "条件：以前在常州参加过基本医保。",
  "condition.dongguan_parent_one_year":
    "条件（2022年的资料）：父母一方在东莞连续参保满1年；孩子在东莞上学，或者是持东莞居住证的6岁以下孩子。",
  "condition.dongguan_not_employed": "条件（2024年的资料）：持东莞办的、在有效期内的居住证，并且没有就业。",
  "condition.wuxi_income_and_residence": "条件（约2016年的资料）：有合法收入、有固定住所。",
  "condition.chongqing_working_age": "条件：16岁以上，男的不满60岁、女的不满55岁。",
  "condition.changsha_pension_first": "条件（2022年的资料）：先办居住证，并且先参加长沙的职工养老保险。",
  "condition.tianjin_child_school_or_permit":
    "条件（2022年的资料）：在天津上学、上幼儿园的孩子都可以；没上学的孩子，要有天津居住证、居住登记凭证或居住证受理回执。",
};
