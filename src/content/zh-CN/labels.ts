/** Names of options, statuses, materials, channels and grades, as people read them. */
import type { MedicalOptionCode } from "../../policy/codes/shared";

export const OPTION_NAMES: Record<MedicalOptionCode | "keep_current", { name: string; short: string }> = {
  staff_employer: { name: "由单位参加职工医保", short: "职工医保（单位）" },
  staff_flexible: { name: "以灵活就业身份参加职工医保", short: "职工医保（灵活就业）" },
  resident_local: { name: "在现在住的地方参加居民医保", short: "居民医保（居住地）" },
  resident_hukou: { name: "在户口所在地参加居民医保", short: "居民医保（户籍地）" },
  keep_current: { name: "留在现在的医保", short: "不用换" },
};

export const STATUS_LABELS: Record<string, string> = {
  open: "现在可以办",
  after_step: "先办居住证",
  conditional: "有条件",
  unconfirmed: "当地规定未确认",
  closed: "不对你开放",
};

export const MATERIAL_NAMES: Record<string, { name: string; note?: string }> = {
  id_card: { name: "身份证" },
  hukou_booklet: { name: "户口本" },
  residence_permit: { name: "居住证" },
  residence_permit_receipt: { name: "居住证办理凭证" },
  labor_contract: { name: "劳动合同或工作证明" },
  insurance_certificate: { name: "参保凭证", note: "原参保地开，纸质或电子的都行" },
  pension_certificate: { name: "基本养老保险参保缴费凭证", note: "原来交养老保险的地方开，纸质或电子的都行" },
  business_license: { name: "营业执照", note: "个体工商户才需要" },
  photo: { name: "近期免冠照片", note: "办社保卡时可能要" },
  transfer_application: { name: "转移接续申请表", note: "到窗口办时填" },
  social_security_card: { name: "社保卡或医保电子凭证" },
  employment_registration: { name: "就业登记证明", note: "广东：户籍地以外参保时要" },
};

export const NEED_LABELS: Record<string, string> = { required: "要带", maybe: "可能要" };

export const CHANNEL_NAMES: Record<
  string,
  {
    name: string | ((p: Record<string, string | number>) => string);
    detail: (p: Record<string, string | number>) => string;
  }
> = {
  employer_hr: { name: "单位人事（HR）", detail: () => "入职时把身份证交给人事，让单位办参保。" },
  office: {
    name: (p) => (p.for === "pension" ? "社保经办机构" : "医保经办机构"),
    detail: (p) =>
      p.for === "pension"
        ? `${p.city ?? ""}的社保经办机构（人社部门的社会保险服务窗口）。`
        : `${p.city ?? ""}的医保服务大厅，或街道、社区的服务窗口。`,
  },
  national_app: {
    name: "国家医保服务平台",
    detail: () => "国家医保局的手机App（应用商店搜“国家医保服务平台”），也有网站。",
  },
  si_platform: {
    name: "国家社会保险公共服务平台",
    detail: () => "网址 si.12333.gov.cn，或“掌上12333”App、电子社保卡。",
  },
  local_app: { name: (p) => `${p.name ?? ""}`, detail: () => "当地医保的线上办事渠道。" },
  hotline_12393: {
    name: "医保服务热线 12393",
    detail: () => "问医保的事打12393；加区号可以打到外地，比如 010-12393。",
  },
  hotline_12333: { name: "人社服务热线 12333", detail: () => "问养老保险、工伤保险的事打12333。" },
};

export const GRADE_LABELS: Record<string, string> = {
  official: "政府网站原文",
  mirror: "全文转载（非官方网站）",
  news: "新闻报道",
  secondary: "网络说明（可靠性一般）",
  seed: "项目原始资料",
  unverified: "未核实",
};
