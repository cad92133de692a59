/**
 * Writes src/interview/link-fixtures/v<current>.json: real links made by encodeShare for varied people,
 * each with the answers and date it must decode to. Run it once when a link version is released
 * (`npx tsx scripts/freeze-link-fixtures.ts`); it refuses to overwrite a released version's file,
 * because those links are out in people's chats and must keep opening to the same answers.
 */
import { existsSync, writeFileSync } from "node:fs";
import { LINK_VERSION, encodeShare } from "../src/interview/share-codec";
import { answersFor, type NamedAnswers } from "../src/policy/testing";

const PEOPLE: [person: string, asOf: string, answers: NamedAnswers][] = [
  [
    "合肥的外卖骑手，户籍临沂",
    "2026-11-22",
    {
      city: "合肥",
      hukouProvince: "山东",
      hukouCity: "临沂",
      residencePermit: "yes",
      work: "platform",
      birth: "2000-05",
      sex: "male",
    },
  ],
  [
    "南京职工跳槽到合肥，医保要转",
    "2026-11-22",
    {
      city: "合肥",
      hukouProvince: "江苏",
      hukouCity: "南京",
      residencePermit: "yes",
      work: "employee",
      birth: "1992-03",
      medical: [{ scheme: "staff", city: "南京", from: "2017-07-01", to: "2026-05-31" }],
      plannedStart: "2026-06-20",
    },
  ],
  [
    "广州职工，养老保险交在三个省",
    "2026-11-22",
    {
      city: "广州",
      hukouProvince: "四川",
      hukouCity: "绵阳",
      residencePermit: "yes",
      work: "employee",
      birth: "1977-05",
      sex: "male",
      pension: [
        { scheme: "staff", province: "浙江", years: 11 },
        { scheme: "staff", province: "江苏", years: 3 },
        { scheme: "staff", province: "广东", years: 6 },
      ],
    },
  ],
  [
    "退休职工到深圳投靠子女，长期在外地生活",
    "2026-11-22",
    {
      city: "深圳",
      hukouProvince: "湖南",
      hukouCity: "邵阳",
      residencePermit: "no",
      work: "retired",
      birth: "1958-09",
      sex: "female",
      livingWith: "children",
      medical: [{ scheme: "staff", city: "邵阳", from: "1998-01-01" }],
      careAway: "long_term",
    },
  ],
  [
    "成都建筑工地的工人，户籍巴中，新农合",
    "2026-11-22",
    {
      city: "成都",
      hukouProvince: "四川",
      hukouCity: "巴中",
      residencePermit: "no",
      work: "construction",
      birth: "1981-02",
      medical: [{ scheme: "resident", city: "巴中", from: "2010-01-01" }],
    },
  ],
  [
    "郑州灵活就业，没有居住证",
    "2026-11-22",
    {
      city: "郑州",
      hukouProvince: "湖北",
      hukouCity: "襄阳",
      residencePermit: "no",
      work: "flexible",
      birth: "1985-07",
    },
  ],
  [
    "石家庄投靠子女的老人，只知道年龄",
    "2025-03-01",
    {
      city: "石家庄",
      hukouProvince: "山西",
      hukouCity: "大同",
      residencePermit: "yes",
      work: "none",
      age: 67,
      atRetirementAge: true,
      livingWith: "children",
    },
  ],
  [
    "北京本地户籍的大学生",
    "2026-09-01",
    {
      city: "北京",
      hukouProvince: "北京",
      hukouCity: "北京",
      work: "student",
      birth: "2006-10",
      sex: "female",
      livingWith: "parents",
    },
  ],
  [
    "上海灵活就业的女职工，原退休年龄50岁，广东有临时缴费账户",
    "2026-11-22",
    {
      city: "上海",
      hukouProvince: "江西",
      hukouCity: "赣州",
      residencePermit: "applying",
      work: "flexible",
      birth: "1976-04",
      sex: "female",
      originalRetirementAge: 50,
      pension: [
        { scheme: "staff", province: "广东", years: 6.5, temporary: true },
        { scheme: "resident", province: "江西", years: 4 },
      ],
      careAway: "temporary",
    },
  ],
  [
    "乌鲁木齐的职工，正在办居住证，换过很多城市",
    "2026-11-22",
    {
      city: "乌鲁木齐",
      hukouProvince: "甘肃",
      hukouCity: "天水",
      residencePermit: "applying",
      work: "employee",
      birth: "1988-12",
      medical: [
        { scheme: "resident", city: "天水", from: "2008-01-01", to: "2010-12-31" },
        { scheme: "staff", city: "兰州", from: "2011-03-01", to: "2014-06-30" },
        { scheme: "staff", city: "西安", from: "2014-07-01", to: "2019-02-28" },
        { scheme: "staff", city: "西宁", from: "2019-04-01", to: "2026-08-31" },
      ],
      plannedStart: "2026-10-01",
      pension: [
        { scheme: "staff", province: "甘肃", years: 3 },
        { scheme: "staff", province: "陕西", years: 4.5 },
        { scheme: "staff", province: "青海", years: 7 },
      ],
    },
  ],
  [
    "在拉萨没有工作，户籍四川",
    "2026-11-22",
    {
      city: "拉萨",
      hukouProvince: "四川",
      hukouCity: "甘孜",
      residencePermit: "no",
      work: "none",
      birth: "1995-06",
      medical: [{ scheme: "resident", city: "甘孜", from: "2015-01-01" }],
    },
  ],
  [
    "东莞的职工，户籍玉林，两边都交着医保",
    "2026-11-22",
    {
      city: "东莞",
      hukouProvince: "广西",
      hukouCity: "玉林",
      residencePermit: "applying",
      work: "employee",
      birth: "1990-01",
      sex: "male",
      medical: [
        { scheme: "resident", city: "玉林", from: "2012-01-01" },
        { scheme: "staff", city: "东莞", from: "2020-03-01" },
      ],
      pension: [{ scheme: "staff", province: "广东", years: 0 }],
    },
  ],
  [
    "苏州的平台司机，全国新规之前的日期",
    "2024-12-31",
    {
      city: "苏州",
      hukouProvince: "安徽",
      hukouCity: "阜阳",
      residencePermit: "yes",
      work: "platform",
      birth: "1983-08",
      sex: "male",
      medical: [{ scheme: "resident", city: "阜阳", from: "2016-01-01", to: "2024-06-30" }],
      pension: [{ scheme: "resident", province: "安徽", years: 8.5 }],
    },
  ],
  [
    "哈尔滨的退休人员，和父母一起生活，只知道年龄",
    "2031-09-01",
    {
      city: "哈尔滨",
      hukouProvince: "黑龙江",
      hukouCity: "齐齐哈尔",
      residencePermit: "yes",
      work: "retired",
      age: 64,
      atRetirementAge: false,
      livingWith: "parents",
      medical: [{ scheme: "staff", city: "齐齐哈尔", from: "1995-05-01" }],
      careAway: "long_term",
    },
  ],
  [
    "在武汉打工，户籍恩施州，临时回乡看病",
    "2031-09-01",
    {
      city: "武汉",
      hukouProvince: "湖北",
      hukouCity: "恩施",
      residencePermit: "yes",
      work: "construction",
      birth: "1970-11",
      sex: "female",
      originalRetirementAge: 55,
      medical: [{ scheme: "resident", city: "恩施", from: "2009-01-01" }],
      pension: [{ scheme: "staff", province: "湖北", years: 15 }],
      careAway: "temporary",
    },
  ],
  [
    "苏州的一家四口：父亲骑手有居住证，母亲在家，孩子8岁上学、3岁没上幼儿园",
    "2026-11-30",
    {
      city: "苏州",
      hukouProvince: "安徽",
      hukouCity: "阜阳",
      residencePermit: "yes",
      work: "platform",
      birth: "1990-03",
      sex: "male",
      livingWith: "children",
      medical: [{ scheme: "resident", city: "阜阳" }],
      pension: [{ scheme: "staff", province: "江苏", years: 3.5 }],
      household: [
        {
          relation: "spouse",
          birth: "1992-05",
          sex: "female",
          work: "none",
          residencePermit: "no",
          insured: { scheme: "resident", city: "阜阳" },
        },
        {
          relation: "child",
          birth: "2018-03",
          schooling: "school",
          insured: { scheme: "resident", city: "阜阳" },
        },
        { relation: "child", birth: "2023-06", schooling: "none" },
      ],
    },
  ],
  [
    "退休的母亲从哈尔滨到广州带孙子，和女儿一家住",
    "2026-11-30",
    {
      city: "广州",
      hukouProvince: "广东",
      hukouCity: "广州",
      work: "employee",
      birth: "1988-09",
      sex: "female",
      livingWith: "parents",
      medical: [{ scheme: "staff", city: "广州", from: "2015-07" }],
      household: [
        {
          relation: "parent",
          birth: "1962-04",
          sex: "female",
          work: "retired",
          hukou: "哈尔滨",
          insured: { scheme: "staff", city: "哈尔滨" },
        },
        { relation: "child", birth: "2022-01", schooling: "kindergarten" },
      ],
    },
  ],
  [
    "合肥的灵活就业人员，按月记得参保，在结果页填了自己的缴费基数",
    "2026-11-30",
    {
      city: "合肥",
      hukouProvince: "安徽",
      hukouCity: "六安",
      residencePermit: "applying",
      work: "flexible",
      birth: "1985-12",
      sex: "female",
      originalRetirementAge: 50,
      medical: [
        { scheme: "resident", city: "六安", from: "2010-01", to: "2024-12" },
        { scheme: "staff", city: "合肥", from: "2025-03" },
      ],
      plannedStart: "2027-01",
      pension: [{ scheme: "staff", province: "安徽", years: 7.3 }],
      figures: { medicalBase: 4500, medicalRate: 7.5, pensionTier: 0.6, accountBalance: 23000 },
    },
  ],
  [
    "杭州本地户籍的中学生，在本地上学",
    "2026-11-30",
    {
      city: "杭州",
      hukouProvince: "浙江",
      hukouCity: "杭州",
      work: "student",
      birth: "2011-02",
      livingWith: "parents",
      schooling: "school",
    },
  ],
];

const file = new URL(`../src/interview/link-fixtures/v${LINK_VERSION}.json`, import.meta.url);
if (existsSync(file)) {
  console.error(`${file.pathname} exists: version ${LINK_VERSION} is released, its links must not change.`);
  process.exit(1);
}
const links = PEOPLE.map(([person, asOf, named]) => {
  const answers = answersFor(named);
  return { person, link: encodeShare(answers, asOf), asOf, answers };
});
writeFileSync(file, `${JSON.stringify({ version: LINK_VERSION, links }, null, 2)}\n`);
console.log(`wrote ${links.length} links to ${file.pathname}`);
