import { expect, test } from "./fixtures";

const LINK =
  "result#v=1&d=20261122&c=340100&hc=320100&rp=y&w=e&b=199203&lw=n&m=s320100.20170701.20260531&ps=20260620&ca=n";

test("print media shows the checklist and steps, the date and the link, and no buttons", async ({ page }) => {
  await page.goto(LINK);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("你的医保建议");
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("list", { name: "材料清单" })).toBeVisible();
  await expect(page.getByRole("list", { name: "材料清单" }).getByRole("checkbox")).toHaveCount(5);
  await expect(page.getByRole("region", { name: "换城市：医保怎么接上" })).toBeVisible();
  await expect(page.getByText(/^打印日期：/)).toBeVisible();
  await expect(page.getByText(/^结果链接：.*#v=2&/)).toBeVisible();
  for (const name of ["复制链接", "打印清单"]) await expect(page.getByRole("button", { name })).toBeHidden();
  await expect(page.getByRole("banner")).toBeHidden();
  const colors = await page.evaluate(() => {
    const body = getComputedStyle(document.body);
    return [body.color, body.backgroundColor];
  });
  expect(colors).toEqual(["rgb(0, 0, 0)", "rgb(255, 255, 255)"]);
  const pdf = await page.pdf({ format: "A4" });
  expect(pdf.byteLength).toBeGreaterThan(10_000);
});
