/** Why an option is open or not here: national basis, the city's own rule, its conditions, the 居住证. */
import type { Code } from "../../../policy/codes";
import type { AccessTopic } from "../../../policy/codes/medical";
import type { TextsFor } from "../../types";
import { date, seenOn } from "./format";

const TOPIC: Record<AccessTopic, string> = {
  flexibleStaff: "外地户籍的灵活就业人员参加职工医保",
  residentAdult: "外地户籍的成年人凭居住证参加居民医保",
  residentChild: "外地户籍的孩子和学生在这里参加居民医保",
};

type OptionCodes = Extract<Code, `opt.${string}` | `city.${string}` | `permit.${string}` | `hint.${string}`>;

export const OPTION_TEXTS: TextsFor<OptionCodes> = {
  "opt.employee_must_join_staff": "和单位有稳定劳动关系的，应当由单位给你办职工医保，单位和个人一起交钱。",
  "opt.flexible_may_join_staff": "灵活就业的人可以自己交钱参加职工医保。",
  "opt.resident_at_hukou": "可以在户口所在地参加城乡居民医保。",
  "opt.resident_with_permit": "国家要求各地让持居住证的人在居住地参加基本医保。",
  "opt.child_where_they_live":
    "国家要求推动外地户籍的中小学生、学龄前儿童在常住地参加居民医保。孩子参保看的是父母的居住证。",
  "opt.elderly_with_children":
    "按国家规定，来投靠子女的老人可以在住的地方办居住证、参加当地基本医保；当地具体怎么办，见下面的当地规定。",
  "opt.local_resident": "户口在这里，可以在这里参加居民医保。",

  "city.not_found": (p) =>
    `我们没有找到${p.city}关于“${TOPIC[p.topic]}”的规定。按国家规定应当可以，但要向当地确认。`,
  "city.no_rule_for_date": (p) => `在这个日期，我们没有${p.city}关于“${TOPIC[p.topic]}”的规定。`,
  "city.open": (p) => `${p.city}允许${TOPIC[p.topic]}${seenOn(p.seen, p.from)}。`,
  "city.term_ended_national_requires": (p) =>
    `这份文件写明有效期到${date(p.until)}，之后是否延续没有核实；国家2025年的通知也要求放开灵活就业人员参保的户籍限制。`,
  "city.closed": (p) => `${p.city}的规定${seenOn(p.seen, p.from)}：不允许${TOPIC[p.topic]}。`,
  "city.conditional": (p) =>
    `${p.city}的规定${seenOn(p.seen, p.from)}：${TOPIC[p.topic]}，要符合下面的条件。`,
  "city.predates_national":
    "这条地方规定的资料早于国家2025年1月7日的通知。国家通知要求放开户籍限制，当地现在的做法没有确认。",

  "permit.one_of_proofs": "要交居住证等证明材料；没有居住证的，问问当地可以用什么证明代替。",
  "permit.receipt_accepted": (p) => `${p.city}认可居住证办理凭证：正在办居住证的，拿着凭证就可以先参保。`,
  "permit.receipt_unconfirmed": (p) =>
    `${p.city}是否认可居住证办理凭证，没有查到。拿到居住证后就可以参保；想先参保的，问当地医保经办机构。`,
  "permit.needed_first": (p) => `在${p.city}走这条路要有居住证：先办居住证，再参保。`,
  "permit.also_needed": (p) => `另外也要有${p.city}的居住证；但只有居住证还不够，要先确认上面的规定。`,

  "hint.beijing_spouse_of_local":
    "北京户籍人员的外地配偶，没有其他基本医保的，可以参加北京的居民医保（北京医保常见问题，未注明日期）。",
  "hint.shanghai_overseas_talent":
    "上海：持上海海外人才居住证的人，其配偶和18岁以下子女可以参加上海的居民医保（上海市政府网站，2024年9月5日）。",
};
