/** The wizard's questions, keyed by step id and field value (src/interview/steps.ts). */
import type { Draft } from "../../interview/draft";
import type { MemberQuestion } from "../../interview/member-rows";
import type { QuickAnswer, QuickId } from "../../interview/quick-answers";
import { STEPS, type QuestionVariant, type StepId } from "../../interview/steps";
import type { NearCity, Relation } from "../../interview/who";
import { findCity } from "../../policy/data/regions";
import { memberCardName } from "./choices";

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
  household: {
    title: "你和谁一起在这里生活？",
    hint: "先选你自己的情况。一起生活的家人可以在下面添加，不填也可以。",
  },
  schooling: {
    title: "孩子在这个城市上学或上幼儿园吗？",
    hint: "有的城市外地孩子能不能参加居民医保，要看是不是在当地上学、上幼儿园。",
  },
  medical: {
    title: "你参加过哪些医保？",
    hint: "居民医保包括以前的“新农合”。下面有一项合适就点它；都不合适，点“别的情况，我来填”，从最早的一段填起。",
    variants: {
      listed: { title: "你参加过哪些医保？", hint: "从最早的一段填起。居民医保包括以前的“新农合”。" },
    },
  },
  start: {
    title: "在这个城市的新医保从哪个月开始？",
    hint: "比如入职、开始缴费的月份。用来算中间断了几个月。不确定可以不填。",
  },
  pension: {
    title: "你交过哪些养老保险？",
    hint: "按时间顺序，每个省填一行：交了几年。最后一行是你的养老保险关系现在所在的地方。",
  },
  care: { title: "你需要在参保地以外的地方看病吗？", hint: "比如医保在老家，人在外地长期生活。" },
};

export { CHOICES } from "./choices";

export const FIELD_LABELS = {
  province: "省份",
  city: "城市",
  year: "年",
  month: "月",
  sex: "性别（可不选）",
  originalRetirementAge: "原来的退休年龄类别（女职工，可不选）",
  scheme: "哪种医保",
  from: "从哪年哪月开始（记不清可以不填）",
  to: "到哪年哪月结束",
  stillEnrolled: "现在还在交",
  plannedStart: "开始的年月",
  monthExample: "例如 2019-01",
  currentAnswer: "已选",
  speechQuick: "可以直接点",
  pensionScheme: "哪种养老保险",
  pensionProvince: "在哪个省",
  years: "交了几年",
  yearsUnit: "年（可以有一位小数，如 3.5）",
  temporary: "是“临时缴费账户”",
  addMedical: "添加一段医保",
  otherMedical: "别的情况，我来填",
  nearCities: "常填的地方，点一下就能选",
  quickCities: "点城市名，一下就选好",
  addPension: "添加一段养老保险",
  remove: "删除这一段",
  moveUp: "上移",
  moveDown: "下移",
} as const;

const cityName = (code: string | undefined) => (code ? (findCity(code)?.short ?? code) : "");

/** The words on a quick answer's button (interview/quick-answers.ts), for these answers. */
export const QUICK_LABELS: Record<QuickId, (q: QuickAnswer, a: Draft) => string> = {
  city: (q) => cityName(q.values.city),
  "hukou-same": (_q, a) => `和现在生活的城市一样（${cityName(a.city)}）`,
  "medical-none": () => "没有参加过医保",
  "medical-resident-hukou": (_q, a) => `在老家（${cityName(a.hukouCity)}）交居民医保或新农合，现在还在交`,
  "medical-staff-here": (_q, a) => `在这里（${cityName(a.city)}）交职工医保，现在还在交`,
  "medical-resident-here": (_q, a) => `在这里（${cityName(a.city)}）交居民医保，现在还在交`,
  "pension-none": () => "没有交过养老保险",
};

/** A city of a history row picked with one tap (interview/who.ts nearCities): 老家（周口）, 这里（杭州）. */
export const nearCityLabel = (place: NearCity["place"], code: string) =>
  place === "home" ? `老家（${cityName(code)}）` : `这里（${cityName(code)}）`;

/** Between a step's quick answers and its own fields. */
export const AFTER_QUICK: Partial<Record<StepId, string>> = {
  city: "不在上面的城市：先选省份，再选城市",
  hukou: "不一样的话：先选省份，再选城市",
  pension: "交过的话，每个省填一段：",
};

/** The household step's family list. */
export const HOUSEHOLD = {
  legend: "一起在这里生活的家人（可不填）",
  hint: "添加了的家人，结果里会分别说他们的医保怎么办。",
  add: { spouse: "添加配偶", child: "添加孩子", parent: "添加父母" } satisfies Record<Relation, string>,
  card: memberCardName,
  remove: (name: string) => `删除${name}`,
  birth: "出生年月",
  birthYear: "出生年份",
  birthMonth: "出生月份",
  sex: "性别（可不选）",
  work: "现在怎么工作",
  choose: "请选择",
  sameHukou: "户口和我一样",
  hukou: "户口在哪里",
  permit: "在这个城市有居住证吗？",
  schooling: "在这里上学吗？",
  insured: "现在有什么医保？",
  insuredChoices: { none: "没有", resident: "居民医保", staff: "职工医保" },
  insuredWhere: "在哪里参保：",
  insuredPick: "在哪个城市参保",
  changeCity: "换一个城市",
  insuredUnknownCity: "先选上面的户口所在地",
  full: "最多填写8位家人。",
} as const;

/** What a card says when one of its questions is left unanswered (interview/member-rows.ts). */
export const UNANSWERED_ON_CARD: Record<MemberQuestion, string> = {
  birth: "请选择这位家人的出生年月",
  work: "请选择这位家人现在怎么工作",
  hukouCity: "请选择这位家人的户口所在地",
  residencePermit: "请回答这位家人有没有居住证",
  schooling: "请回答孩子在不在这里上学",
  insured: "请选择这位家人现在的医保",
};

/** The wording of a step's question that fits the answers so far. */
export function questionFor(id: StepId, draft: Draft): { title: string; hint?: string } {
  const q = QUESTIONS[id];
  const variant = STEPS[id].variant?.(draft);
  return (variant && q.variants?.[variant]) ?? q;
}
