import { expect, test } from "./fixtures";
import { answerWizard } from "./helpers";

test("合肥外卖骑手：从首页答完问题，看到有依据的建议和材料清单", async ({ page }) => {
  await answerWizard(page, {
    city: ["安徽省", "合肥市"],
    hukou: ["山东省", "临沂市"],
    permit: "有居住证",
    work: /平台骑手或司机/,
    birth: ["2000", "05"],
  });
  const todo = page.getByRole("region", { name: "先做这些" });
  await expect(todo).toContainText("以灵活就业身份参加职工医保");
  await expect(todo).toContainText("鼓励灵活就业的人在工作的地方参加职工医保");

  const options = page.getByRole("region", { name: "你可以选的医保" });
  await options.getByRole("button", { name: "你可以选的医保" }).click();
  await expect(options.getByRole("article")).toHaveCount(3);
  await expect(options).toContainText("60%");
  await expect(options).toContainText("以当地公布为准");

  await page.getByRole("button", { name: "材料清单" }).click();
  const checklist = page.getByRole("list", { name: "材料清单" });
  await expect(checklist).toContainText("身份证");
  await expect(checklist).toContainText("居住证");
  await expect(page.getByRole("region", { name: "去哪里办" })).toContainText("安徽医保");

  // Every conclusion cites a source that the list at the bottom explains.
  const sources = page.getByRole("region", { name: "依据的政策" });
  await expect(sources).toContainText("国家医疗保障局办公室关于进一步加强劳动者医疗保障权益维护工作的通知");
  await expect(sources).toContainText("文号未找到");
  // A mark in “先做这些” shows its sources in place; each is in the list at the bottom too.
  const firstMark = todo.getByRole("button", { name: /^依据\s*(\[\d+\])+$/ }).first();
  await firstMark.click();
  const panel = page.locator(`[id="${await firstMark.getAttribute("aria-controls")}"]`);
  await expect(panel).toBeVisible();
  for (const n of ((await firstMark.innerText()).match(/\d+/g) ?? []).map(Number)) {
    await expect(panel).toContainText(`[${n}]`);
    await expect(page.locator(`#source-${n}`)).toBeVisible();
  }
});
