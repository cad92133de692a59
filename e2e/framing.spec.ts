import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test, type Page } from "./fixtures";
import { openSection } from "./helpers";
import { serveDirectory } from "./static-server";

/**
 * Clickjacking (a page that shows the app in an invisible frame and gets one tap on it). With the
 * headers the repository ships for hosts (public/_headers), browsers refuse to frame the app at all.
 * On a host that cannot send headers (GitHub Pages), a framed app still refuses to delete or replace
 * the person's answers.
 */
test.use({ serviceWorkers: "block" }); // the worker would answer framer.html with the app itself

const BASE = process.env.BASE_PATH ?? "/";
const LINK = "result#v=2&d=20261123&c=110100&hc=110100&rp=y&w=r&b=195001&sx=m&lw=n&ca=n";
const DRAFT = { v: 1, answers: { city: "340100", hukouProvince: "370000", hukouCity: "371300" } };

/** A copy of dist/ with two framing pages (same origin as the app, the worst case), served as a host would. */
async function host(withHeaders: boolean) {
  const dir = mkdtempSync(join(tmpdir(), "shebao-frame-"));
  cpSync(fileURLToPath(new URL("../dist", import.meta.url)), dir, { recursive: true });
  const frame = (src: string) =>
    `<!doctype html><title>领奖</title><p>点这里领奖</p><iframe src="${src}" style="width:400px;height:1800px"></iframe>`;
  writeFileSync(join(dir, "framer.html"), frame("./"));
  writeFileSync(join(dir, "framer-result.html"), frame(LINK));
  const server = await serveDirectory(dir, BASE, { hostHeaders: withHeaders });
  return {
    url: server.url,
    close: async () => {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

const storedDraft = (page: Page) => page.evaluate(() => localStorage.getItem("shebao-suishendai:draft:v1"));

test("with the shipped headers, the browser refuses to show the app in a frame", async ({
  page,
  request,
}) => {
  const site = await host(true);
  try {
    const headers = (await request.get(site.url)).headers();
    expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("no-referrer");

    await page.goto(`${site.url}framer.html`);
    await expect.poll(() => page.frames().map((f) => f.url())).toContain("chrome-error://chromewebdata/");
    await expect(page.frameLocator("iframe").getByRole("heading", { level: 1 })).toHaveCount(0);
  } finally {
    await site.close();
  }
});

test("without headers, a framed app refuses to delete or replace the answers", async ({ page }) => {
  const site = await host(false);
  try {
    await page.goto(site.url);
    await page.evaluate((d) => localStorage.setItem("shebao-suishendai:draft:v1", JSON.stringify(d)), DRAFT);
    const before = await storedDraft(page);

    await page.goto(`${site.url}framer.html`);
    const app = page.frameLocator("iframe");
    await app.getByRole("button", { name: "删除我的回答" }).click();
    await expect(app.getByRole("alert")).toContainText("不能删除或替换你的回答");
    expect(await storedDraft(page)).toBe(before);

    await page.goto(`${site.url}framer-result.html`);
    await expect(app.getByRole("heading", { level: 1 })).toHaveText("你的医保建议");
    await openSection(app, "修改或删除回答");
    await app.getByRole("button", { name: "你现在怎么工作？" }).click();
    await expect(app.getByRole("alert")).toContainText("不能删除或替换你的回答");
    await expect(app.getByRole("heading", { level: 1 })).toHaveText("你的医保建议");
    await app.getByRole("button", { name: "删除我的回答" }).click();
    await expect(app.getByRole("alert").last()).toContainText("不能删除或替换你的回答");
    expect(await storedDraft(page)).toBe(before);
  } finally {
    await site.close();
  }
});
