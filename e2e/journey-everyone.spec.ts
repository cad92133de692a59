import { expect, test } from "./fixtures";
import { answerWizard } from "./helpers";

/**
 * People the first version stranded before the result ("还有问题没回答完" → start page → question 1):
 * someone living in their hukou city, a student and a child. Each answers the wizard on a phone and
 * reaches their result (persona test p2 and p7's children; issue 10).
 */
test.describe("everyone reaches a result", () => {
  test("a returnee living in the hukou city (南充): no 居住证 question, a result", async ({ page }) => {
    await answerWizard(page, {
      city: ["四川省", "南充市"],
      hukou: ["四川省", "南充市"],
      work: /没有工作/,
      birth: ["1968", "05"],
      sex: "男",
      medical: [{ scheme: "居民医保（含新农合）", city: ["四川省", "南充市"], from: "2021-01" }],
      pension: [
        { scheme: "职工养老保险", province: "广东省", years: "16" },
        { scheme: "城乡居民养老保险", province: "四川省", years: "6" },
      ],
    });
    await expect(page.getByText("还有问题没回答完")).toHaveCount(0);
    // The journey runs on the fixed clock of e2e/fixtures.ts: the advice is dated by it.
    await expect(page.getByText("按 2026年11月30日 的政策计算")).toBeVisible();
    await page.getByRole("button", { name: "养老保险", exact: true }).click();
    await expect(page.getByText(/以后在广东领养老金/)).toBeVisible();
    await expect(page.getByText(/城乡居民养老保险转进职工养老保险/)).toBeVisible();
  });

  test("a university student (成都, hukou 重庆): no pension question, a result", async ({ page }) => {
    await answerWizard(page, {
      city: ["四川省", "成都市"],
      hukou: ["重庆市", "重庆市"],
      permit: "没有",
      work: /学生或孩子/,
      birth: ["2005", "09"],
      medical: [{ scheme: "居民医保（含新农合）", city: ["重庆市", "重庆市"], from: "2021-09" }],
    });
    await expect(page.getByText("还有问题没回答完")).toHaveCount(0);
    await expect(page.getByText(/法定退休年龄/)).toHaveCount(0);
  });

  test("a child of 8 in 苏州 at school: asked about the parents' 居住证 and school, a result", async ({
    page,
  }) => {
    await answerWizard(page, {
      city: ["江苏省", "苏州市"],
      hukou: ["江西省", "赣州市"],
      permit: "有居住证",
      work: /学生或孩子/,
      birth: ["2018", "03"],
      livingWith: /跟着父母生活的孩子/,
      schooling: /在这里上学/,
    });
    await expect(page.getByText("还有问题没回答完")).toHaveCount(0);
    await expect(page.getByRole("region", { name: "先做这些" })).toContainText("在现在住的地方参加居民医保");
    await expect(page.getByText(/先在苏州办居住证/)).toHaveCount(0);
  });
});
