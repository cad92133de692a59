/** What to watch out for, what to do first, and what is not confirmed locally. */
import type { Code } from "../../../policy/codes";
import type { MedicalOptionCode } from "../../../policy/codes/shared";
import type { TextsFor } from "../../types";
import { OPTION_NAMES } from "../labels";
import { date } from "./format";

const names = (codes: readonly MedicalOptionCode[]) =>
  codes.map((c) => `“${OPTION_NAMES[c].name}”`).join("、");

type WarningCodes = Extract<
  Code,
  | "warning.duplicate_enrolment"
  | "warning.gap_over_3_months"
  | "warning.enrolment_window"
  | `duplicate.${string}`
  | "action.apply_residence_permit"
  | "notice.city_rule_unconfirmed"
>;

export const WARNING_TEXTS: TextsFor<WarningCodes> = {
  "warning.duplicate_enrolment": (p) =>
    `你在${p.city}的${p.scheme === "staff" ? "职工医保" : "居民医保"}还在。同时参加两种基本医保，只能享受一边的待遇。`,
  "duplicate.resident_paused_when_staff_starts":
    "职工医保待遇开始后，原来的居民医保就暂停；等待期里还可以用已交年度的居民医保。下一年别再交老家的居民医保。",
  "duplicate.stop_other": (p) => `新的参保开始后，去${p.city}停掉原来的参保。`,
  "warning.gap_over_3_months": (p) =>
    `你中间断保${p.months}个月，超过3个月：${p.scheme === "staff" ? "可能有等待期，连续参保的年数也断了" : "有等待期，连续参保的年数也断了"}。`,
  "warning.enrolment_window": (p) => {
    const w = p.window;
    const late = "错过集中参保期再参保，一般有3个月等待期（新生儿等除外；各省具体规定不同）。";
    if (!w) return `居民医保每年集中交一次，通常在上一年9月至12月，以当地公布为准。${late}`;
    if (w.past)
      return `居民医保每年集中交一次。${w.city}${w.coverageYear}年度的集中参保期（${date(w.from)}至${date(w.to)}）已经结束，新一年度的时间以当地公布为准。${late}`;
    return `居民医保每年集中交一次。${w.city}${w.coverageYear}年度的集中参保期：${date(w.from)}至${date(w.to)}${w.extensionTo ? `；${date(w.extensionTo)}前还可以补交（从交钱那天起享受待遇）` : ""}。${late}`;
  },
  "action.apply_residence_permit": (p) =>
    `${p.forChild ? "孩子参保看父母的居住证：父母" : ""}${p.applying ? `拿到${p.city}的居住证` : `先在${p.city}办居住证`}${p.receiptAccepted ? "（拿到办理凭证就可以先参保）" : ""}，办好后${p.forChild ? "孩子" : ""}可以${names(p.options)}。`,
  "notice.city_rule_unconfirmed": (p) =>
    `${p.city}对${names(p.options)}现在的具体做法，我们没有找到确定的资料。国家要求各地让持居住证的人参保、放开灵活就业人员的户籍限制。办之前，请打12393或问当地医保经办机构。`,
};
