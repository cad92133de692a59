import {
  test as base,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
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

/** A new context of its own (another phone, or one without a service worker), on the same fixed clock. */
export async function newContext(browser: Browser, options?: BrowserContextOptions): Promise<BrowserContext> {
  return fixClock(await browser.newContext(options));
}

export const test = base.extend({
  // Playwright's fixture callback, not a React hook.
  context: async ({ context }, provide) => {
    await provide(await fixClock(context));
  },
});

export { expect } from "@playwright/test";
export type { Locator, Page } from "@playwright/test";
