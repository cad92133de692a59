/** Texts for the medical-insurance conclusions of src/policy/rules (keyed by conclusion code). */
import { formatChineseDate } from "../../lib/dates";
import type { TextTable } from "../types";
import { asText } from "../../lib/as-text";

const TOPIC: Record<string, string> = {
  flexibleStaff: "外地户籍灵活就业人员参加职工医保",
  residentAdult: "外地户籍人员凭居住证参加居民医保",
  residentChild: "外地户籍的孩子和学生在这里参加居民医保",
};
const topic = (t: unknown) => TOPIC[String(t)] ?? "";
const date = (d: unknown) =>
  d === "undated" || d === undefined ? "未注明日期" : formatChineseDate(asText(d));

const GROUP: Record<string, string> = {
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
};
const amounts = (s: unknown) =>
  String(s)
    .split(",")
    .map((pair) => {
      const [g = "", y = ""] = pair.split(":");
      return `${GROUP[g] ?? g}${y}元`;
    })
    .join("，");

export const MEDICAL_TEXTS: TextTable = {
  "opt.employee_must_join_staff": "和单位有稳定劳动关系的，应当由单位给你办职工医保，单位和个人一起交钱。",
  "opt.flexible_may_join_staff": "灵活就业的人可以自己交钱参加职工医保。",
  "opt.resident_at_hukou": "可以在户口所在地参加城乡居民医保。",
  "opt.resident_with_permit": "国家要求各地让持居住证的人在居住地参加居民医保。",
  "opt.child_where_they_live":
    "国家要求大城市让外地户籍的中小学生、学龄前儿童在常住地参加居民医保。给孩子填时，居住证指父母的居住证。",
  "opt.elderly_with_children": "投靠子女的老人，可以在居住地办居住证，参加当地的基本医保。",
  "condition.shenzhen_child_under_7":
    "深圳（2025年9月1日起）：7岁以下、没上幼儿园和学校、没在别处参保的孩子，父母一方持深圳经济特区居住证的可以参保。上学的孩子按以前的规定，要父母一方在深圳参保满1年（是否仍然如此未核实）。",
  "condition.shanghai_points": "上海：父母持《上海市居住证》且积分达到标准分值的，18岁以下子女可以参保。",
  "condition.nanjing_child_parent":
    "南京：父母一方是南京户籍或参加南京职工医保的，18岁以下子女可以参保；在南京中小学有学籍的学生也可以。",
  "condition.hangzhou_child_parent":
    "杭州（2022年资料）：在杭州上学的，父母一方参加杭州职工医保；学龄前儿童，父母一方在杭州参加职工医保满3年。",
  "condition.suzhou_school_or_points":
    "苏州（2022年资料）：在苏州市区托儿所、幼儿园、学校上学的孩子可以参保；没上学的0—7岁孩子要通过积分入医。",
  "condition.dongguan_parent_one_year":
    "东莞（2022年资料）：父母一方在东莞连续参保满1年，在东莞上学的孩子、持东莞居住证的6岁以下孩子可以参保。",
  "condition.beijing_child_listed_groups":
    "北京：只限几类孩子，比如父母一方是北京户籍、父母持《北京市工作居住证》（不是普通居住证）等。",
  "family.local_years_matter":
    "在一个城市连续交社保的年数，不只关系到看病：孩子在当地上学、中考高考，办居住证、积分落户，很多地方都要看当地社保年限。能在工作的城市参保，对全家都有好处。",
  "family.child_points_quota":
    "有的城市外地孩子参加居民医保名额有限，按父母的积分排队（比如苏州的积分入医）。",
  "family.children_account_pays": "子女如果有职工医保，个人账户的钱可以给你交居民医保（各省做法不同）。",
  "opt.local_resident": "户口在这里，可以在这里参加居民医保。",

  "city.not_found": (p) =>
    `我们没有找到${p.city}关于“${topic(p.topic)}”的规定。按国家规定应当可以，但要向当地确认。`,
  "city.no_rule_for_date": (p) => `在这个日期，我们没有${p.city}关于“${topic(p.topic)}”的规定。`,
  "city.open": (p) =>
    `${p.city}允许${topic(p.topic)}${p.since ? `（${formatChineseDate(String(p.since))}起）` : ""}。`,
  "city.term_ended_national_requires": (p) =>
    `这份文件的有效期到${formatChineseDate(String(p.until))}，之后是否延续没有核实；国家2025年的通知也要求放开户籍限制。`,
  "city.closed": (p) => `${p.city}以前的规定（${date(p.seen)}的资料）：不允许${topic(p.topic)}。`,
  "city.conditional": (p) =>
    `${p.city}的规定（${date(p.seen)}的资料）：只有符合条件的人才能${topic(p.topic).replace("外地户籍人员", "")}。`,
  "city.predates_national": (p) =>
    `这条地方规定的资料早于国家${formatChineseDate(String(p.on))}的通知。国家通知要求放开户籍限制，${"当地现在的做法没有确认"}。`,

  "condition.guangzhou_staff_24_months":
    "条件（2022年资料）：持广东省居住证，并且近3年在广州参加职工医保满24个月等。",
  "condition.beijing_listed_groups":
    "只限几类人：北京户籍人员的外地配偶、人才工程专家的配偶、持港澳台居民居住证的人等。",
  "condition.nanjing_talent_permit": "只限持南京人才居住证的人及其配偶等。",
  "condition.changzhou_prior_enrolment": "条件：以前在常州参加过基本医保。",
  "condition.wuxi_income_and_residence": "条件：有合法收入、有固定住所（约2016年的资料）。",
  "condition.chongqing_working_age": "条件：16岁以上，男不满60岁、女不满55岁。",
  "condition.changsha_pension_first": "条件（2022年资料）：先办居住证，并先参加职工养老保险。",
  "condition.met": "你的回答符合这个条件。",
  "condition.not_met": "按你的回答，你不符合这个条件。",

  "permit.one_of_proofs": "要交居住证等证明材料；没有居住证的，问问当地可以用什么证明代替。",
  "permit.receipt_accepted": (p) => `${p.city}认可居住证办理凭证，正在办也可以先参保。`,
  "permit.receipt_unconfirmed": (p) => `${p.city}是否认可居住证办理凭证，没有确认。拿到居住证最稳妥。`,
  "permit.needed_first": (p) => `在${p.city}走这条路需要居住证，先去办居住证。`,

  "rec.retired_keeps_staff": "你已经退休，继续留在原来的职工医保，不用转移（退休人员不办医保关系转移）。",
  "rec.staff_employer": "你和单位有劳动关系，由单位给你参加职工医保。",
  "rec.staff_flexible_encouraged":
    "国家鼓励灵活就业的人在工作的地方参加职工医保：职工医保有个人账户，报销一般更高。",
  "rec.resident_local_lives_here": "你长期住在这里，在这里参保看病最方便，不用办异地就医备案。",
  "rec.resident_hukou_open_now": "在户籍地参加居民医保，现在就能办。",
  "rec.already_enrolled": "你已经参加了，按时续交就行。",

  "gap.counted": (p) =>
    `中间断了${p.months}个月没有医保（从${p.last ? formatChineseDate(String(p.last)) : "上次停保"}之后到${formatChineseDate(String(p.start))}之前）。`,
  "gap.none_between": (p) =>
    `上一段到${formatChineseDate(String(p.last))}，新的从${formatChineseDate(String(p.start))}开始，中间没有断。`,
  "gap.overlap": "原来的参保还没停，中间没有断保（但要注意别重复参保）。",
  "gap.counted_if_now": (p) => `如果现在参保，中间断了${p.months}个月。`,
  "gap.backpay_no_waiting": (p) =>
    `断保不超过${p.max}个月，补交这${p.months}个月的钱，就没有等待期，待遇接着享受。`,
  "gap.none_no_waiting": "没有断保，没有等待期。",
  "gap.cross_scheme_needs_2_years": (p) =>
    `在职工医保和居民医保之间换，要连续参保满${Number(p.months) / 12}年才能免等待期。`,

  "waiting.resident_38": (p) =>
    `居民医保等待期（2025年起）：固定${p.fixed}个月；每多断保1年，再加${p.perYear}个月（你断了约${p.yearsMissed}年，约${p.total}个月）。补交1年可减1个月；连续断保${p.longBreakYears}年以上的，补交后也不少于${p.minTotal}个月。具体由各省定。`,
  "waiting.staff_local": (p) =>
    `${p.city}灵活就业人员首次或重新参保的等待期为${p.months}个月（${date(p.seen)}的资料）。`,
  "waiting.staff_max": (p) => `断保超过3个月的，当地可以设等待期，最长${p.max}个月。`,
  "waiting.local_rules": "断保超过3个月的，按新参保地的等待期规定。",

  "transfer.within_province_not_needed": (p) => `在${p.province}省内换城市，职工医保不用办转移。`,
  "transfer.within_province_automatic": (p) => `在${p.province}区内，新单位给你参保后，会自动发起转移。`,
  "transfer.staff_to_staff": "从职工医保到职工医保，换了城市，要申请医保关系转移接续。",
  "transfer.resident_to_resident": "从居民医保到居民医保，当年一般不转；在新地方交了下一年的钱后再申请。",
  "transfer.years_combined": "在原来地方交的职工医保年限，到新地方累计计算。",
  "transfer.account_moves": "个人账户里的钱跟着你转到新地方。",
  "transfer.cross_scheme": "在职工医保和居民医保之间换，可以申请转移接续，把参保记录接上。",

  "step.certificate_old": (p) => `在${p.city}开参保凭证（电子或纸质都行；网上办转移一般不用纸质凭证）。`,
  "step.stop_old": (p) => `先在${p.city}停保（中止参保），同时开参保凭证。离职时一般由原单位办停保。`,
  "step.enrol_new_employer": (p) => `在${p.city}由新单位给你参保缴费。`,
  "step.enrol_new_self": (p) => `在${p.city}自己办参保登记并交钱。`,
  "step.backpay": (p) => `补交断保的${p.months}个月。`,
  "step.transfer_automatic": (p) => `${p.province}会自动发起转移，不用另外申请。`,
  "step.apply_transfer_local": "到新参保地的医保经办机构申请转移。",
  "step.apply_transfer_next_year": (p) => `在${p.city}交了下一年的居民医保后，再申请转移。`,
  "step.apply_transfer_online": (p) =>
    `申请转移：在“国家医保服务平台”App 上申请${p.app ? `，或用${p.app}` : ""}；也可以到新旧两地任一医保经办窗口申请。`,
  "step.apply_transfer_office": "到新参保地的医保经办机构申请转移。",
  "step.letter": (p) => `新参保地在${p.days}个工作日内发联系函。`,
  "step.transfer_out": (p) => `${p.city}在${p.days}个工作日内办完转出，把个人账户的钱转过去。`,
  "step.transfer_in": (p) => `${p.city}收到后${p.days}个工作日内办完转入。`,
  "step.track_progress": "办理进度可以在“国家医保服务平台”上查。",
  "step.benefits_new_place": (p) => `转移完成后，按${p.city}的规定享受待遇。`,

  "changed.transfer_procedure": (p) =>
    `办理时限在${formatChineseDate(String(p.on))}改过：以前三个环节共约${p.before}个工作日，现在约${p.now}个工作日，并且可以网上办。`,

  "cost.resident_national_min": (p) =>
    `${p.year}年度居民医保：全国个人缴费标准${p.yuan}元/人（国家另补助至少${p.subsidy}元）。各地标准可能更高，以当地公布为准。`,
  "cost.resident_unknown": (p) => `${p.year}年度居民医保个人缴费：我们还没有找到国家标准，以当地公布为准。`,
  "cost.resident_local": (p) => `${p.city}${p.year}年度个人缴费：${amounts(p.amounts)}。`,
  "cost.resident_local_older": (p) =>
    `${p.city}${p.year}年${p.yearKind === "coverage" ? "度" : "公布"}的个人缴费：${amounts(p.amounts)}（较旧的数字，今年以当地公布为准）。`,
  "cost.flexible_yearly": (p) =>
    `${p.city}${p.tier ? p.tier : ""}每年约${p.yearly}元（${p.dataYear}年数据，以当地公布为准）。`,
  "cost.flexible_estimate": (p) =>
    `估算：按最低缴费基数${p.minBase}元 × ${p.rate}%${p.extraPercent ? ` + ${p.extraPercent}%` : ""}${p.extraMonthly ? ` + 每月${p.extraMonthly}元` : ""}，每月约${p.monthly}元（${p.dataYear}年数据${p.tier ? `，${p.tier}` : ""}）。这是估算，以当地公布为准。`,
  "cost.flexible_formula": (p) =>
    `${p.city}的算法：${p.minBasePercent ? `缴费基数为${p.wageOf === "city" ? "全市" : "全省"}平均工资的${p.minBasePercent}%起，` : ""}${p.rate ? `费率${p.rate}%` : ""}。我们没有找到工资基数的具体金额，每月多少钱以当地公布为准。`,
  "cost.flexible_unknown": (p) =>
    `灵活就业人员参加职工医保由自己交钱；${p.city}的缴费基数和费率我们没有找到，以当地公布为准。`,
  "cost.employer_shared": "单位和个人一起交，个人部分从工资里扣。",

  "account.staff_has": "职工医保一般有个人账户，换城市时个人账户的钱跟着转（有的地方低档次没有个人账户）。",
  "account.family_sharing": "职工医保个人账户的钱可以给家人用，比如给近亲属交居民医保（各省做法不同）。",
  "account.resident_none": "居民医保没有个人账户。",

  "warning.duplicate_enrolment": (p) =>
    `你在${p.city}的${p.scheme === "staff" ? "职工医保" : "居民医保"}还没停。同时参加两种基本医保，只能享受一边的待遇，钱白交了。`,
  "duplicate.resident_paused_when_staff_starts":
    "职工医保待遇开始后，原来的居民医保就暂停；等待期里还可以用已交年度的居民医保。下一年别再交老家的居民医保。",
  "duplicate.stop_other": (p) => `新的参保开始后，去${p.city}停掉原来的参保。`,
  "warning.gap_over_3_months": (p) => `你中间断保${p.months}个月，超过3个月：可能有等待期，连续参保也断了。`,
  "warning.enrolment_window": (p) =>
    p.from
      ? `居民医保每年集中交一次。${p.city}：${p.from}至${p.to}${p.extension ? `，${p.extension}可以补交` : ""}。错过了要等，或者有3个月等待期。`
      : "居民医保每年集中交一次，一般在上一年9月至12月，以当地公布为准。错过集中参保期再交，有3个月等待期。",
  "action.apply_residence_permit": (p) =>
    `先在${p.city}办居住证${Number(p.receiptAccepted) === 1 ? "（拿到办理凭证就可以先参保）" : ""}，再在当地参加居民医保。`,
  "notice.city_rule_unconfirmed": (p) =>
    `${p.city}现在的具体做法我们没有找到确定的资料。国家要求各地让持居住证的人参保、放开灵活就业人员的户籍限制。办之前，请打12393或问当地医保经办机构。`,
  "hint.beijing_spouse_of_local":
    "如果你的配偶是北京户籍，你可以参加北京的居民医保（北京医保常见问题，未注明日期）。",
};
