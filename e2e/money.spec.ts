import { expect, test } from "./fixtures";
import { expectNoAxeViolations } from "./a11y-helpers";
import { expectResultComplete } from "./helpers";
import { PERSONAS } from "./personas";

/**
 * 要交多少钱、能领多少: the person's own figures (from the local notice or 12393) go into the link and the
 * result is worked out again from it. p6, a 个体户 in 郑州: no 郑州 base or rate for 职工医保 (灵活就业) found.
 */
test("the person's own base and rate recompute the yearly cost, named as theirs, through the link", async ({
  page,
}) => {
  await page.goto(`result#${PERSONAS.p6SelfEmployed}`);
  await expectResultComplete(page);
  const money = page.getByRole("region", { name: "要交多少钱、能领多少" });
  await money.getByRole("button", { name: "要交多少钱、能领多少" }).click();
  await expect(money).toContainText("缴费基数和费率，我们没有找到");
  await expectNoAxeViolations(page, "money section with the figures form");

  const form = money.getByRole("form", { name: "用你自己的数字算" });
  // Not a number: said at the field, nothing recomputed.
  await form.getByLabel("职工医保每月缴费基数（元）").fill("四千");
  await form.getByRole("button", { name: "按我的数字重新算" }).click();
  await expect(form.getByRole("alert")).toBeVisible();
  await expect(form.getByLabel("职工医保每月缴费基数（元）")).toHaveAttribute("aria-invalid", "true");
  expect(page.url()).not.toContain("f=");

  await form.getByLabel("职工医保每月缴费基数（元）").fill("4000");
  await form.getByLabel("职工医保费率（%）").fill("8");
  await form.getByRole("button", { name: "按我的数字重新算" }).click();
  await expect(page).toHaveURL(/#v=2&.*f=mb4000_mr8(&|$)/);
  await expectResultComplete(page);
  // Back in the section the person was working in, worked out with their figures and saying so.
  const again = page.getByRole("region", { name: "要交多少钱、能领多少" });
  await expect(again.getByRole("button", { name: "要交多少钱、能领多少" })).toBeFocused();
  await expect(again).toContainText("4000 × 8% = 320元，一年约3840元");
  await expect(again).toContainText("基数和费率都是你自己填的");
  await expect(page.getByLabel("结果链接")).toHaveValue(/f=mb4000_mr8(&|$)/);

  // Cleared again: the link loses them.
  await again.getByRole("button", { name: "清除我的数字" }).click();
  await expect(page).not.toHaveURL(/f=/);
});
