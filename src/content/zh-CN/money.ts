/**
 * Texts for the money conclusions of src/policy/rules/money (keyed by conclusion code). Every figure says it is
 * 估算 and shows its formula with the numbers filled in; figures the person typed are called theirs. The table
 * is typed by code, so a text that reads a parameter its conclusion does not carry fails to compile.
 */
import { formatChineseDate } from "../../lib/dates";
import type { MoneyCode, MoneyParams } from "../../policy/rules/money/conclusions";

/** 990.4 → "990.40", 4952 → "4952". */
const yuan = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(2));
/** 0.6 → "60%". */
const percentOf = (index: number) => `${Math.round(index * 100)}%`;
const dayBefore = (iso: string) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
/** "2025年1月1日至2025年12月31日", "2025年7月1日起", "2025年". */
const period = (p: { year: number; from?: string; until?: string }) =>
  p.from && p.until
    ? `${formatChineseDate(p.from)}至${formatChineseDate(dayBefore(p.until))}`
    : p.from
      ? `${formatChineseDate(p.from)}起`
      : `${p.year}年`;
const ageText = (years: number, months: number) => `${years}岁${months > 0 ? `${months}个月` : ""}`;

const LEVEL: Record<MoneyParams["money.flex_pension_at"]["level"], string> = {
  lower: "按最低基数",
  average: "按平均工资（100%）",
  upper: "按最高基数",
  typed: "按你填的基数",
};

const OWN: Record<MoneyParams["money.own_figure"]["what"], string> = {
  pension_base: "计发基数",
  account_balance: "个人账户现有的钱",
  monthly_base: "每月缴费基数",
};

/** "2023年的当地资料", or "未注明年份的当地资料" where the source shows no year. */
const localData = (dataYear: string | undefined) =>
  dataYear === "undated" ? "未注明年份的当地资料" : `${dataYear ? `${dataYear}年的` : ""}当地资料`;
const OLDER = "（较旧的数字）";

const flexSources = (p: MoneyParams["money.medical_flex_yearly"]) => {
  const local = `${localData(p.dataYear)}${p.older ? OLDER : ""}`;
  const base =
    p.baseFrom === "typed"
      ? "你自己填的"
      : p.baseFrom === "province"
        ? `省里${p.baseYear ?? ""}年公布的灵活就业人员医保基数${p.baseOlder ? OLDER : ""}`
        : p.baseIs === "employee_lower"
          ? `当地职工医保的最低缴费基数（${localData(p.dataYear)}${p.older ? "，较旧的数字" : ""}；资料没写明灵活就业人员也按这个基数交）`
          : local;
  const rate = p.rateFrom === "typed" ? "你自己填的" : local;
  const own = p.baseFrom === "typed" && p.rateFrom === "typed";
  return (
    (base === rate ? `基数和费率都是${base}。` : `基数是${base}，费率是${rate}。`) +
    (own ? "" : "今年的数字以当地公布为准。")
  );
};

/** " + 每月7元", "，另每年交260元": the extras a local figure carries, for the "needs figures" text. */
const extrasNamed = (p: { extraMonthly?: number; extraYearly?: number }) =>
  `${p.extraMonthly ? `，另加每月${yuan(p.extraMonthly)}元` : ""}${p.extraYearly ? `，另每年交${yuan(p.extraYearly)}元` : ""}`;

type MoneyTexts = { readonly [K in MoneyCode]: (p: MoneyParams[K]) => string };

const TEXTS: MoneyTexts = {
  // 灵活就业 养老
  "money.flex_pension_rate": (p) =>
    `灵活就业人员交职工养老保险：每月交缴费基数的${p.rate}%，其中${p.account}%记进你的个人账户。`,
  "money.flex_pension_range": (p) =>
    `缴费基数可以自己选，在平均工资的${p.minPercent}%到${p.maxPercent}%之间；具体的上下限由省里每年公布。`,
  "money.flex_pension_limits": (p) =>
    `${p.place}${period(p)}的缴费基数：最低${yuan(p.lower)}元/月，${p.upper !== undefined ? `最高${yuan(p.upper)}元/月` : "最高多少我们没有找到"}。` +
    (p.older ? "这是较旧的数字，今年的以当地公布为准。" : ""),
  "money.flex_pension_at": (p) =>
    `估算：${LEVEL[p.level]}${yuan(p.base)}元${p.derived ? "（平均工资按最高基数÷3推算）" : ""}，每月交 ${yuan(p.base)} × ${p.rate}% = ${yuan(p.monthly)}元，其中 ${yuan(p.base)} × ${p.account}% = ${yuan(p.toAccount)}元记进个人账户` +
    (p.yearly !== undefined ? `；一年约${yuan(p.yearly)}元。` : "。"),
  "money.flex_pension_needs_base": (p) =>
    `${p.place}这个时候的缴费基数上下限，我们没有找到${p.earliest ? `（找到的数字从${formatChineseDate(p.earliest)}起）` : ""}。请填上当地公布的缴费基数，或打12333问，就能算出每月交多少。`,
  "money.flex_pension_typed_outside": (p) =>
    p.side === "below"
      ? `你填的${yuan(p.base)}元比最低基数${yuan(p.lower)}元还低，一般不能这么低，请再核对一下。`
      : `你填的${yuan(p.base)}元比最高基数${p.upper !== undefined ? yuan(p.upper) : ""}元还高，一般不能这么高，请再核对一下。`,

  // 医保每年多少钱
  "money.medical_flex_yearly": (p) =>
    `估算：${p.city}职工医保（灵活就业）${p.tier ? `${p.tier}` : ""}每月 ${yuan(p.base)} × ${p.rate}%${p.extraPercent ? ` + ${yuan(p.base)} × ${p.extraPercent}%` : ""}${p.extraMonthly ? ` + ${yuan(p.extraMonthly)}元` : ""} = ${yuan(p.monthly)}元，` +
    (p.extraYearly
      ? `一年约 ${yuan(p.monthly)} × 12 + ${yuan(p.extraYearly)}（每年另交） = ${yuan(p.yearly)}元。`
      : `一年约${yuan(p.yearly)}元。`) +
    flexSources(p),
  "money.medical_flex_local_yearly": (p) =>
    `${p.city}职工医保（灵活就业）${p.tier ?? ""}：${p.monthly !== undefined ? `每月${yuan(p.monthly)}元，` : ""}一年约${yuan(p.yearly)}元（${localData(p.dataYear)}${p.older ? "，较旧的数字" : ""}，今年以当地公布为准）。`,
  "money.medical_flex_needs_figures": (p) =>
    p.missing === "both"
      ? `${p.city}灵活就业人员参加职工医保的缴费基数和费率，我们没有找到。请填上当地公布的基数和费率（或打12393问到的数字），就能算出一年交多少。`
      : p.missing === "base"
        ? `${p.city}的费率是${p.rate ?? ""}%${extrasNamed(p)}（${localData(p.dataYear)}${p.older ? "，较旧的数字" : ""}）${p.minBasePercent !== undefined ? `，基数是${p.wageOf === "city" ? "全市" : "全省"}平均工资的${p.minBasePercent}%起` : ""}，但基数是多少元我们没有找到。请填上基数（或打12393问），就能算出一年交多少。`
        : `${p.city}的费率我们没有找到。请填上费率（或打12393问），就能算出一年交多少。`,
  "money.medical_resident_year": (p) =>
    `居民医保按年交，管的是${p.year}年1月1日到12月31日；一般在前一年秋天交，具体时间以当地公布为准。`,
  "money.medical_resident_waiting_if_late": (p) =>
    `错过集中缴费期才交，或者中间断过保的，要等至少${p.fixed}个月才能报销。`,
  "money.medical_staff_waiting_unknown": (p) =>
    `${p.city}灵活就业人员第一次参保有没有等待期，我们没有找到，请问12393。` +
    (p.max !== undefined ? `断保超过3个月再交的，当地可以设等待期，最长${p.max}个月。` : ""),
  "money.medical_staff_retirement_years": () =>
    "职工医保交够规定的年限，退休后就不用再交；不够的可以接着交到够。要交多少年，我们没有找到全国统一的规定，请问当地医保（12393）。",

  // 养老金估算
  "money.pension_total": (p) =>
    `估算：退休后每月大约能领${yuan(p.total)}元（基础养老金${yuan(p.basic)}元 + 个人账户养老金${yuan(p.account)}元）。只是估算，以退休时社保经办机构核定的为准。`,
  "money.pension_basic": (p) =>
    `基础养老金 = 计发基数 ×（1 + 缴费指数）÷ 2 × 缴费年数 × ${p.percent}%。估算：${yuan(p.base)} ×（1 + ${p.index}）÷ 2 × ${p.years} × ${p.percent}% = 每月${yuan(p.monthly)}元。`,
  "money.pension_base_sourced": (p) =>
    `计发基数用的是${p.place}${p.year}年的${yuan(p.yuan)}元/月${p.derived ? "（由公布的全年平均工资÷12算出，不是直接公布的计发基数）" : ""}。你退休那年的计发基数会不一样。`,
  "money.pension_base_typed": (p) => `计发基数用的是你自己填的${yuan(p.yuan)}元/月。`,
  "money.pension_base_needed": () =>
    "这里的计发基数我们没有找到。请填上当地公布的“基本养老金计发基数”（或打12333问），就能算出基础养老金。",
  "money.pension_account": (p) =>
    `个人账户养老金 = 个人账户里的钱 ÷ 计发月数。估算：${yuan(p.balance)} ÷ ${yuan(p.months)} = 每月${yuan(p.monthly)}元。`,
  "money.pension_months_table": (p) => `${p.age}岁退休，计发月数是${p.months}个月。`,
  "money.pension_months_interpolated": (p) =>
    `${ageText(p.years, p.extraMonths)}退休：国家没有公布按月算的计发月数。我们在${p.lowerAge}岁（${p.lowerValue}个月）和${p.lowerAge + 1}岁（${p.upperValue}个月）之间按月折算，约${yuan(p.value)}个月。这是估算，以当地社保核定为准。`,
  "money.pension_months_unknown": (p) =>
    p.reason === "contested_47"
      ? `${ageText(p.years, p.extraMonths)}退休要用到47岁的计发月数，我们找到的资料不一致（207还是208），所以个人账户养老金没有算，请问12333。`
      : `${ageText(p.years, p.extraMonths)}不在计发月数表（40岁到70岁）里，个人账户养老金没有算，请问12333。`,
  "money.pension_balance_estimated": (p) =>
    `估算个人账户里的钱：每月基数${yuan(p.monthlyBase)}元 × ${p.percent}% × 12个月 × ${p.years}年 = ${yuan(p.balance)}元。`,
  "money.pension_balance_known": (p) =>
    `估算个人账户里的钱：现在的${yuan(p.known)}元` +
    (p.monthlyBase !== undefined && p.futureYears > 0
      ? ` + 每月基数${yuan(p.monthlyBase)}元 × ${p.percent}% × 12个月 × ${p.futureYears}年`
      : "") +
    ` = ${yuan(p.balance)}元。`,
  "money.pension_balance_needs_base": () =>
    "个人账户养老金要知道你每月的缴费基数，或者账户里现在有多少钱（社保卡App或12333能查）。填上其中一个就能算。",
  "money.pension_below_minimum": (p) =>
    `你一共交${p.years}年，不够${p.min}年：${p.reachYear}年到退休年龄的人，按月领养老金至少要交${p.min}年。不够的话还不能按月领，可以看看下面的办法。`,
  "money.assume_index_is_tier": (p) =>
    `假设你一直按平均工资的${percentOf(p.index)}交，缴费指数按${p.index}算。实际的指数是每年的缴费基数 ÷ 当年的平均工资，会和这个有出入。`,
  "money.assume_no_interest": () =>
    "没有算利息。个人账户按规定有利息（不低于银行定期存款利率），所以实际会多一些。",
  "money.assume_no_wage_growth": (p) =>
    `用的是${p.year}年的工资水平，没有算以后工资上涨；退休那年的计发基数和缴费基数都会变。`,
  "money.assume_full_years": (p) =>
    `你交${p.years}年，只按满${p.counted}年算（规定是“缴费每满1年发给1%”）；有的地方算到月，会多一点。`,
  "money.assume_future_years": (p) =>
    `假设你已经交了${p.past}年，从现在到退休再交${p.future}年，中间不断交，一直按同一个档次交。`,
  "money.own_figure": (p) => `${OWN[p.what]}${yuan(p.yuan)}元是你自己填的，不是我们查到的。`,
  "money.transitional_not_computed": () =>
    "1997年全国统一企业职工养老保险制度以前就参加工作的人（“中人”），另有一笔过渡性养老金，各省算法不同，这里没有算。",
  "money.change_more_years": (p) => `估算：如果多交${p.extraYears}年，每月约${yuan(p.total)}元。`,
  "money.change_higher_tier": (p) =>
    `估算：如果一直按平均工资的${percentOf(p.index)}交，每月约${yuan(p.total)}元（每月交的钱也更多）。`,
  "money.change_later_retirement": (p) =>
    `估算：如果晚一年、${ageText(p.years, p.extraMonths)}退休（多交1年），每月约${yuan(p.total)}元。`,

  // 断缴、补缴、退保
  "money.gap_years_add_up": () =>
    "停交（断缴）的月份不算缴费年数。以前交的年数和个人账户里的钱都还在，以后接着交，年数合在一起算。",
  "money.backpay_flexible_not_allowed": () =>
    "灵活就业时自己停交的月份，一般不能事后补交（例如河南规定“灵活就业人员不得事后追补缴费”）。你那里的做法请问12333。",
  "money.backpay_employer_gap": (p) =>
    `在单位上班时单位该交没交的，可以补交这段劳动关系期间的养老保险，要有劳动关系的证明（河南规定最早补到${formatChineseDate(p.earliest)}）。`,
  "money.backpay_lump_sum_transfer_proof": (p) =>
    `一次补交${p.years}年以上的，以后转移时要有法院、仲裁、审计或劳动监察的正式文书，补交前先问清楚。`,
  "money.backpay_past_age_no_record": () =>
    "已经过了退休年龄、又从来没交过职工养老保险的，不能靠一次性补交参加进来（河南的规定）。",
  "money.backpay_national_not_found": () =>
    "国家关于补交断缴月份的原文，我们没有读到；上面是河南省的规定，其他地方请问12333。",
  "money.no_cash_out_before_age": () => "没到退休年龄，不能退保，也不能把个人账户的钱取出来。",
  "money.settle_abroad_keeps_account": () => "到国外定居的，个人账户给你留着，到了领取年龄按规定领养老金。",
  "money.cash_out_loss_of_nationality": () =>
    "只有不再是中国国籍的，才可以书面申请终止养老保险，把个人账户里的钱一次领走。",
  "money.account_inherited": () => "参保人去世的，个人账户里剩下的钱，家人可以依法继承。",
  "money.short_keep_paying": (p) =>
    `到了退休年龄年数不够的，可以接着交（延长缴费），交够${p.min !== undefined ? `${p.min}年` : "最低年数"}再按月领。`,
  "money.short_lump_sum": (p) =>
    p.status === "may_qualify"
      ? `你是${formatChineseDate(p.before)}以前参保的：接着交满${p.extension}年还不够的，可以一次性补交到够。`
      : p.status === "not_eligible"
        ? `你是${formatChineseDate(p.before)}以后参保的，按这条规定不能一次性补交，要接着交。`
        : `${formatChineseDate(p.before)}以前参保、接着交满${p.extension}年还不够的，可以一次性补交到够；之后参保的不行。`,
  "money.short_lump_sum_after_reform_unconfirmed": () =>
    "2025年延迟退休改革以后，一次性补交的具体办法我们没有找到，以当地社保的答复为准。",
  "money.short_linkage": () => "也可以把职工养老保险转进户口所在地的城乡居民养老保险，按城乡居民的办法领钱。",
  "money.short_terminate": () =>
    "不想转的，可以书面申请终止职工养老保险，把个人账户里的钱一次领走。办之前社保会先书面告诉你能转城乡居民养老保险，以及终止的后果。",
};

/** The typed table, for tests and for screens that render one code at a time. */
export const MONEY_TEXTS_BY_CODE: MoneyTexts = TEXTS;
