import {
  test as base,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
} from "@playwright/test";

/**
 * Every journey runs on a fixed clock: the advice is dated by "today", and the rules it applies (pilot
 * provinces, enrolment windows, retirement months) change with the date. 2026-11-30 noon in China.
 * Tests that need another moment install their own clock on top.
 */
export const FIXED_NOW = new Date("2026-11-30T12:00:00+08:00");

export async function fixClock(context: BrowserContext): Promise<BrowserContext> {
  await context.clock.setFixedTime(FIXED_NOW);
  return context;
}

/**
 * The start page paints before its script even starts (vite.config.ts, startAfterFirstPaint), and a
 * shared result's first screen is drawn before React arrives (src/first-screen.tsx), as a person on a slow
 * phone sees them; a test acts as soon as the app answers, like a person who waits for the page. Every
 * page of the context waits after goto and reload until the app has marked itself ready and the result
 * page has taken the drawn first screen's place (pages without the app, such as a framing page, do not
 * wait). e2e/first-screen.spec.ts looks at the moments in between.
 */
export function appAnswers(): boolean {
  return (
    !document.getElementById("root") ||
    (document.documentElement.dataset.app === "ready" &&
      !document.querySelector('[data-first-screen="drawn"]'))
  );
}

function waitForAppAfterLoads(page: Page) {
  const ready = () => page.waitForFunction(appAnswers);
  const goto = page.goto.bind(page);
  const reload = page.reload.bind(page);
  page.goto = async (...args) => {
    const response = await goto(...args);
    await ready();
    return response;
  };
  page.reload = async (...args) => {
    const response = await reload(...args);
    await ready();
    return response;
  };
}

function withAppReady(context: BrowserContext): BrowserContext {
  context.pages().forEach(waitForAppAfterLoads);
  context.on("page", waitForAppAfterLoads);
  return context;
}

/** A new context of its own (another phone, or one without a service worker), on the same fixed clock. */
export async function newContext(browser: Browser, options?: BrowserContextOptions): Promise<BrowserContext> {
  return withAppReady(await fixClock(await browser.newContext(options)));
}

export const test = base.extend({
  // Playwright's fixture callback, not a React hook.
  context: async ({ context }, provide) => {
    await provide(withAppReady(await fixClock(context)));
  },
});

export { expect } from "@playwright/test";
export type { Locator, Page } from "@playwright/test";
