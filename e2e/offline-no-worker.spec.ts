import { expect, test, newContext } from "./fixtures";
import { expectHeading } from "./helpers";

/**
 * Losing the network before the service worker has installed (or where there is none): a page whose
 * script is not loaded yet shows the app's own message, never the browser's error page, and reloads
 * only once the phone is online again.
 */
test("offline with no service worker: the app's own message, not the browser's error page", async ({
  browser,
}) => {
  const context = await newContext(browser, { serviceWorkers: "block" });
  const page = await context.newPage();
  await page.goto("./");
  await expectHeading(page, /医保和养老保险怎么办/);
  await context.setOffline(true);
  await page.getByRole("link", { name: "开始", exact: true }).click(); // the wizard's script is not loaded yet
  await expectHeading(page, "没有网络，这一页打不开");
  expect(page.url()).not.toMatch(/^chrome-error:/);
  await page.getByRole("button", { name: "再试一次" }).click();
  await expect(page.getByRole("status")).toHaveText("还是没有网络，请连上网络后再试。");
  await context.setOffline(false);
  await page.getByRole("button", { name: "再试一次" }).click();
  await expectHeading(page, /哪个城市/);
  await context.close();
});
