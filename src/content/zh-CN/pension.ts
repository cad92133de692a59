/**
 * Texts for the pension, work-injury and 异地就医 conclusions of src/policy/rules/pension, injury.ts and
 * treatment.ts (keyed by conclusion code). Plain words, one or two short sentences: what to do, and why.
 */
import { formatChineseDate } from "../../lib/dates";
import type { Params } from "../../policy/types";
import type { TextTable } from "../types";

type Value = Params[string] | undefined;
const s = (v: Value) => (v === undefined ? "" : String(v));
const month = (m: Value) => formatChineseDate(s(m));
/** "60岁" or "60岁3个月". */
const ageText = (p: Params) => `${s(p.years)}岁${Number(p.months) > 0 ? `${s(p.months)}个月` : ""}`;

export const PENSION_TEXTS: TextTable = {
  // 退休年龄和最低缴费年限（国务院关于渐进式延迟法定退休年龄的办法）
  "pension.retirement_month": (p) =>
    `按2025年起实行的延迟退休办法，你的法定退休年龄是${ageText(p)}，到${month(p.month)}就到了。`,
  "pension.min_years": (p) =>
    (p.basis === "reach_year"
      ? `你在${s(p.year)}年到退休年龄，那时要按月领养老金，职工养老保险至少要交满${s(p.years)}年。`
      : `按${s(p.year)}年的规定，按月领养老金，职工养老保险至少要交满${s(p.years)}年。`) +
    (p.mayRise ? "2030年以后才到退休年龄的，年限每年多半年，最多20年。填上出生年月能算得更准。" : ""),
  "warning.pension_short_years": (p) =>
    `你已经到了退休年龄，职工养老保险一共交了${s(p.total)}年，离${s(p.min)}年还差${s(p.missing)}年，现在还不能按月领养老金。下面几个办法可以选。`,
  "short.extend": "办法一：接着交（延长缴费），交够年限再领。",
  "short.lump_sum":
    "办法二：按规定一次性补交（一次性缴费）。一次补交3年以上的，以后转移时要有正式材料，先问清楚。",
  "short.linkage": (p) =>
    p.hasResident
      ? "办法三：把职工养老保险转进城乡居民养老保险（城乡衔接），按城乡居民养老保险领钱。"
      : "办法三：如果也参加过城乡居民养老保险，可以把职工养老保险转过去（城乡衔接）。",

  // 在哪里领养老金（国办发〔2009〕66号 第六条）
  "claim.hukou_relation": (p) =>
    `你的养老保险关系在户口所在的${s(p.province)}，照现在的记录，以后就在${s(p.province)}领养老金。`,
  "claim.current_10y": (p) =>
    `你在${s(p.province)}累计交了${s(p.years)}年，满${s(p.min)}年了，照现在的记录，以后在${s(p.province)}领养老金。`,
  "claim.previous_10y": (p) =>
    `你在现在的${s(p.relation)}交了${s(p.years)}年，不满${s(p.min)}年。照现在的记录，以后要转回之前交满${s(p.min)}年的${s(p.province)}，在那里领养老金。`,
  "claim.hukou_fallback": (p) =>
    `你在每个地方交的都不满${s(p.min)}年。照现在的记录，以后要把养老保险都转回户口所在的${s(p.province)}，在那里领养老金。`,
  "notice.pension_transfer_rules_unconfirmed":
    "国家可能出了新的养老保险转移办法，我们还没有核实。办之前请打12333，或者问转入地的社保经办机构。",

  // 换省工作：转移还是临时账户（66号 第三条、第五条）
  "move.transfer": (p) =>
    `你到${s(p.to)}工作，养老保险要从${s(p.relation)}转到${s(p.to)}。以前交的年数加在一起算，不会丢。`,
  "move.transfer_home": (p) =>
    `你回户口所在的${s(p.to)}工作，养老保险要从${s(p.relation)}转回${s(p.to)}。以前交的年数加在一起算，不会丢。`,
  "move.years_add_up_no_cash_out":
    "转过去以后，缴费年数合在一起算，个人账户的钱也全部转过去。没到退休年龄，不能把钱取出来（退保）。",
  "move.temporary_account": (p) =>
    `男的满50岁、女的满40岁，到户口所在省以外的地方工作，养老保险关系留在${s(p.relation)}不转，在${s(p.to)}开一个“临时缴费账户”接着交。`,
  "move.temporary_account_continues": (p) =>
    `你的养老保险关系还在${s(p.relation)}，在${s(p.to)}接着往临时缴费账户里交就行。`,
  "move.depends_on_sex": (p) =>
    `到外省工作时，男的满50岁、女的满40岁要开临时缴费账户，不满的要把养老保险转过来。你${s(p.age)}岁，要看性别：请补填性别，或者打12333问。`,
  "pstep.enrol_new_employer": (p) => `第一步：让${s(p.city)}的单位给你交上养老保险。`,
  "pstep.enrol_new_self": (p) => `第一步：先在${s(p.city)}交上职工养老保险（比如以灵活就业人员身份）。`,
  "pstep.certificate_old": (p) =>
    `第二步：原来${s(p.from)}的社保经办机构开“参保缴费凭证”，纸质的、电子的都行。网上申请的，一般不用自己去拿。`,
  "pstep.apply_new": (p) =>
    `第三步：在${s(p.to)}申请转移：网上用国家社会保险公共服务平台、掌上12333或电子社保卡，或者带身份证、户口本、社保卡去${s(p.to)}的社保窗口。原来的账户要先停交，不能欠费。`,
  "pstep.offices_finish": "剩下的由两地社保经办机构办，你不用两头跑，可以在网上查进度。",
  "pstep.keep_relation": (p) => `养老保险关系留在${s(p.relation)}，不要办转移。`,
  "pstep.open_temporary": (p) => `在${s(p.to)}参保时，社保经办机构会给你开临时缴费账户，照常交钱。`,
  "pstep.freeze_old_temporary": (p) => `以前在${s(p.frozen)}开的临时账户会封存，交过的钱和年数都留着。`,
  "pstep.gathered_at_claim": "到领养老金的时候，各地的临时账户会合到领钱的地方，年数一起算。",

  // 城乡养老衔接（人社部发〔2014〕17号 第三条、第四条）
  "linkage.into_staff": (p) =>
    `你的职工养老保险交满了${s(p.threshold)}年，可以把城乡居民养老保险转进职工养老保险，按职工的办法领钱${p.claim ? `，到${s(p.claim)}申请` : ""}。`,
  "linkage.into_resident": (p) =>
    `你的职工养老保险不满${s(p.threshold)}年，可以把它转进城乡居民养老保险，按城乡居民的办法领钱${p.resident ? `，到${s(p.resident)}申请` : ""}。`,
  "linkage.extension_could_change": (p) =>
    `如果接着交（延长缴费），补够${s(p.threshold)}年（还差${s(p.missing)}年），就反过来，把城乡居民养老保险转进职工养老保险。`,
  "linkage.direction_depends_on_reading": (p) =>
    `你交了${s(p.staffYears)}年，够${s(p.threshold)}年，但不够${s(p.minimum)}年。按哪个年数算，国家还没有明确说法，办之前一定先问当地社保。`,
  "linkage.apply_before_claiming": "要在领养老金之前办：先定好在哪里领，把职工养老保险归到那里，再申请转换。",
  "notice.linkage_threshold_unconfirmed": (p) =>
    `城乡养老衔接的文件写的是“满${s(p.threshold)}年”。你${s(p.year)}年到退休年龄，那时按月领养老金要交满${s(p.minimum)}年，衔接是不是也要${s(p.minimum)}年，还没有核实，以当地社保的答复为准。`,

  // 弹性退休（人社部发〔2024〕94号）
  "pension.flexible_retirement": (p) =>
    `可以弹性退休：交够最低年限的，最早${month(p.earliest)}退休${p.earlyMinYears !== undefined ? `（提前退休按那一年的最低年限${s(p.earlyMinYears)}年算）` : ""}${p.employer ? `，要提前${s(p.notice)}个月书面告诉单位` : ""}；和单位商量一致的，最晚可以到${month(p.latest)}。`,
  "pension.flexible_retirement_late": (p) =>
    `你已经到了法定退休年龄。和单位商量一致的，可以晚点退休，最晚到${month(p.latest)}，期间照常交社保。`,
  "pension.flexible_retirement_no_employer":
    "没有单位的人（比如灵活就业）怎么申请弹性退休，还没有查到明确规定，请打12333问。",

  // 工伤保险和职业伤害保障
  "injury.employer": "工伤保险由单位给职工办，不是自己去买。上班前问清单位有没有给你交。",
  "injury.not_bought_by_yourself":
    "工伤保险不是个人单独买的。网上说“农民工可以自己买工伤保险”，是把文件看错了。",
  "istep.ask_employer": "问单位的人事：有没有给你交工伤保险。",
  "injury.by_project": "建筑工地的工伤保险按项目办，由施工企业给整个项目的工人参保，不用你自己买。",
  "istep.ask_contractor": "开工前问施工单位（总包）：这个项目交了工伤保险没有。规定是先参保、再开工。",
  "injury.platform_scheme": (p) =>
    `${s(p.province)}在做骑手、司机的职业伤害保障试点：在${s(p.platforms)}接单时受了伤，有保障。钱由平台交，你不用交。`,
  "injury.platform_pays": "平台按单交钱，每一单都保，不用签劳动合同。",
  "istep.claim_in_platform_app": "接单时受了伤，在平台App里报案。",
  "istep.other_platform_ask": "你用的平台如果不在上面这些里面，问平台客服或打12333。",
  "injury.platform_not_in_pilot": (p) =>
    `没有查到${s(p.province)}已经在做骑手、司机的职业伤害保障试点，不能确定你有这个保障。` +
    (p.planYear ? `国家计划${s(p.planYear)}年扩大到全国，但${s(p.province)}是否已经开始，还没有核实。` : ""),
  "istep.ask_platform": "问平台客服：接单时受了伤，有没有保障，怎么报。",
  "injury.flexible_unconfirmed":
    "自己干活的灵活就业人员能不能有工伤保障，没有查到明确规定。请打12333问清楚。",
  "istep.ask_12333": "工伤和养老保险的事，可以打12333（人社服务热线）问。",

  // 异地就医备案（医保发〔2022〕22号）
  "treatment.no_filing_needed": (p) => `你的医保就在${s(p.city)}，在${s(p.city)}看病不用办异地就医备案。`,
  "treatment.filing_long_term": (p) =>
    `你长期住在${s(p.city)}，医保在${s(p.insured)}。先办“异地长期居住”备案，以后在${s(p.city)}看病可以直接结算。`,
  "treatment.filing_posted_worker": (p) =>
    `你长期在${s(p.city)}工作，医保在${s(p.insured)}。先办“常驻异地工作”备案，以后在${s(p.city)}看病可以直接结算。`,
  "treatment.filing_retired_relocated": (p) =>
    `你退休后把户口迁到了${s(p.city)}，医保在${s(p.insured)}。先办“异地安置退休”备案，以后在${s(p.city)}看病可以直接结算。`,
  "treatment.filing_temporary":
    "临时去外地看病（出差、旅游、转诊、急诊），出门前办“临时外出就医”备案，到了可以直接结算。",
  "treatment.rates_home_standard":
    "备案后在这里看病，按参保地本地的标准报销。备案期间回参保地看病，报销也不低于转诊的标准。",
  "treatment.rates_temporary": (p) =>
    `临时在外地看病，报销比例可能比在家低：转诊和急诊最多低${s(p.referral)}个百分点，其他情况最多低${s(p.other)}个百分点。`,
  "treatment.valid_until_changed": "长期居住的备案一直有效，情况变了再去改。",
  "treatment.valid_min_months": (p) => `临时外出的备案，有效期一般不少于${s(p.months)}个月。`,
  "treatment.proof_permit_or_undertaking":
    "备案要证明你住在这里：有居住证就用居住证，没有的可以签一份个人承诺书。",
  "treatment.file_later":
    "急诊抢救算已经备案。先看了病的，出院结账前补办备案也能直接结算；已经自己付了钱的，回参保地按规定报销。",
  "treatment.outpatient_too":
    "跨省直接结算现在不只管住院，门诊和一部分门诊慢特病也可以。哪些病能结算，打12393问。",
  "treatment.within_province": (p) => `你的医保和住的地方都在${s(p.province)}，省内异地看病按省里的规定办。`,
  "changed.direct_settlement_scope": (p) =>
    `以前（2016年的规定）跨省直接结算只管住院；${s(p.on).slice(0, 4)}年起，门诊也可以了。`,
};
