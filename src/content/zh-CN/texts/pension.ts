/**
 * Texts for the pension conclusions (rules/pension/). Plain words, one or two short sentences: what to do,
 * and why.
 */
import type { Code } from "../../../policy/codes";
import type { RetirementCategory, RetirementParams } from "../../../policy/codes/pension";
import type { TextsFor } from "../../types";
import { date } from "./format";

/** "60岁" or "60岁3个月". */
const ageText = (p: RetirementParams) => `${p.years}岁${p.months > 0 ? `${p.months}个月` : ""}`;
const CATEGORY: Record<RetirementCategory, string> = {
  male: "男职工",
  female_50: "原来50岁退休的女职工",
  female_55: "原来55岁退休的女职工",
};

type PensionCodes = Extract<
  Code,
  | `pension.${string}`
  | `claim.${string}`
  | `move.${string}`
  | `pstep.${string}`
  | `linkage.${string}`
  | `short.${string}`
  | "warning.pension_short_years"
  | "notice.pension_transfer_rules_unconfirmed"
  | "notice.linkage_threshold_unconfirmed"
>;

export const PENSION_TEXTS: TextsFor<PensionCodes> = {
  // 退休年龄和最低缴费年限（国务院关于渐进式延迟法定退休年龄的办法）
  "pension.retirement_month": (p) =>
    `按2025年起实行的延迟退休办法，你的法定退休年龄是${ageText(p)}，到${date(p.month)}就到了（按${CATEGORY[p.category]}的规定算${p.categoryAsked ? "" : "；不是这一类的，请改一下回答"}）。`,
  "pension.retirement_both": (p) =>
    `按2025年起实行的延迟退休办法：如果你原来是50岁退休的（一般是工人岗位），法定退休年龄是${ageText(p.female50)}，到${date(p.female50.month)}；如果原来是55岁退休的（一般是干部、管理岗位），是${ageText(p.female55)}，到${date(p.female55.month)}。灵活就业、个体户的女性按哪一类，各地做法不同，我们没有找到资料，请打12333问。`,
  "pension.staff_rule_only":
    "这是职工养老保险的法定退休年龄。只交城乡居民养老保险的，领取年龄按城乡居民养老保险的规定，问当地社保。",
  "pension.min_years": (p) =>
    (p.basis === "reach_year"
      ? `你在${p.year}年到退休年龄，那时要按月领养老金，职工养老保险至少要交满${p.years}年。`
      : p.basis === "categories_agree"
        ? `不论原来是50岁还是55岁退休的，你到退休年龄时要按月领养老金，职工养老保险至少要交满${p.years}年。`
        : `按${p.year}年的规定，按月领养老金，职工养老保险至少要交满${p.years}年。`) +
    (p.missing
      ? `2030年以后才到退休年龄的，年限每年多半年，最多20年。${p.missing === "birth" ? "填上出生年月" : p.missing === "sex" ? "填上性别" : "选上原来的退休年龄类别"}能算得更准。`
      : ""),
  "warning.pension_short_years": (p) =>
    `你已经到了退休年龄，职工养老保险一共交了${p.total}年，离${p.min}年还差${p.missing}年，现在还不能按月领养老金。下面几个办法可以选。`,
  "short.extend": "办法一：接着交（延长缴费），交够年限再领。",
  "short.lump_sum":
    "办法二：按规定一次性补交（一次性缴费）。一次补交3年以上的，以后转移时要有正式材料，先问清楚。",
  "short.linkage": (p) =>
    p.hasResident
      ? "办法三：把职工养老保险转进城乡居民养老保险（城乡衔接），按城乡居民养老保险领钱。"
      : "办法三：如果也参加过城乡居民养老保险，可以把职工养老保险转过去（城乡衔接）。",

  // 在哪里领养老金（国办发〔2009〕66号 第六条）
  "claim.hukou_relation": (p) =>
    `${p.afterTransfer ? `养老保险转到${p.relation}以后，关系就在户口所在的${p.relation}` : `你的养老保险关系在户口所在的${p.relation}`}。照现在的记录，以后在${p.province}领养老金。`,
  "claim.current_10y": (p) =>
    `你在${p.relation}累计交了${p.years}年，满${p.min}年了。照现在的记录，以后在${p.province}领养老金。`,
  "claim.previous_10y": (p) =>
    `${p.afterTransfer ? `养老保险转到${p.relation}以后，在那里还不满${p.min}年` : `你在现在的${p.relation}交了${p.years}年，不满${p.min}年`}。照现在的记录，以后要转回之前交满${p.min}年的${p.province}（${p.previousYears ?? ""}年），在那里领养老金。`,
  "claim.hukou_fallback": (p) =>
    `你在每个地方交的都不满${p.min}年。照现在的记录，以后要把养老保险都转回户口所在的${p.province}，在那里领养老金。`,
  "claim.would_move": (p) =>
    `如果在${p.province}再交${p.missing}年，累计满${p.min}年，就改在${p.province}领。`,
  "notice.pension_transfer_rules_unconfirmed":
    "国家可能出了新的养老保险转移办法，我们还没有核实。办之前请打12333，或者问转入地的社保经办机构。",
  "pension.retired_no_transfer": "你已经在领养老金：养老保险不用转移，照常在原来的地方领。",

  // 换省工作：转移还是临时账户（66号 第三条、第五条）
  "move.transfer": (p) =>
    p.employer
      ? `你到${p.to}工作，养老保险要从${p.relation}转到${p.to}。以前交的年数加在一起算，不会丢。`
      : `如果你在${p.to}交职工养老保险（比如以灵活就业人员身份），养老保险要从${p.relation}转到${p.to}，以前交的年数加在一起算。外地户籍在${p.to}能不能这样交，打12333问。`,
  "move.transfer_home": (p) =>
    p.employer
      ? `你回户口所在的${p.to}工作，养老保险要从${p.relation}转回${p.to}。以前交的年数加在一起算，不会丢。`
      : `如果你在户口所在的${p.to}交职工养老保险，养老保险要从${p.relation}转回${p.to}，以前交的年数加在一起算。`,
  "move.years_add_up_no_cash_out":
    "转过去以后，缴费年数合在一起算，个人账户的钱也全部转过去。没到退休年龄，不能把钱取出来（退保）。",
  "move.temporary_account": (p) =>
    `男的满50岁、女的满40岁，到户口所在省以外的地方工作，养老保险关系留在${p.relation}不转，在${p.to}开一个“临时缴费账户”接着交。`,
  "move.temporary_account_continues": (p) =>
    `你的养老保险关系还在${p.relation}，在${p.to}接着往临时缴费账户里交就行。`,
  "move.depends_on_sex": (p) =>
    `到外省工作时，男的满50岁、女的满40岁要开临时缴费账户，不满的要把养老保险转过来。你${p.age}岁，要看性别：请补填性别，或者打12333问。`,
  "pstep.enrol_new_employer": (p) => `第一步：让${p.city}的单位给你交上养老保险。`,
  "pstep.enrol_new_self": (p) => `第一步：先在${p.city}交上职工养老保险（比如以灵活就业人员身份）。`,
  "pstep.certificate_old": (p) =>
    `第二步：原来${p.from}的社保经办机构开“参保缴费凭证”，纸质的、电子的都行。网上申请的，一般不用自己去拿。`,
  "pstep.apply_new": (p) =>
    `第三步：在${p.to}申请转移：网上用国家社会保险公共服务平台、掌上12333或电子社保卡，或者带身份证、户口本、社保卡去${p.to}的社保窗口。原来的账户要先停交，不能欠费。`,
  "pstep.offices_finish": "剩下的由两地社保经办机构办，你不用两头跑，可以在网上查进度。",
  "pstep.keep_relation": (p) => `养老保险关系留在${p.relation}，不要办转移。`,
  "pstep.open_temporary": (p) => `在${p.to}参保时，社保经办机构会给你开临时缴费账户，照常交钱。`,
  "pstep.freeze_old_temporary": (p) => `以前在${p.frozen}开的临时账户会封存，交过的钱和年数都留着。`,
  "pstep.gathered_at_claim": "到领养老金的时候，各地的临时账户会合到领钱的地方，年数一起算。",

  // 城乡养老衔接（人社部发〔2014〕17号 第三条、第四条）
  "linkage.into_staff": (p) =>
    `${p.atAge ? "" : "照现在的年数，到退休年龄时："}职工养老保险交满${p.threshold}年的，可以把城乡居民养老保险转进职工养老保险，按职工的办法领钱${p.claim ? `，到${p.claim}申请` : ""}。你交了${p.staffYears}年。`,
  "linkage.into_resident": (p) =>
    `${p.atAge ? "" : "照现在的年数，到退休年龄时："}职工养老保险不满${p.threshold}年的，可以把它转进城乡居民养老保险，按城乡居民的办法领钱${p.resident ? `，到${p.resident}申请` : ""}。你交了${p.staffYears}年。`,
  "linkage.extension_could_change": (p) =>
    `如果接着交（延长缴费），补够${p.threshold}年（还差${p.missing}年），就反过来，把城乡居民养老保险转进职工养老保险。`,
  "linkage.direction_depends_on_reading": (p) =>
    `你交了${p.staffYears}年，够${p.threshold}年，但不够${p.minimum}年。按哪个年数算，国家还没有明确说法，办之前一定先问当地社保。`,
  "linkage.years_not_merged": "城乡居民养老保险交的年数，不能算成职工养老保险的缴费年数。",
  "linkage.apply_before_claiming": "要在领养老金之前办：先定好在哪里领，把职工养老保险归到那里，再申请转换。",
  "notice.linkage_threshold_unconfirmed": (p) =>
    `城乡养老衔接的文件写的是“满${p.threshold}年”。你${p.year}年到退休年龄，那时按月领养老金要交满${p.minimum}年，衔接是不是也要${p.minimum}年，还没有核实，以当地社保的答复为准。`,

  // 弹性退休（人社部发〔2024〕94号）
  "pension.flexible_retirement": (p) =>
    `可以弹性退休：交够最低年限的，最早${date(p.earliest)}退休${p.earlyMinYears !== undefined ? `（提前退休按那一年的最低年限${p.earlyMinYears}年算，据成都人社局举例，未见国家文件明确）` : ""}${p.employer ? `，要至少提前${p.notice}个月书面告诉单位` : ""}；和单位商量一致的，最晚可以到${date(p.latest)}。`,
  "pension.flexible_retirement_late": (p) =>
    `你已经到了法定退休年龄。和单位商量一致的，可以晚点退休，最晚到${date(p.latest)}，期间照常交社保。`,
  "pension.flexible_retirement_no_employer":
    "没有单位的人（比如灵活就业）怎么申请弹性退休，还没有查到明确规定，请打12333问。",
};
