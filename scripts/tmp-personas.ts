import { advise } from "../src/policy/advise";
import { answersFor, conclusions } from "../src/policy/testing";
import { conclusionText } from "../src/content/zh-CN/texts";
const P: [string, Parameters<typeof answersFor>[0]][] = [
  ["p1 rider 杭州", { city: "杭州", hukouProvince: "河南", hukouCity: "周口", residencePermit: "yes", work: "platform", birth: "1990-04", sex: "female", medical: [{ scheme: "resident", city: "周口", from: "2019-01-01" }], careAway: "long_term" }],
  ["p2 南充", { city: "南充", hukouProvince: "四川", hukouCity: "南充", work: "none", birth: "1968-05", sex: "male", medical: [{ scheme: "resident", city: "南充", from: "2021-01-01" }], pension: [{ scheme: "staff", province: "广东", years: 16 }, { scheme: "resident", province: "四川", years: 6 }] }],
  ["p3 retiree 广州", { city: "广州", hukouProvince: "黑龙江", hukouCity: "哈尔滨", residencePermit: "no", work: "retired", birth: "1962-02", sex: "female", livingWith: "children", medical: [{ scheme: "staff", city: "哈尔滨", from: "1998-01-01" }], careAway: "long_term" }],
  ["p4 上海 工地", { city: "上海", hukouProvince: "安徽", hukouCity: "阜阳", residencePermit: "no", work: "construction", birth: "1976-09", sex: "male", medical: [{ scheme: "resident", city: "阜阳", from: "2015-01-01" }], careAway: "long_term" }],
  ["p5 graduate", { city: "成都", hukouProvince: "重庆", hukouCity: "重庆", residencePermit: "no", work: "employee", birth: "2003-07", sex: "male", medical: [{ scheme: "resident", city: "重庆", from: "2021-09-01", to: "2026-06-30" }], plannedStart: "2026-12-01" }],
  ["p6 郑州 个体户", { city: "郑州", hukouProvince: "河南", hukouCity: "南阳", residencePermit: "yes", work: "flexible", birth: "1985-11", sex: "female", medical: [{ scheme: "resident", city: "南阳", from: "2015-01-01", to: "2024-12-31" }] }],
  ["p7 苏州 employee", { city: "苏州", hukouProvince: "江西", hukouCity: "赣州", residencePermit: "yes", work: "employee", birth: "1982-01", sex: "male", medical: [{ scheme: "staff", city: "苏州", from: "2018-03-01" }], pension: [{ scheme: "staff", province: "江苏", years: 8 }] }],
  ["p8 南京→合肥", { city: "合肥", hukouProvince: "江苏", hukouCity: "南京", residencePermit: "no", work: "employee", birth: "1979-03", sex: "male", medical: [{ scheme: "staff", city: "南京", from: "2010-01-01", to: "2026-03-31" }], plannedStart: "2026-09-01", pension: [{ scheme: "staff", province: "江苏", years: 16 }] }],
];
const only = process.argv[2];
for (const [name, a] of P) {
  if (only && !name.startsWith(only)) continue;
  const adv = advise(answersFor(a), { asOf: "2026-11-30" });
  console.log(`\n===== ${name}: rec ${adv.medical.recommended.code}`);
  const show = (label: string, list: readonly unknown[]) => {
    console.log(`-- ${label}`);
    for (const c of conclusions(list)) console.log(`   ${c.code}: ${conclusionText(c)}`);
  };
  show("rec", adv.medical.recommended.because);
  for (const o of adv.medical.options) show(`option ${o.code} ${o.status}`, o.because);
  show("actions", adv.actions);
  show("warnings", adv.warnings);
  show("notices", adv.notices);
  if (adv.medical.transfer) { show("transfer", adv.medical.transfer.because); show("steps", adv.medical.transfer.steps); }
  const cont = adv.medical.transfer?.continuity ?? adv.medical.continuity;
  if (cont) show("continuity", [...cont.because, ...(cont.waitingDetail ? [cont.waitingDetail] : [])]);
  if (adv.pension) show("pension", [adv.pension.retired, adv.pension.retirementConclusion, adv.pension.minimumYears?.conclusion, adv.pension.claim?.conclusion, adv.pension.claimAfterTransfer?.conclusion, adv.pension.claimWouldMove, adv.pension.move?.conclusion, adv.pension.linkage?.conclusion, ...adv.pension.notices].filter(Boolean));
  if (adv.treatment) show("treatment", [adv.treatment.finding, ...adv.treatment.details]);
  show("family", adv.family);
  console.log("-- materials", adv.materials.map((m) => `${m.code}:${m.params.need}`).join(" "));
  console.log("-- channels", adv.channels.map((c) => `${c.code}${c.params?.city ? `(${c.params.city})` : ""}`).join(" "));
}
