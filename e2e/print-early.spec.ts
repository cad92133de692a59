import { expect, test, type Page } from "./fixtures";

/**
 * Printing at once: a sheet printed as soon as a result has opened holds the QR code and the list of
 * sources (never “正在载入…”), and the print date is the China date of the moment of printing.
 * page.pdf() prints as the browser's print command does (beforeprint, the sheet, afterprint); what the
 * sheet held is read from the page at afterprint, before anything else can run.
 */
const LINK = "result#v=2&d=20261123&c=340100&hc=371300&rp=y&w=p&b=200005&sx=m&lw=n&ca=n";

interface Sheet {
  loading: boolean;
  sources: number;
  cited: number;
  qr: boolean;
  printedOn: string;
}

declare global {
  interface Window {
    __sheet?: Sheet;
  }
}

async function recordSheet(page: Page) {
  await page.addInitScript(() => {
    window.addEventListener("afterprint", () => {
      const main = document.querySelector("main");
      const text = main?.textContent ?? "";
      window.__sheet = {
        loading: text.includes("正在载入"),
        sources: document.querySelectorAll('section[aria-labelledby="sources-title"] li').length,
        cited: new Set(text.match(/\[\d+\]/g) ?? []).size,
        qr: document.querySelector('main header img[alt="结果链接的二维码"]') !== null,
        printedOn: /打印日期：\d{4}年\d{1,2}月\d{1,2}日/.exec(text)?.[0] ?? "",
      };
    });
  });
}

async function printNow(page: Page): Promise<Sheet | undefined> {
  const pdf = await page.pdf({ format: "A4" });
  expect(pdf.byteLength).toBeGreaterThan(10_000);
  return page.evaluate(() => window.__sheet);
}

test("printed the moment the result appears, the sheet has the QR code and every source", async ({
  page,
}) => {
  await recordSheet(page);
  await page.goto(LINK);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("你的医保建议");
  const sheet = await printNow(page);
  expect(sheet?.loading).toBe(false);
  expect(sheet?.qr).toBe(true);
  expect(sheet?.sources).toBeGreaterThan(5);
  expect(sheet?.sources).toBe(sheet?.cited); // every [n] cited in the advice is in the list
});

test("printed after midnight, the sheet carries the new day's date", async ({ page }) => {
  await recordSheet(page);
  await page.clock.install({ time: new Date("2026-12-31T23:59:30+08:00") });
  await page.goto(LINK);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("你的医保建议");
  await expect(page.getByText("打印日期：2026年12月31日")).toBeAttached();
  await page.clock.setFixedTime(new Date("2027-01-01T00:00:30+08:00"));
  const sheet = await printNow(page);
  expect(sheet?.printedOn).toBe("打印日期：2027年1月1日");
});
