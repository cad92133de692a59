import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { createHash } from "node:crypto";
import { expect, test } from "./fixtures";
import { expectHeading, next, pickCity } from "./helpers";
import { serveDirectory } from "./static-server";

/**
 * A new version takes over cleanly: deploy changed pages (with their new revisions in sw.js) while
 * the app is open; the new service worker installs, takes control, the page reloads once onto the new
 * version, and the answer being typed when it happened is still there.
 */
test("a new version takes over with one reload, and what was being typed is kept", async ({ page }) => {
  const dir = mkdtempSync(join(tmpdir(), "shebao-deploy-"));
  cpSync(fileURLToPath(new URL("../dist", import.meta.url)), dir, { recursive: true });
  const host = await serveDirectory(dir, process.env.BASE_PATH ?? "/");
  try {
    await page.goto(host.url);
    await page.waitForFunction(async () => {
      const registration = await navigator.serviceWorker.ready;
      return registration.active?.state === "activated" && navigator.serviceWorker.controller !== null;
    });
    await page.getByRole("link", { name: "开始", exact: true }).click();
    await pickCity(page, "安徽省", "合肥市");
    await next(page);
    await pickCity(page, "山东省", "临沂市"); // typed, not submitted
    await page.evaluate(() => ((window as unknown as { oldPage?: boolean }).oldPage = true));

    // Deploy version 2: every page's HTML changes (index.html, result.html, q/<step>.html are all
    // prerendered), and each new revision goes into the precache list.
    let sw = readFileSync(join(dir, "sw.js"), "utf8");
    const pages = readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".html"));
    expect(pages).toEqual(expect.arrayContaining(["index.html", "result.html", join("q", "hukou.html")]));
    for (const file of pages) {
      const url = file.split(sep).join("/");
      const html = readFileSync(join(dir, file), "utf8").replace(
        "<head>",
        '<head>\n    <meta name="app-version" content="2" />',
      );
      writeFileSync(join(dir, file), html);
      const revision = createHash("md5").update(html).digest("hex");
      const entry = new RegExp(`\\{url:"${url.replace(/[.]/g, "\\.")}",revision:"[0-9a-f]+"\\}`);
      expect(sw, url).toMatch(entry);
      sw = sw.replace(entry, `{url:"${url}",revision:"${revision}"}`);
    }
    writeFileSync(join(dir, "sw.js"), sw);

    const reloaded = page.waitForEvent("load");
    await page.evaluate(async () => (await navigator.serviceWorker.ready).update());
    await reloaded;
    await expectHeading(page, /户口/);
    expect(await page.evaluate(() => (window as unknown as { oldPage?: boolean }).oldPage)).toBeUndefined();
    await expect(page.locator('meta[name="app-version"]')).toHaveAttribute("content", "2");
    await expect(page.getByLabel("城市").first()).toHaveValue("371300");
  } finally {
    await host.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
