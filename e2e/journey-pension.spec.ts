import { expect, test, newContext } from "./fixtures";
import { answerWizard } from "./helpers";

test("三个省的养老保险：结果页说出在哪里领，打印和分享链接里也一样", async ({ page, browser }) => {
  await answerWizard(page, {
    city: ["广东省", "广州市"],
    hukou: ["四川省", "绵阳市"],
    permit: "有居住证",
    work: /在单位上班/,
    birth: ["1977", "05"],
    sex: "男",
    pension: [
      { scheme: "职工养老保险", province: "浙江省", years: "11" },
      { scheme: "职工养老保险", province: "江苏省", years: "3" },
      { scheme: "职工养老保险", province: "广东省", years: "6" },
    ],
  });
  const pension = page.getByRole("region", { name: "养老保险" });
  await pension.getByRole("button", { name: "养老保险" }).click();
  const claim = pension.getByText(/以后要转回之前交满10年的浙江/);
  await expect(claim).toBeVisible();
  await expect(pension).toContainText("法定退休年龄是63岁，到2040年5月");
  await expect(page.getByRole("region", { name: "依据的政策" })).toContainText("国办发〔2009〕66号");

  await page.emulateMedia({ media: "print" });
  await expect(claim).toBeVisible();
  await page.emulateMedia({ media: "screen" });

  const link = await page.getByLabel("结果链接").inputValue();
  expect(link).toContain("pe=s33-11_s32-3_s44-6");
  const other = await (await newContext(browser)).newPage();
  await other.goto(link);
  await other.getByRole("button", { name: "养老保险" }).click();
  await expect(
    other.getByRole("region", { name: "养老保险" }).getByText(/转回之前交满10年的浙江/),
  ).toBeVisible();
});

test("退休职工到深圳投靠子女：办异地长期居住备案", async ({ page }) => {
  await answerWizard(page, {
    city: ["广东省", "深圳市"],
    hukou: ["湖南省", "邵阳市"],
    permit: "没有",
    work: /已经退休/,
    birth: ["1958", "09"],
    sex: "女",
    livingWith: /投靠子女/,
    medical: [{ scheme: "职工医保", city: ["湖南省", "邵阳市"], from: "1998-01" }],
    care: /长期在外地生活/,
  });
  const todo = page.getByRole("region", { name: "先做这些" });
  await expect(todo).toContainText("留在现在的医保");
  // The filing is a step of the first screen; the rest of it opens in place.
  await expect(todo).toContainText("先办“异地长期居住”备案");
  await expect(page.getByRole("main")).not.toContainText("异地安置退休”备案");
  const care = page.getByRole("region", { name: /异地就医备案/ });
  await care.getByRole("button").first().click();
  await expect(care).toContainText("长期居住的备案一直有效");
  await expect(page.getByRole("region", { name: "去哪里办" })).toContainText("国家医保服务平台");
});

test("建筑工地的工人：工伤保险按项目参保，不用自己买", async ({ page }) => {
  await answerWizard(page, {
    city: ["四川省", "成都市"],
    hukou: ["四川省", "巴中市"],
    permit: "没有",
    work: /建筑工地/,
    birth: ["1981", "02"],
    medical: [{ scheme: "居民医保（含新农合）", city: ["四川省", "巴中市"], from: "2010-01" }],
  });
  const injury = page.getByRole("region", { name: /工伤/ });
  await injury.getByRole("button").first().click();
  await expect(injury.getByText(/按项目办/)).toBeVisible();
  await expect(injury).toContainText("按项目办");
  await expect(injury).toContainText("不用你自己买");
});
