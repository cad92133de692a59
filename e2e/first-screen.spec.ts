import { test as base, type Page, type Route } from "@playwright/test";
import { UI } from "../src/content/zh-CN/ui";
import { PEOPLE } from "./a11y-helpers";
import { appAnswers, expect, fixClock } from "./fixtures";

/**
 * A shared result opened on a slow phone: its first screen is drawn from the link before React has
 * arrived (src/first-screen.tsx), the app's own script is requested only after that, and React's page
 * then takes its place with the same text at the same place. The app's main script is held back here
 * until the test lets it through, to look at the moment in between.
 */
const test = base.extend({
  context: async ({ context }, provide) => {
    await provide(await fixClock(context));
  },
});

const LINK = "/result#v=2&d=20261123&c=340100&hc=371300&rp=y&w=p&b=200005&sx=m&lw=n&ca=n";
const FAMILY = `/result#${PEOPLE.family}`;

/** Holds the app's main script (the first file of `<meta name="app-entry">`) until `release()`. */
async function holdAppScript(page: Page) {
  let release = () => undefined as void;
  const released = new Promise<void>((resolve) => (release = resolve));
  const asked: { drawnWhenAsked: boolean }[] = [];
  await page.route(/\/assets\/index-[^/]+\.js$/, async (route: Route) => {
    const drawnWhenAsked = await page
      .evaluate(() => document.querySelector('[data-first-screen="drawn"]') !== null)
      .catch(() => false);
    asked.push({ drawnWhenAsked });
    await released;
    await route.continue();
  });
  return { release, asked };
}

/** What a person reads on the first screen, and where each part stands. */
async function firstScreen(page: Page) {
  return page.evaluate(() => {
    const part = (selector: string) => {
      const el = document.querySelector<HTMLElement>(selector);
      const box = el?.getBoundingClientRect();
      return { text: el?.innerText ?? "", top: box?.top ?? -1, height: box?.height ?? -1 };
    };
    return {
      header: part("main header"),
      todo: part('main section[aria-labelledby="todo-title"]'),
      warnings: part('main section[aria-labelledby="warnings-title"]'),
    };
  });
}

test("a shared result's first screen is there before the app's script, and stays the same after it", async ({
  page,
}) => {
  const { release, asked } = await holdAppScript(page);
  await page.goto(LINK, { waitUntil: "domcontentloaded" });
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(UI.resultTitle);
  await expect(page.getByRole("heading", { level: 2, name: UI.whatToDo })).toBeVisible();
  await expect(page.locator('[data-first-screen="drawn"]')).toBeAttached();
  await expect.poll(() => asked.length).toBe(1);
  // The app's script was asked for only once the first screen was drawn.
  expect(asked[0]?.drawnWhenAsked).toBe(true);
  expect(await page.evaluate(() => document.documentElement.dataset.app)).toBeUndefined();
  const before = await firstScreen(page);
  expect(before.todo.text).toContain(UI.recommended);

  release();
  await page.waitForFunction(appAnswers);
  const after = await firstScreen(page);
  expect(after).toEqual(before);
  // React's page, not the drawn copy: its buttons work.
  await page.getByRole("button", { name: UI.checklist }).click();
  await expect(page.getByRole("button", { name: UI.checklist })).toHaveAttribute("aria-expanded", "true");
});

test("a family's first screen is drawn too, with the household named", async ({ page }) => {
  const { release } = await holdAppScript(page);
  await page.goto(FAMILY, { waitUntil: "domcontentloaded" });
  await expect(page.locator('[data-first-screen="drawn"]')).toBeAttached();
  await expect(page.getByRole("heading", { level: 2, name: UI.ownPart })).toBeVisible();
  const before = await firstScreen(page);
  release();
  await page.waitForFunction(appAnswers);
  expect(await firstScreen(page)).toEqual(before);
});

test("printed before the app has arrived, the sheet says it holds only the first part", async ({ page }) => {
  const { release } = await holdAppScript(page);
  await page.goto(LINK, { waitUntil: "domcontentloaded" });
  await expect(page.locator('[data-first-screen="drawn"]')).toBeAttached();
  await page.emulateMedia({ media: "print" });
  await expect(page.getByText(UI.firstScreenOnly)).toBeVisible();
  await page.emulateMedia({ media: "screen" });
  await expect(page.getByText(UI.firstScreenOnly)).toBeHidden();
  release();
  await page.waitForFunction(appAnswers);
  await expect(page.getByText(UI.firstScreenOnly)).toHaveCount(0);
});

test("a link that holds no result draws nothing: the app says what is wrong", async ({ page }) => {
  const { release, asked } = await holdAppScript(page);
  await page.goto("/result#v=2&c=999999", { waitUntil: "domcontentloaded" });
  await expect.poll(() => asked.length).toBe(1);
  expect(asked[0]?.drawnWhenAsked).toBe(false);
  await expect(page.getByText(UI.loading)).toBeVisible();
  release();
  await page.waitForFunction(appAnswers);
  await expect(page.getByRole("heading", { level: 1 })).not.toHaveText(UI.resultTitle);
});
