import { expect, test, newContext } from "./fixtures";
import { answerWizard, expectResultComplete } from "./helpers";

test("the share link opens the same result in a fresh browser, and no server ever sees the answers", async ({
  page,
  browser,
}) => {
  await answerWizard(page, {
    city: ["河南省", "郑州市"],
    hukou: ["湖北省", "襄阳市"],
    permit: "没有",
    work: /灵活就业/,
    birth: ["1985", "07"],
  });
  const link = await page.getByLabel("结果链接").inputValue();
  expect(link).toMatch(/\/result#v=2&d=\d{8}&c=410100&/);
  expect(new URL(link).search).toBe("");
  await expectResultComplete(page);
  const original = await page.getByRole("main").innerText();

  const fresh = await newContext(browser);
  const other = await fresh.newPage();
  const seen: string[] = [];
  other.on("request", (r) => seen.push(r.url()));
  await other.goto(link);
  await expect(other.getByRole("heading", { level: 1 })).toHaveText("你的医保建议");
  await expectResultComplete(other);
  expect(await other.getByRole("main").innerText()).toBe(original);
  await expect(other.getByRole("region", { name: "先做这些" })).toContainText("先在郑州办居住证");
  expect(seen.every((u) => !u.includes("c=410100"))).toBe(true);
  await fresh.close();
});

test("the copy button puts the link on the clipboard", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await answerWizard(page, {
    city: ["河北省", "石家庄市"],
    hukou: ["山西省", "大同市"],
    permit: "有居住证",
    work: /没有工作/,
    birth: ["1959", "04"],
    livingWith: /投靠子女/,
  });
  await page.getByRole("button", { name: "复制链接" }).click();
  await expect(page.getByRole("status")).toHaveText("链接已复制，可以发给家人。");
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await page.getByLabel("结果链接").inputValue());
});
