import { decodeShare } from "../src/interview/share-codec";
import { expect, newContext, test, type Page } from "./fixtures";
import { answerWizard, expectHeading, expectResultComplete } from "./helpers";

/** A member's part of the result, by the start of its heading (“配偶（1988年7月出生）的医保”). */
const memberPart = (page: Page, name: string) => page.getByRole("region", { name: `${name}的医保` });

/**
 * Families through the wizard (issue 12): every member is described on the household step, with only the
 * questions that apply to them, and reaches the result in its one link. What the result page says for
 * each member is the result page's own test; here: the answers that reach it.
 */
async function linkedAnswers(page: Page) {
  const link = await page.getByLabel("结果链接").inputValue();
  const decoded = decodeShare(new URL(link).hash);
  if (decoded.status !== "ok") throw new Error(`the result's link does not decode: ${decoded.status}`);
  return { link, answers: decoded.answers };
}

test("a family of four in 苏州: the father answers, and adds his wife and their two children", async ({
  page,
  browser,
}) => {
  await answerWizard(page, {
    city: ["江苏省", "苏州市"],
    hukou: ["安徽省", "阜阳市"],
    permit: "有居住证",
    work: /平台骑手或司机/,
    birth: ["1986", "03"],
    sex: "男",
    household: [
      // The mother stays at home, with no 居住证, in 居民医保 where the family's hukou is.
      {
        relation: "配偶",
        birth: ["1988", "07"],
        sex: "女",
        work: "none",
        permit: "没有",
        insured: "居民医保",
      },
      { relation: "孩子", birth: ["2018", "04"], schooling: "在这里上学", insured: "居民医保" },
      { relation: "孩子", birth: ["2023", "06"], schooling: "都没有", insured: "没有" },
    ],
    medicalQuick: /在老家（阜阳）/,
    care: /长期在外地生活/,
  });
  const { link, answers } = await linkedAnswers(page);
  expect(answers).toMatchObject({
    city: "320500",
    hukouProvince: "340000",
    hukouCity: "341200",
    residencePermit: "yes",
    work: "platform",
    livingWith: "none",
  });
  // 阜阳 is 341200; the children's 居住证 is their parents' (never asked of them).
  expect(answers.household).toEqual([
    {
      relation: "spouse",
      birth: "1988-07",
      sex: "female",
      work: "none",
      residencePermit: "no",
      insured: { scheme: "resident", city: "341200" },
    },
    {
      relation: "child",
      birth: "2018-04",
      schooling: "school",
      insured: { scheme: "resident", city: "341200" },
    },
    { relation: "child", birth: "2023-06", schooling: "none" },
  ]);
  console.log(
    `share link of the 苏州 family of four: ${new URL(link).hash.length - 1} characters after #, ${link.length} in all`,
  );

  // The result: the father's own part, then one part per member with their own route (scenario H1).
  await expectResultComplete(page);
  const spouse = memberPart(page, "配偶（1988年7月出生）");
  const child1 = memberPart(page, "孩子 1（2018年4月出生）");
  const child2 = memberPart(page, "孩子 2（2023年6月出生）");
  await expect(spouse.getByText("在户口所在地参加居民医保").first()).toBeVisible();
  await expect(child1.getByText("在现在住的地方参加居民医保").first()).toBeVisible();
  await expect(child2.getByText("在户口所在地参加居民医保").first()).toBeVisible();
  // A child's 居住证 is the parents': nobody tells a child to apply for one.
  for (const child of [child1, child2]) await expect(child).not.toContainText("先办居住证");
  // One checklist for everyone, one link.
  await expect(page.getByRole("region", { name: "材料清单" })).toHaveCount(1);
  await expect(page.getByLabel("结果链接")).toHaveCount(1);

  // One printout: every member's part is on the sheet, with its sections open.
  await page.emulateMedia({ media: "print" });
  for (const part of [spouse, child1, child2]) {
    await expect(part).toBeVisible();
    for (const body of await part.locator("section.disclosure [id$='-body']").all())
      await expect(body).toBeVisible();
  }
  await page.emulateMedia({ media: "screen" });
  const onScreen = await page.getByRole("main").innerText();

  // The one link reopens all of it on another phone.
  const other = await (await newContext(browser)).newPage();
  await other.goto(link);
  await expectHeading(other, "你的医保建议");
  await expectResultComplete(other);
  for (const name of ["配偶（1988年7月出生）", "孩子 1（2018年4月出生）", "孩子 2（2023年6月出生）"])
    await expect(memberPart(other, name)).toBeVisible();
  expect(await other.getByRole("main").innerText()).toBe(onScreen);
  await other.close();
});

test("a retired mother from 哈尔滨 lives with her daughter in 广州: her own hukou and her 职工医保 at home", async ({
  page,
}) => {
  await answerWizard(page, {
    city: ["广东省", "广州市"],
    hukou: ["广东省", "广州市"],
    work: /在单位上班/,
    birth: ["1990", "10"],
    sex: "女",
    household: [
      {
        relation: "父母",
        birth: ["1962", "02"],
        sex: "女",
        work: "retired",
        hukou: ["黑龙江省", "哈尔滨市"],
        permit: "没有",
        insured: "职工医保",
        insuredCity: ["黑龙江省", "哈尔滨市"],
      },
    ],
    medicalQuick: /在这里（广州）交职工医保/,
    pension: [{ scheme: "职工养老保险", province: "广东省", years: "8" }],
  });
  const { answers } = await linkedAnswers(page);
  expect(answers).toMatchObject({ city: "440100", hukouCity: "440100", livingWith: "none" });
  // Her own route (scenario H2): she keeps her 职工医保 in 哈尔滨 and files as living here long term; her
  // pension stays where it is paid.
  await expectResultComplete(page);
  const mother = memberPart(page, "父母 1（1962年2月出生）");
  await expect(mother.getByText("留在现在的医保").first()).toBeVisible();
  await expect(mother).toContainText("先办“异地长期居住”备案");
  await expect(mother).not.toContainText("转移接续");
  await expect(mother).toContainText("养老保险不用转移，照常在原来的地方领");
  expect(answers.residencePermit).toBeUndefined(); // a local is not asked
  expect(answers.household).toEqual([
    {
      relation: "parent",
      birth: "1962-02",
      sex: "female",
      work: "retired",
      hukouProvince: "230000",
      hukouCity: "230100",
      residencePermit: "no",
      insured: { scheme: "staff", city: "230100" },
    },
  ]);
});
