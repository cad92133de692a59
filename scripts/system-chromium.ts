import { existsSync } from "node:fs";

/**
 * The system Chromium when present (CHROME_PATH, or Debian's /usr/bin/chromium), else undefined: then
 * Playwright's own browser is used, as on an ordinary developer machine after `npx playwright install chromium`.
 * Shared by playwright.config.ts and scripts/bench.ts.
 */
export const systemChromium = [
  process.env.CHROME_PATH,
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
].find((p): p is string => !!p && existsSync(p));

/** Flags for running Chromium headless as root in a container, with no traffic of its own. */
export const CHROMIUM_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-quic",
  "--no-first-run",
];
