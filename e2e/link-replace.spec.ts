import { expect, test, type Page } from "./fixtures";
import { expectNoAxeViolations } from "./a11y-helpers";
import { answer, answerWizard, expectHeading, next, openSection, pickCity } from "./helpers";

/**
 * A link someone sent never silently replaces the answers the person has on this phone: acting on it
 * asks first, and offers to keep their own.
 */
const FAMILY_LINK =
  "result#v=2&d=20261123&c=340100&hc=371300&rp=y&w=p&b=200005&sx=m&lw=n&m=s320100.20170701.20260531&ps=20260620&pe=s44-12&ca=n";
/** A retired woman in 哈尔滨, 职工医保 there since 1995 (her own result). */
const MOTHER_LINK = "result#v=2&d=20261130&c=230100&hc=230100&w=r&b=196204&sx=f&lw=n&m=s230100.199505&ca=n";
const DAMAGED_LINK = "result#v=2&c=340100&hc=371300&rp=y&w=p&lw=n&ca=n&b=200005";

const stored = (page: Page) =>
  page.evaluate(() =>
    Object.fromEntries(
      Object.keys(localStorage)
        .filter((k) => k.startsWith("shebao-suishendai:"))
        .map((k) => [k, JSON.parse(localStorage.getItem(k) ?? "null") as unknown]),
    ),
  );

/** 深圳, 户籍长沙, 单位上班, and the birth year chosen but not submitted. */
async function ownAnswersInProgress(page: Page) {
  await page.goto("./");
  await page.getByRole("link", { name: "开始", exact: true }).click();
  await pickCity(page, "广东省", "深圳市");
  await next(page);
  await pickCity(page, "湖南省", "长沙市");
  await next(page);
  await answer(page, /在单位上班/);
  await expectHeading(page, /出生/);
  await page.getByLabel("出生年份").selectOption("1985");
  await expect
    .poll(async () => Object.keys(await stored(page)))
    .toContain("shebao-suishendai:scratch:v1:about");
  return stored(page);
}

const question = (page: Page) => page.getByRole("group", { name: "要换成链接里的回答吗？" });

test("“修改回答” on someone else's link asks before replacing the person's own answers", async ({ page }) => {
  const mine = await ownAnswersInProgress(page);
  await page.goto(FAMILY_LINK);
  await expectHeading(page, "你的医保建议");
  await openSection(page, "修改或删除回答");
  await page.getByRole("button", { name: "你现在怎么工作？" }).click();

  await expect(question(page)).toBeVisible();
  await expect(question(page)).toContainText("这部手机上已经有你自己填的回答");
  await expect(question(page).getByRole("heading")).toBeFocused();
  expect(await stored(page)).toEqual(mine);
  await expectNoAxeViolations(page, "the question before replacing");

  // Keep mine: nothing changes, and the person stays on the link's result.
  await question(page).getByRole("button", { name: "保留我的回答" }).click();
  await expect(question(page)).toHaveCount(0);
  await expect(page.getByRole("button", { name: "你现在怎么工作？" })).toBeFocused();
  expect(await stored(page)).toEqual(mine);
  await expectHeading(page, "你的医保建议");

  // Asked again, and this time replaced: the link's answers are now the draft.
  await page.getByRole("button", { name: "你现在怎么工作？" }).click();
  await question(page).getByRole("button", { name: "换成链接里的回答" }).click();
  await expectHeading(page, /怎么工作/);
  await expect(page.getByRole("button", { name: /平台骑手或司机.*已选/ })).toBeVisible();
  const after = await stored(page);
  expect(Object.keys(after)).toEqual(["shebao-suishendai:draft:v1"]);
  expect(after["shebao-suishendai:draft:v1"]).toMatchObject({
    answers: { city: "340100", work: "platform" },
  });
});

test("“用这些回答接着填” on a damaged link asks too, and keeping leaves everything as it was", async ({
  page,
}) => {
  const mine = await ownAnswersInProgress(page);
  await page.goto(DAMAGED_LINK);
  await expectHeading(page, "这个链接打不开");
  await page.getByRole("button", { name: "用这些回答接着填" }).click();
  await expect(question(page)).toBeVisible();
  await question(page).getByRole("button", { name: "保留我的回答" }).click();
  await expect(question(page)).toHaveCount(0);
  expect(await stored(page)).toEqual(mine);
  await expectHeading(page, "这个链接打不开");
});

test("no question when the phone holds no answers, or exactly the link's", async ({ page }) => {
  await page.goto(FAMILY_LINK);
  await openSection(page, "修改或删除回答");
  await page.getByRole("button", { name: "你现在怎么工作？" }).click();
  await expectHeading(page, /怎么工作/); // nothing of the person's own to lose
  await page.goto(FAMILY_LINK); // the same answers are now on the phone
  await openSection(page, "修改或删除回答");
  await page.getByRole("button", { name: "你现在怎么工作？" }).click();
  await expectHeading(page, /怎么工作/);
});

test("a shared link can join the person's household instead of replacing their answers", async ({ page }) => {
  await answerWizard(page, {
    city: ["江苏省", "苏州市"],
    hukou: ["安徽省", "阜阳市"],
    permit: "有居住证",
    work: /平台骑手或司机/,
    birth: ["1990", "03"],
    sex: "男",
    medicalQuick: /在老家（阜阳）/,
    care: /长期在外地生活/,
  });
  const own = await page.getByLabel("结果链接").inputValue();

  // His mother's own result, made in 哈尔滨 and sent to him: he adds her as a parent living with him.
  await page.goto(MOTHER_LINK);
  await expectHeading(page, "你的医保建议");
  await openSection(page, "修改或删除回答");
  await page.getByRole("button", { name: "你现在怎么工作？" }).click();
  await expect(question(page)).toContainText("把这个人加为家人");
  await expect(question(page).getByRole("button", { name: "加为配偶" })).toBeVisible();
  await expectNoAxeViolations(page, "the question with the add-as-member choices");
  await question(page).getByRole("button", { name: "加为父母" }).click();

  // His own result, now with her part: her hukou and her 职工医保 in 哈尔滨 came from her link.
  await expectHeading(page, "你的医保建议");
  const mother = page.getByRole("region", { name: "父母 1（1962年4月出生）的医保" });
  await expect(mother).toContainText("先办“异地长期居住”备案");
  const link = await page.getByLabel("结果链接").inputValue();
  expect(link).toContain("&h=p196204.xf.wr.h230100.is230100");
  expect(link.replace(/&h=[^&]*/, "")).toBe(own);
});
