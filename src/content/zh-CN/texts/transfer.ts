/** Moving the medical insurance to a new city or scheme: what kind, the steps, the time limits. */
import type { Code } from "../../../policy/codes";
import type { TextsFor } from "../../types";
import { date } from "./format";

type TransferCodes = Extract<Code, `transfer.${string}` | `step.${string}` | "changed.transfer_procedure">;

export const TRANSFER_TEXTS: TextsFor<TransferCodes> = {
  "transfer.within_province_not_needed": (p) => `在${p.province}省内换城市，职工医保不用办转移。`,
  "transfer.within_province_automatic": (p) =>
    `在${p.province}区内换城市，新单位给你参保后，职工医保会自动发起转移。`,
  "transfer.staff_to_staff": "从职工医保到职工医保，换了城市，要申请医保关系转移接续。",
  "transfer.resident_to_resident": "从居民医保到居民医保：当年一般不转，在新地方交了下一年的钱后再申请转移。",
  "transfer.cross_scheme": "在职工医保和居民医保之间换，可以申请转移接续，把参保记录接上。",
  "transfer.years_combined": "在原来地方交的职工医保年限，到新地方累计计算。",
  "transfer.account_moves": "职工医保个人账户里的钱跟着你转到新地方。",

  "step.certificate_old": (p) => `在${p.city}开参保凭证（电子的、纸质的都行；网上办转移一般不用纸质凭证）。`,
  "step.stop_old": (p) => `在${p.city}停保（中止参保），同时开参保凭证。离职时一般由原单位办停保。`,
  "step.resident_pauses": (p) =>
    `${p.city}的居民医保不用先停：已经交了钱的那一年照常能用；职工医保待遇开始后，它会暂停。下一年不要再交${p.city}的居民医保。`,
  "step.resident_next_year": (p) => `到交下一年居民医保的时候，在${p.city}交，不要再交${p.old}的。`,
  "step.enrol_new_employer": (p) => `在${p.city}由新单位给你参保交钱。`,
  "step.enrol_new_self": (p) => `在${p.city}自己办参保登记并交钱。`,
  "step.backpay": (p) => `按新参保地的规定补交断保的${p.months}个月。`,
  "step.transfer_automatic": (p) => `${p.province}会自动发起转移，不用另外申请。`,
  "step.apply_transfer_local": "到新参保地的医保经办机构申请转移。",
  "step.apply_transfer_next_year": (p) => `在${p.city}交了下一年的居民医保后，再申请转移。`,
  "step.apply_transfer_online": (p) =>
    `${p.may ? "想把参保记录接上的，可以申请转移" : "申请转移"}：在“国家医保服务平台”App 上申请${p.app ? `，或用${p.app}` : ""}；也可以到新旧两地任一医保经办窗口申请。`,
  "step.apply_transfer_office": "到新参保地的医保经办机构申请转移。",
  "step.letter": (p) => `新参保地在${p.days}个工作日内发联系函。`,
  "step.transfer_out": (p) =>
    `${p.city}在${p.days}个工作日内办完转出${p.account ? "，把职工医保个人账户的钱转过去" : ""}。`,
  "step.transfer_in": (p) => `${p.city}收到后${p.days}个工作日内办完转入。`,
  "step.track_progress": "办理进度可以在“国家医保服务平台”上查。",
  "step.benefits_new_place": (p) => `转移完成后，按${p.city}的规定享受待遇。`,

  "changed.transfer_procedure": (p) =>
    `${date(p.issued)}印发的新办法把转移时限改为约${p.now}个工作日（以前三个环节共约${p.before}个工作日），并且可以网上办。`,
};
