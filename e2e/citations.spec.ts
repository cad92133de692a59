import { expect, test, type Page } from "./fixtures";
import { PEOPLE, openEverything, openResult } from "./a11y-helpers";
import { PERSONAS } from "./personas";

test.use({ viewport: { width: 360, height: 740 } });

const marks = (page: Page) => page.getByRole("main").locator("button.cite-button");

/** The sizes of every visible [n] button, in CSS px. */
const sizes = (page: Page) =>
  marks(page).evaluateAll((els) =>
    els
      .map((el) => el.getBoundingClientRect())
      .filter((r) => r.width > 0)
      .map((r) => ({ w: r.width, h: r.height })),
  );

test("a tap on [n] shows that source in place, and “收起” goes back to where the person was", async ({
  page,
}) => {
  await openResult(page, PERSONAS.p8Mover);
  const url = page.url();
  const mark = page.getByRole("region", { name: "先做这些" }).locator("button.cite-button").nth(1);
  await mark.scrollIntoViewIfNeeded();
  const before = await page.evaluate(() => window.scrollY);
  await mark.click();
  await expect(mark).toHaveAttribute("aria-expanded", "true");
  const panel = page.locator(`[id="${await mark.getAttribute("aria-controls")}"]`);
  // Right after the sentence: title, 文号 (or that it has none or was not found), date, grade.
  await expect(panel).toBeVisible();
  await expect(panel).toContainText(/《.+》|说明|文章/);
  await expect(panel).toContainText(/（[^）]*〔\d{4}〕[^）]*）|文号未找到|无文号/);
  await expect(panel).toContainText(/\d{4}年/);
  await expect(panel).toContainText("来源类型：");
  const numbers = ((await mark.innerText()).match(/\d+/g) ?? []).map(Number);
  for (const n of numbers) await expect(panel).toContainText(`[${n}]`);
  // Nothing jumped: the page stayed where it was, and the link kept its answers.
  expect(Math.abs((await page.evaluate(() => window.scrollY)) - before)).toBeLessThan(50);
  expect(page.url()).toBe(url);
  await panel.getByRole("button", { name: "收起" }).click();
  await expect(panel).toHaveCount(0);
  await expect(mark).toBeFocused();
  // The full list stays at the end.
  for (const n of numbers) await expect(page.locator(`#source-${n}`)).toBeAttached();
});

test("[n] marks are buttons (nothing to open in a new tab that loses the answers), at least 24 × 24 px", async ({
  page,
}) => {
  await openResult(page, PEOPLE.employeeMover);
  // No link inside the result that points only at a place on the page (security report L6).
  expect(await page.getByRole("main").locator('a[href^="#"]').count()).toBe(0);
  const found = await sizes(page);
  expect(found.length).toBeGreaterThan(3);
  for (const { w, h } of found) {
    expect(w).toBeGreaterThanOrEqual(24);
    expect(h).toBeGreaterThanOrEqual(24);
  }
});

test("in large-text mode the [n] marks are at least 44 × 44 px", async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem("shebao-suishendai:large-text:v1", "1"));
  await openResult(page, PEOPLE.threeProvinces);
  await expect(page.locator("html")).toHaveClass(/large-text/);
  await openEverything(page);
  const found = await sizes(page);
  expect(found.length).toBeGreaterThan(3);
  for (const { w, h } of found) {
    expect(w).toBeGreaterThanOrEqual(44);
    expect(h).toBeGreaterThanOrEqual(44);
  }
});
