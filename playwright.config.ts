import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

/**
 * Chromium only (Playwright's Firefox and WebKit builds cannot be downloaded here). The system Chromium is
 * used when present (CHROME_PATH, or Debian's /usr/bin/chromium); otherwise Playwright's own browser, as on
 * an ordinary developer machine after `npx playwright install chromium`.
 */
const systemChromium = [process.env.CHROME_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].find(
  (p): p is string => !!p && existsSync(p),
);
const args = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-quic",
  "--no-first-run",
];
const port = Number(process.env.E2E_PORT ?? 4173);
const basePath = process.env.BASE_PATH ?? "/";

export default defineConfig({
  testDir: "e2e",
  // The sub-path build has its own config (playwright.subpath.config.ts).
  testIgnore: /subpath\.spec\.ts$/,
  // Long journeys on a loaded 2-core CI machine need more than the 30 s default.
  timeout: process.env.CI ? 60_000 : 30_000,
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: process.env.CI ? 2 : undefined,
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${port}${basePath}`,
    trace: "retain-on-failure",
    locale: "zh-CN",
    timezoneId: "Asia/Shanghai",
    launchOptions: { args, ...(systemChromium ? { executablePath: systemChromium } : {}) },
  },
  projects: [
    { name: "phone", use: { ...devices["Pixel 7"] } },
    { name: "desktop", use: { ...devices["Desktop Chrome"] }, grep: /@desktop/ },
  ],
  webServer: {
    command: `npx vite build && npx vite preview --host 127.0.0.1 --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}${basePath}`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
  },
});
