/**
 * The words of the wizard's choices, and the names of the family cards: also said on the result page
 * (whom the advice is for), so kept apart from the questions and their steps, which the result's first
 * screen does not need (src/first-screen.tsx).
 */
import type { Relation } from "../../interview/who";

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
    none: { label: "我自己，或和配偶、孩子一起", hint: "在这里工作、生活的大人，大多选这个" },
    children: { label: "我是来投靠子女的", hint: "比如来帮子女带孩子的老人" },
    parents: { label: "我是跟着父母生活的孩子" },
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

/** 配偶, 孩子 1, 父母 2…: the name of a family card (the wizard's household step, the result's parts). */
export const memberCardName = (relation: Relation, n: number) =>
  relation === "spouse" ? "配偶" : relation === "child" ? `孩子 ${n}` : `父母 ${n}`;
