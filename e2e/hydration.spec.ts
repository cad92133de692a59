import { expect, test, type Page } from "@playwright/test";
import { STEP_IDS } from "../src/interview/steps";
import { PEOPLE } from "./a11y-helpers";

/**
 * Every prerendered page is hydrated, not drawn again: React keeps the nodes of the HTML (the start
 * page's h1, every page's header and main) and logs no hydration error, also on a device with a draft
 * and large text stored, which the prerender knows nothing of.
 */
/** Records the prerendered nodes once the HTML is parsed, before any module script runs. */
const RECORD_PRERENDERED = `
document.addEventListener("readystatechange", () => {
  if (document.readyState !== "interactive" || window.prerendered) return;
  window.prerendered = {
    route: document.getElementById("root")?.getAttribute("data-route"),
    h1: document.querySelector("#root h1"),
    header: document.querySelector("#root header"),
    main: document.querySelector("#root main"),
  };
});`;

function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error" || m.type() === "warning") errors.push(`${m.type()}: ${m.text()}`);
  });
  page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
  return errors;
}

/** Which of the recorded prerendered nodes are still the ones in the page. */
const kept = (page: Page) =>
  page.evaluate(() => {
    const pre = (window as unknown as { prerendered?: Record<string, Element | string | null> }).prerendered;
    if (!pre) return null;
    return {
      route: pre.route,
      h1: pre.h1 === null ? "none prerendered" : pre.h1 === document.querySelector("#root h1"),
      header: pre.header === document.querySelector("#root header"),
      main: pre.main === document.querySelector("#root main"),
    };
  });

async function storeDraftAndLargeText(page: Page) {
  await page.addInitScript(() => {
    if (localStorage.getItem("shebao-suishendai:large-text:v1")) return;
    localStorage.setItem("shebao-suishendai:large-text:v1", "1");
    localStorage.setItem(
      "shebao-suishendai:draft:v1",
      JSON.stringify({ v: 1, answers: { city: "340100", hukouProvince: "370000", hukouCity: "371300" } }),
    );
  });
}

const PAGES: { name: string; path: string; route: string; heading: RegExp }[] = [
  { name: "start page", path: "./", route: "/", heading: /医保和养老保险怎么办/ },
  {
    name: "result from a share link",
    path: `result#${PEOPLE.rider}`,
    route: "/result",
    heading: /你的医保建议/,
  },
  ...STEP_IDS.map((id) => ({ name: `step ${id}`, path: `q/${id}`, route: `/q/${id}`, heading: /./ })),
];

for (const device of ["nothing stored", "a draft and large text stored"] as const) {
  test.describe(`hydration, ${device}`, () => {
    for (const p of PAGES) {
      test(`${p.name}: the prerendered nodes are kept, no hydration error`, async ({ page }) => {
        const errors = collectErrors(page);
        if (device !== "nothing stored") await storeDraftAndLargeText(page);
        await page.addInitScript(RECORD_PRERENDERED);
        await page.goto(p.path);
        // The page's own content is there (a route that loads on demand has replaced its placeholder).
        await expect(page.getByRole("heading", { level: 1 })).toHaveText(p.heading);
        await expect(page.getByText("正在打开……")).toHaveCount(0);
        const largeText = device !== "nothing stored";
        await expect(page.getByRole("switch", { name: /大字/ })).toHaveAttribute(
          "aria-checked",
          String(largeText),
        );
        await page.waitForLoadState("networkidle");
        expect(await kept(page)).toEqual({
          route: p.route,
          h1: p.route === "/" ? true : "none prerendered",
          header: true,
          main: true,
        });
        expect(errors).toEqual([]);
      });
    }
  });
}

test("the start page shows the stored draft once hydrated, and its links work without a reload", async ({
  page,
}) => {
  const errors = collectErrors(page);
  await storeDraftAndLargeText(page);
  await page.addInitScript(RECORD_PRERENDERED);
  await page.goto("./");
  await expect(page.getByRole("link", { name: "接着上次的回答" })).toBeVisible();
  await expect(page.getByRole("link", { name: "重新开始" })).toBeVisible();
  await page.getByRole("link", { name: "重新开始" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/哪个城市/);
  // The same document (a client-side navigation): the record made while parsing is still there.
  expect(await page.evaluate(() => "prerendered" in window)).toBe(true);
  expect(errors).toEqual([]);
});

test("a path served with the start page's HTML is drawn anew, without a hydration error", async ({
  page,
}) => {
  const errors = collectErrors(page);
  await page.addInitScript(RECORD_PRERENDERED);
  // The glossary has no HTML of its own: the server answers with index.html (the start page).
  await page.goto("glossary");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/词语/);
  expect(await kept(page)).toMatchObject({ route: "/", header: false });
  expect(errors).toEqual([]);
});

test("the start page paints before its script is even requested, and then the app takes over", async ({
  page,
}) => {
  await page.goto("./");
  await page.waitForFunction(() => document.documentElement.dataset.app === "ready");
  const timing = await page.evaluate(() => ({
    paint: performance.getEntriesByName("first-contentful-paint")[0]?.startTime,
    script: performance.getEntriesByType("resource").find((e) => /\/assets\/index-[^/]*\.js$/.test(e.name))
      ?.startTime,
  }));
  expect(timing.paint).toBeDefined();
  expect(timing.script).toBeDefined();
  expect(timing.script ?? 0).toBeGreaterThan(timing.paint ?? Infinity);
  // The app answers: the large-text switch works without a reload.
  await page.getByRole("switch", { name: /大字/ }).click();
  await expect(page.getByRole("switch", { name: /大字/ })).toHaveAttribute("aria-checked", "true");
});
