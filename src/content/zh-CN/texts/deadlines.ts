/** The deadlines of an advice (rules/deadlines.ts): what to do by the day, for the to-do list and the calendar. */
import type { Code } from "../../../policy/codes";
import type { TextsFor } from "../../types";
import { date } from "./format";

export const DEADLINE_TEXTS: TextsFor<Extract<Code, `deadline.${string}`>> = {
  "deadline.enrolment_window_ends": (p) =>
    p.extensionTo !== undefined && p.date === p.extensionTo
      ? `${p.city}${p.coverageYear}年度居民医保的集中参保期已经结束，${date(p.date)}前还可以补交（从交钱那天起享受待遇）。再晚，一般有3个月等待期（新生儿等除外；各省具体规定不同）。`
      : `${date(p.date)}是${p.city}${p.coverageYear}年度居民医保集中参保期的最后一天（从${date(p.from)}开始）。要参加或续交居民医保的，在这天以前交` +
        (p.extensionTo !== undefined ? `；${date(p.extensionTo)}前还可以补交（从交钱那天起享受待遇）` : "") +
        "。错过了再交，一般有3个月等待期（新生儿等除外；各省具体规定不同）。",
  "deadline.backpay_no_waiting": (p) =>
    `${date(p.date)}前在${p.city}重新参加职工医保：这样断保不超过${p.max}个月（从${date(p.lastCovered)}以后算），按当地规定补交，交钱当月就能享受待遇，断保期间看病的钱也能报。晚于这一天，断保就超过${p.max}个月，当地可以设等待期` +
    (p.maxWaiting !== undefined ? `，最长不超过${p.maxWaiting}个月。` : "。"),
  "deadline.transfer_follow_up": (p) =>
    `${p.may ? "如果申请了医保转移，" : "申请医保转移以后，"}${p.oldCity}转出、${p.newCity}转入按规定最多一共${(p.letterDays ?? 0) + p.outDays + p.inDays}个工作日：${date(p.appliedOn)}申请的，${date(p.date)}应该办完了；还没办完，就去查一查、问一问。这里只跳过了周六、周日，没有算节假日，遇到节假日会晚几天。`,
  "deadline.filing_temporary_check": (p) =>
    `你${date(p.filedOn)}办的临时外出就医备案，有效期原则上不少于${p.months}个月，各地规定不同：到${date(p.date)}可能已经到期。再去外地看病以前，先查一下备案还在不在，不在就重新办` +
    (p.insured !== undefined ? `（向参保地${p.insured}办）。` : "。"),
  "deadline.pension_claim": (p) =>
    `${date(p.month)}到法定退休年龄。要按月领养老金，到待遇领取地（照现在的记录是${p.claim}）的社保经办机构申请办理领取手续` +
    (p.linkage ? "；申请领取以前，先在那里办城乡养老保险制度衔接" : "") +
    "。要提前多久去办，我们找到的资料里没有写，请提前打12333问。",
};
