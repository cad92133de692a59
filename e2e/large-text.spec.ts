import { expect, test, type Page } from "./fixtures";
import { PEOPLE, openEverything, openResult } from "./a11y-helpers";
import { addMember, answer, choose, expectHeading, memberCard, next, pickCity } from "./helpers";

test.use({ viewport: { width: 360, height: 740 } });

const rootFontSize = (page: Page) =>
  page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
const scrollWidth = (page: Page) => page.evaluate(() => document.scrollingElement?.scrollWidth ?? Infinity);

/** What sticks out to the right, to say why a page scrolls sideways. */
const offenders = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll("body *")]
      .filter(
        (el) =>
          el.getBoundingClientRect().right + window.scrollX > 360.5 || el.scrollWidth > el.clientWidth + 1,
      )
      .slice(-5)
      .map(
        (el) =>
          `${el.tagName}.${el.className.toString()} “${(el.textContent ?? "").slice(0, 30)}” → ${el.getBoundingClientRect().right + window.scrollX}`,
      ),
  );

async function expectNoSideways(page: Page, what: string) {
  const width = await scrollWidth(page);
  expect(width, `horizontal scrolling on ${what}: ${(await offenders(page)).join("; ")}`).toBeLessThanOrEqual(
    360,
  );
}

test("the large-text switch is on every screen, scales the page and is remembered on the device", async ({
  page,
}) => {
  await page.goto("./");
  const normal = await rootFontSize(page);
  const headingBefore = (await page.getByRole("heading", { level: 1 }).boundingBox())?.height ?? 0;
  const toggle = page.getByRole("banner").getByRole("switch", { name: /大字/ });
  await expect(toggle).toHaveAttribute("aria-checked", "false");
  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-checked", "true");
  await expect(page.locator("html")).toHaveClass(/\blarge-text\b/);
  expect(await rootFontSize(page)).toBeGreaterThanOrEqual(normal * 1.3);
  // The whole layout follows (rem), not only the body text: the heading grows too.
  expect((await page.getByRole("heading", { level: 1 }).boundingBox())?.height ?? 0).toBeGreaterThan(
    headingBefore * 1.2,
  );
  expect(await page.evaluate(() => localStorage.getItem("shebao-suishendai:large-text:v1"))).toBe("1");

  // Remembered: on reload, on a step, on the result page, on the glossary.
  for (const url of ["./", "q/city", `result#${PEOPLE.rider}`, "glossary", "no/such/page"]) {
    await page.goto(url);
    await expect(page.getByRole("switch", { name: /大字/ })).toHaveAttribute("aria-checked", "true");
    expect(await rootFontSize(page), url).toBeGreaterThanOrEqual(normal * 1.3);
  }

  await page.getByRole("switch", { name: /大字/ }).click();
  await page.reload();
  await expect(page.getByRole("switch", { name: /大字/ })).toHaveAttribute("aria-checked", "false");
  expect(await rootFontSize(page)).toBe(normal);
});

test("large text is applied before the first paint: no flash of small text", async ({ page }) => {
  await page.addInitScript(() => {
    localStorage.setItem("shebao-suishendai:large-text:v1", "1");
    // Record the <html> class at the moment React first puts anything into #root.
    new MutationObserver((_, observer) => {
      const root = document.getElementById("root");
      if (root && root.childElementCount > 0) {
        (window as unknown as { firstPaintClass: string }).firstPaintClass =
          document.documentElement.className;
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto("./");
  await expectHeading(page, /医保和养老保险怎么办/);
  expect(
    await page.evaluate(() => (window as unknown as { firstPaintClass?: string }).firstPaintClass),
  ).toMatch(/\blarge-text\b/);
});

test("no horizontal scrolling at 360 px with large text: start, city buttons, family cards, lists, results", async ({
  page,
}) => {
  await page.goto("./");
  await page.getByRole("switch", { name: /大字/ }).click();
  await expectNoSideways(page, "start");

  await page.getByRole("link", { name: "开始" }).click();
  await expectNoSideways(page, "city, with its buttons");
  await pickCity(page, "广西壮族自治区", "防城港市");
  await next(page);
  await pickCity(page, "内蒙古自治区", "呼伦贝尔市");
  await next(page);
  await answer(page, /建筑工地/);
  await choose(page, "女");
  await page.getByLabel("出生年份").selectOption("1971");
  await page.getByLabel("出生月份").selectOption("12");
  await expectNoSideways(page, "birth and sex");
  await next(page);
  await answer(page, /^正在办/);
  await expectHeading(page, /和谁一起在这里生活/);
  await addMember(
    page,
    { relation: "孩子", birth: ["2016", "09"], schooling: "都没有", insured: "居民医保" },
    "孩子 1",
  );
  await addMember(
    page,
    {
      relation: "父母",
      birth: ["1948", "02"],
      work: "retired",
      hukou: ["黑龙江省", "大兴安岭地区"],
      permit: "没有",
      insured: "职工医保",
    },
    "父母 1",
  );
  await memberCard(page, "父母 1").getByRole("button", { name: "换一个城市" }).click();
  await expectNoSideways(page, "family cards");
  for (const title of ["父母 1", "孩子 1"])
    await memberCard(page, title)
      .getByRole("button", { name: `删除${title}` })
      .click();
  await next(page);
  await expectHeading(page, /医保/);
  await answer(page, "别的情况，我来填");
  await page.getByRole("button", { name: /添加一段医保/ }).click();
  const row = page.getByRole("group", { name: "第 1 段医保" });
  await row.getByRole("radio", { name: /居民医保/ }).check();
  await pickCity(row, "新疆维吾尔自治区", "克孜勒苏柯尔克孜自治州");
  await row.getByLabel("现在还在交").uncheck();
  await next(page); // the second, empty row shows its errors too
  await expect(page.getByRole("alert")).toBeVisible();
  await expectNoSideways(page, "medical history list with errors");
  await page.getByRole("group", { name: "第 2 段医保" }).getByRole("button", { name: /删除/ }).click();
  await row.getByLabel("从哪年哪月开始").fill("2010-01");
  await row.getByLabel("到哪年哪月结束").fill("2026-03");
  await next(page);
  await expectHeading(page, /从哪个月开始/);
  await next(page);
  await page.getByRole("button", { name: /添加一段养老保险/ }).click();
  const p = page.getByRole("group", { name: "第 1 段养老保险" });
  await p.getByLabel("在哪个省").selectOption({ label: "新疆维吾尔自治区" });
  await p.getByLabel("交了几年").fill("12.5");
  await expectNoSideways(page, "pension list");
  await next(page);
  await answer(page, /长期在外地/);
  await expectHeading(page, "你的医保建议");
  await expect(page.getByRole("img", { name: "结果链接的二维码" })).toBeVisible();
  await expectNoSideways(page, "result after the wizard");

  for (const [who, fragment] of Object.entries(PEOPLE)) {
    await openResult(page, fragment);
    // Every section, glossary explanation, source and picture text open: the longest the page gets.
    const opened = await openEverything(page);
    expect(opened, who).toBeGreaterThan(0);
    await expect(page.getByRole("main").locator("button[aria-expanded=true]")).toHaveCount(opened);
    await expect(
      page.getByRole("main").locator("button.term-button[aria-expanded=true]").first(),
    ).toBeVisible();
    await expectNoSideways(page, `result (${who})`);
  }
  await page.goto("glossary");
  await expectNoSideways(page, "glossary");
});
