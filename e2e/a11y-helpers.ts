import AxeBuilder from "@axe-core/playwright";
import { expect, type Locator, type Page } from "@playwright/test";
import { expectResultComplete } from "./helpers";

/** WCAG 2.1 A and AA, the level the product promises. */
export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/** Runs axe on the page as it is now and fails with a readable list of what it found. */
export async function expectNoAxeViolations(page: Page, what: string) {
  // A result page renders what is below its first screen just after it: check the whole page.
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const found = violations.map(
    (v) => `${v.id} (${v.impact ?? "?"}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(" | ")}`,
  );
  expect(found, `axe on ${what}`).toEqual([]);
}

/** Result links (the answers travel in the fragment), one per kind of person the result page serves. */
export const PEOPLE = {
  /** 南京 employee moving to a job in 合肥: transfer steps, 参保凭证. */
  employeeMover:
    "v=2&d=20261122&c=340100&hc=320100&rp=y&w=e&b=199203&lw=n&m=s320100.20170701.20260531&ps=20260620&ca=n",
  /** 合肥 delivery rider from 临沂: three options, 职业伤害保障. */
  rider: "v=2&d=20261122&c=340100&hc=371300&rp=y&w=p&b=200005&lw=n&ca=n",
  /** A retired woman from 邵阳 living with her children in 深圳, 30 years of pension in 湖南: 异地就医备案. */
  pensioner:
    "v=2&d=20261122&c=440300&hc=430500&rp=n&w=r&b=195809&sx=f&lw=c&m=s430500.19980101&pe=s43-30&ca=l",
  /** Pension paid in three provinces: where it will be claimed. */
  threeProvinces: "v=2&d=20261122&c=440100&hc=510700&rp=y&w=e&b=197705&sx=m&lw=n&pe=s33-11_s32-3_s44-6&ca=n",
  /** A flexible worker in 武汉, where no source confirms the local rule: unconfirmed options. */
  unconfirmed: "v=2&d=20261122&c=420100&hc=411600&rp=n&w=f&b=198507&lw=n&ca=n",
  /** A family of four in 苏州 (a part per member, one checklist) with a mother from 哈尔滨 who lives with them. */
  family:
    "v=2&d=20261130&c=320500&hc=341200&rp=y&w=p&b=199003&sx=m&lw=c&m=r341200..&pe=s32-3.5&ca=n&h=s199205.xf.wn.rn.ir341200_c201803.ss.ir341200_c202306.sn_p196204.xf.wr.h230100.is230100",
} as const;

export async function openResult(page: Page, fragment: string) {
  await page.goto(`result#${fragment}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("你的医保建议");
  await expectResultComplete(page);
  // The QR code loads on its own; wait for it so the page is complete.
  const qr = page.getByRole("img", { name: "结果链接的二维码" });
  await expect(qr).toBeVisible();
  await expect
    .poll(() =>
      qr.evaluate((img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth),
    )
    .toBeGreaterThan(0);
}

/**
 * Opens everything on a result page that opens in place, until nothing closed is left: the sections,
 * then what they reveal (glossary words, [n] marks, a picture's text). The buttons are pressed in the page
 * (element.click(), a frame between rounds): a result has some sixty of them, too many for one
 * Playwright click each within a test's time. Returns how many were opened.
 */
export async function openEverything(page: Page): Promise<number> {
  const opened = await page.evaluate(async () => {
    let count = 0;
    for (let round = 0; round < 20; round++) {
      const closed = [...document.querySelectorAll<HTMLButtonElement>("main button[aria-expanded=false]")];
      if (closed.length === 0) break;
      for (const button of closed) {
        button.click();
        count += 1;
      }
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
    return count;
  });
  await expect(page.getByRole("main").locator("button[aria-expanded=false]")).toHaveCount(0);
  return opened;
}

/** Presses Tab (or Shift+Tab) until `target` has focus; fails after `max` presses. */
export async function tabTo(page: Page, target: Locator, { back = false, max = 80 } = {}) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press(back ? "Shift+Tab" : "Tab");
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

export async function isFocused(target: Locator): Promise<boolean> {
  return target.evaluate((el) => el === document.activeElement);
}

/** Sets a focused native <select> by arrow keys alone, then checks the chosen option's text. */
export async function selectByArrows(page: Page, select: Locator, label: string) {
  await tabTo(page, select);
  const { from, to } = await select.evaluate((el, text) => {
    const s = el as HTMLSelectElement;
    return { from: s.selectedIndex, to: [...s.options].findIndex((o) => o.text === text) };
  }, label);
  expect(to, `option ${label}`).toBeGreaterThanOrEqual(0);
  const key = to > from ? "ArrowDown" : "ArrowUp";
  for (let i = 0; i < Math.abs(to - from); i++) await page.keyboard.press(key);
  await expect(select.locator("option:checked")).toHaveText(label);
}
