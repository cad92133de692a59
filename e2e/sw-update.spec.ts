import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createHash } from "node:crypto";
import { expect, test } from "@playwright/test";
import { expectHeading, next, pickCity } from "./helpers";
import { serveDirectory } from "./static-server";

/**
 * A new version takes over cleanly: deploy a changed index.html (with its new revision in sw.js) while
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

    // Deploy version 2: a changed index.html, and its new revision in the precache list.
    const html = readFileSync(join(dir, "index.html"), "utf8").replace(
      "<head>",
      '<head>\n    <meta name="app-version" content="2" />',
    );
    writeFileSync(join(dir, "index.html"), html);
    const revision = createHash("md5").update(html).digest("hex");
    const sw = readFileSync(join(dir, "sw.js"), "utf8");
    writeFileSync(
      join(dir, "sw.js"),
      sw.replace(/\{url:"index\.html",revision:"[0-9a-f]+"\}/, `{url:"index.html",revision:"${revision}"}`),
    );

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
