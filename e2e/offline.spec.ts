import { expect, test, type Page, newContext } from "./fixtures";
import { answerWizard, expectHeading } from "./helpers";

/**
 * After the first visit the app works with no network: the service worker precaches every built file
 * and answers every navigation (/, /q/…, /result#…) with index.html.
 */
async function waitForServiceWorker(page: Page) {
  await page.goto("./");
  await expectHeading(page, /医保和养老保险怎么办/);
  // Installed (every file precached), activated, and in control of this page (clientsClaim).
  await page.waitForFunction(async () => {
    const registration = await navigator.serviceWorker.ready;
    return registration.active?.state === "activated" && navigator.serviceWorker.controller !== null;
  });
}

test("after one visit, the whole journey, the result and the print view work offline", async ({
  page,
  context,
}) => {
  await waitForServiceWorker(page);
  await context.setOffline(true);
  const failed: string[] = [];
  context.on("requestfailed", (r) => failed.push(`${r.url()} ${r.failure()?.errorText ?? ""}`));

  await answerWizard(page, {
    city: ["安徽省", "合肥市"],
    hukou: ["江苏省", "南京市"],
    permit: "有居住证",
    work: /在单位上班/,
    birth: ["1992", "03"],
    medical: [{ scheme: "职工医保", city: ["江苏省", "南京市"], from: "2017-07", to: "2026-05" }],
    start: "2026-06",
  });
  await expect(page.getByRole("region", { name: "先做这些" })).toContainText("参保凭证");

  // A deep link to the result, reloaded with no network.
  await page.reload();
  await expectHeading(page, "你的医保建议");

  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("list", { name: "材料清单" })).toBeVisible();
  await expect(page.getByText(/^打印日期：/)).toBeVisible();
  expect((await page.pdf({ format: "A4" })).byteLength).toBeGreaterThan(10_000);
  await page.emulateMedia({ media: "screen" });

  // A deep link into the wizard, opened with no network.
  await page.goto("q/work");
  await expectHeading(page, /怎么工作/);
  await expect(page.getByRole("button", { name: /在单位上班.*已选/ })).toBeVisible();

  expect(failed).toEqual([]);
  expect(await page.evaluate(() => navigator.onLine)).toBe(false);
});

test("without the service worker the same offline visit fails (the test above proves something)", async ({
  browser,
}) => {
  const context = await newContext(browser, { serviceWorkers: "block" });
  const page = await context.newPage();
  await page.goto("./");
  await context.setOffline(true);
  await expect(page.goto("q/city")).rejects.toThrow(/ERR_INTERNET_DISCONNECTED/);
  await context.close();
});

test("the service worker precaches each file once, and the web manifest names the app", async ({
  request,
}) => {
  const sw = await (await request.get("sw.js")).text();
  const urls = [...sw.matchAll(/url:"([^"]+)"/g)].map((m) => m[1] ?? "");
  expect(urls.length).toBeGreaterThan(8);
  expect(new Set(urls).size).toBe(urls.length);
  for (const file of ["index.html", "manifest.webmanifest", "icon.svg", "icon-192.png", "icon-512.png"])
    expect(urls).toContain(file);
  expect(urls.filter((u) => u.startsWith("assets/")).length).toBeGreaterThan(3);
  expect(sw).toContain("cleanupOutdatedCaches");
  expect(sw).toContain('createHandlerBoundToURL("index.html")');

  const manifest = (await (await request.get("manifest.webmanifest")).json()) as {
    name: string;
    lang: string;
    display: string;
    theme_color: string;
    start_url: string;
    icons: { src: string; sizes: string; purpose?: string }[];
  };
  expect(manifest).toMatchObject({
    name: "社保随身带",
    lang: "zh-CN",
    display: "standalone",
    theme_color: "#193cb8",
  });
  expect(manifest.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(["192x192", "512x512"]));
  for (const icon of manifest.icons) {
    const response = await request.get(icon.src);
    expect(response.status(), icon.src).toBe(200);
  }
});
