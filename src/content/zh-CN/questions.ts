/** The wizard's questions, keyed by step id and field value (src/interview/steps.ts). */
import type { Draft } from "../../interview/draft";
import { STEPS, type QuestionVariant, type StepId } from "../../interview/steps";

export interface QuestionText {
  title: string;
  hint?: string;
  /** Other wordings of the same question (steps.ts `variant`). */
  variants?: Partial<Record<QuestionVariant, { title: string; hint?: string }>>;
}

export const QUESTIONS: Record<StepId, QuestionText> = {
  city: { title: "你现在在哪个城市生活、工作？", hint: "选你平时住的、上班的城市。" },
  hukou: { title: "你的户口在哪里？", hint: "就是户口本上的地方。" },
  permit: {
    title: "你在这个城市有居住证吗？",
    hint: "居住证由当地公安机关发放。已经申请、拿到了“居住证办理凭证”的，选“正在办”。",
    variants: {
      child: {
        title: "孩子的父母在这个城市有居住证吗？",
        hint: "孩子参保看的是父母的居住证。父母一方有就选“有居住证”；拿到了“居住证办理凭证”的，选“正在办”。",
      },
    },
  },
  work: { title: "你现在怎么工作？", hint: "选最接近的一项。" },
  about: {
    title: "你是哪年哪月出生的？",
    hint: "用来算年龄和退休时间。性别只在算养老保险时用到，可以不选。",
  },
  household: { title: "你和谁一起生活？" },
  schooling: {
    title: "孩子在这个城市上学或上幼儿园吗？",
    hint: "有的城市外地孩子能不能参加居民医保，要看是不是在当地上学、上幼儿园。",
  },
  medical: {
    title: "你参加过哪些医保？",
    hint: "从最早的一段填起。居民医保包括以前的“新农合”。没参加过就直接点“下一步”。",
  },
  start: {
    title: "在这个城市的新医保从哪天开始？",
    hint: "比如入职、开始缴费的日期。用来算中间断了几个月。不确定可以不填。",
  },
  pension: {
    title: "你交过哪些养老保险？",
    hint: "按时间顺序，每个省填一行：交了几年。最后一行是你的养老保险关系现在所在的地方。没交过就直接点“下一步”。",
  },
  care: { title: "你需要在参保地以外的地方看病吗？", hint: "比如医保在老家，人在外地长期生活。" },
};

export const CHOICES: Record<string, Record<string, { label: string; hint?: string }>> = {
  residencePermit: {
    yes: { label: "有居住证" },
    applying: { label: "正在办", hint: "已经拿到居住证办理凭证" },
    no: { label: "没有" },
  },
  work: {
    employee: { label: "在单位上班，签了劳动合同", hint: "工厂、公司、商店等" },
    flexible: { label: "灵活就业", hint: "个体户（没有雇工）、打零工、兼职、自由职业" },
    platform: { label: "平台骑手或司机", hint: "外卖、快递、网约车、货运等平台接单" },
    construction: { label: "建筑工地干活", hint: "跟着工程项目做工" },
    none: { label: "没有工作", hint: "在家带孩子、照顾家人、找工作中、老人" },
    retired: { label: "已经退休，领养老金" },
    student: { label: "学生或孩子" },
  },
  schooling: {
    school: { label: "在这里上学", hint: "小学、中学、中职等" },
    kindergarten: { label: "在这里上幼儿园或托儿所" },
    none: { label: "都没有", hint: "还没上学，或者在别的地方上学" },
  },
  livingWith: {
    none: { label: "自己或和配偶一起" },
    children: { label: "来投靠子女", hint: "比如来帮子女带孩子的老人" },
    parents: { label: "跟着父母生活的孩子" },
  },
  careAway: {
    none: { label: "不需要" },
    long_term: { label: "长期在外地生活或工作", hint: "医保在一个地方，人长期在另一个地方" },
    temporary: { label: "临时去外地看病", hint: "转诊、急诊、出差或探亲时看病" },
  },
  sex: { male: { label: "男" }, female: { label: "女" } },
  originalRetirementAge: {
    "50": { label: "工人岗位（原来50岁退休）" },
    "55": { label: "干部或管理岗位（原来55岁退休）" },
  },
  scheme: { staff: { label: "职工医保" }, resident: { label: "居民医保（含新农合）" } },
  pensionScheme: { staff: { label: "职工养老保险" }, resident: { label: "城乡居民养老保险" } },
};

export const FIELD_LABELS = {
  province: "省份",
  city: "城市",
  year: "年",
  month: "月",
  sex: "性别（可不选）",
  originalRetirementAge: "原来的退休年龄类别（女职工，可不选）",
  scheme: "哪种医保",
  from: "从哪天开始",
  to: "到哪天结束",
  stillEnrolled: "现在还在交",
  plannedStart: "开始日期",
  pensionScheme: "哪种养老保险",
  pensionProvince: "在哪个省",
  years: "交了几年",
  temporary: "是“临时缴费账户”",
  addMedical: "添加一段医保",
  addPension: "添加一段养老保险",
  remove: "删除这一段",
  moveUp: "上移",
  moveDown: "下移",
} as const;

/** The wording of a step's question that fits the answers so far. */
export function questionFor(id: StepId, draft: Draft): { title: string; hint?: string } {
  const q = QUESTIONS[id];
  const variant = STEPS[id].variant?.(draft);
  return (variant && q.variants?.[variant]) ?? q;
}
