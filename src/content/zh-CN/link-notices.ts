/** Said on the result page or the broken-link page when a link held values the app could not read. */
import type { Answers } from "../../policy/answers";

/** What each answer is called when a link's value for it could not be read. */
export const ANSWER_NAMES: Record<keyof Answers, string> = {
  city: "现在生活的城市",
  hukouProvince: "户籍省份",
  hukouCity: "户籍城市",
  residencePermit: "居住证",
  work: "工作情况",
  age: "年龄",
  birth: "出生年月",
  sex: "性别",
  originalRetirementAge: "原来的退休年龄类别",
  livingWith: "和谁一起生活",
  schooling: "孩子上学情况",
  medical: "医保经历",
  plannedStart: "开始日期",
  pension: "养老保险经历",
  careAway: "在外地看病的打算",
  household: "家人信息",
  figures: "自己填的缴费数字",
  atRetirementAge: "是否到了退休年龄",
};

export const linkIgnored = (keys: readonly (keyof Answers)[]) => {
  const names = [...new Set(keys)].map((k) => ANSWER_NAMES[k]).join("、");
  return `链接里有${keys.length === 1 ? "一项" : `${new Set(keys).size}项`}看不懂，已忽略：${names}。请核对这几项，需要的话点“修改”重新填写。`;
};
