import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_FLAGS, systemChromium } from "./scripts/system-chromium";

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
  // A test that fails once fails the run: no retry turns a flaky test green (CI included).
  retries: 0,
  workers: process.env.CI ? 2 : undefined,
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${port}${basePath}`,
    trace: "retain-on-failure",
    locale: "zh-CN",
    timezoneId: "Asia/Shanghai",
    // Chromium only (Playwright's Firefox and WebKit builds cannot be downloaded here): the system one when present.
    launchOptions: { args: CHROMIUM_FLAGS, ...(systemChromium ? { executablePath: systemChromium } : {}) },
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
