import { expect, test } from "./fixtures";
import { answerWizard } from "./helpers";

test("南京职工跳槽到合肥：转移接续的步骤、时限和参保凭证", async ({ page }) => {
  await answerWizard(page, {
    city: ["安徽省", "合肥市"],
    hukou: ["江苏省", "南京市"],
    permit: "有居住证",
    work: /在单位上班/,
    birth: ["1992", "03"],
    medical: [{ scheme: "职工医保", city: ["江苏省", "南京市"], from: "2017-07", to: "2026-05" }],
    start: "2026-06",
  });
  const todo = page.getByRole("region", { name: "先做这些" });
  await expect(todo).toContainText("由单位参加职工医保");
  // The steps of the transfer are on the first screen, in order, with the day to follow it up.
  await expect(todo).toContainText("要申请医保关系转移接续");
  await expect(todo.getByRole("listitem").filter({ hasText: "在南京开参保凭证" })).toBeVisible();
  await expect(todo).toContainText("10个工作日内办完转出");
  await expect(todo).toContainText("5个工作日内办完转入");
  await expect(todo).toContainText("国家医保服务平台");
  await expect(todo).toContainText("2026年12月21日应该办完了");
  // The rest opens in place.
  const transfer = page.getByRole("region", { name: "换城市：医保怎么接上" });
  await transfer.getByRole("button", { name: "换城市：医保怎么接上" }).click();
  await expect(transfer).toContainText("中间没有断");
  await expect(transfer).toContainText("年限，到新地方累计计算");
  await expect(transfer).toContainText("个人账户里的钱跟着你转到新地方");
  await page.getByRole("button", { name: "材料清单" }).click();
  await expect(page.getByRole("list", { name: "材料清单" })).toContainText("参保凭证");
  await expect(page.getByRole("region", { name: "要注意" })).toHaveCount(0);

  // Change an earlier answer from the result page: a 5-month gap now brings the warning.
  await page.getByRole("button", { name: "修改或删除回答" }).click();
  await page.getByRole("button", { name: "在这个城市的新医保从哪个月开始？" }).click();
  await page.getByLabel("开始的年月").fill("2026-11");
  await page.getByRole("button", { name: "看结果" }).click();
  await expect(page.getByRole("region", { name: "要注意" })).toContainText("断保5个月");
});
