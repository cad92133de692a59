import { expect, test, type Locator, type Page } from "./fixtures";
import jsQR from "jsqr";
import { PEOPLE, openResult } from "./a11y-helpers";

/** Takes a real screenshot of the element and decodes the QR code in it, as a phone camera would. */
async function decodeScreenshot(page: Page, qr: Locator): Promise<string | undefined> {
  await expect
    .poll(() =>
      qr.evaluate((img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth),
    )
    .toBeGreaterThan(0);
  const png = (await qr.screenshot({ scale: "css" })).toString("base64");
  const { data, width, height } = await page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    // A white margin around it, as on paper.
    const canvas = document.createElement("canvas");
    canvas.width = img.width + 40;
    canvas.height = img.height + 40;
    const ctx = canvas.getContext("2d");
    if (!ctx) throw new Error("no 2d context");
    ctx.fillStyle = "#fff";
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(img, 20, 20);
    const pixels = ctx.getImageData(0, 0, canvas.width, canvas.height);
    return { data: Array.from(pixels.data), width: pixels.width, height: pixels.height };
  }, png);
  return jsQR(Uint8ClampedArray.from(data), width, height)?.data;
}

test.describe("QR code of the result link", () => {
  for (const who of ["threeProvinces", "pensioner"] as const) {
    test(`on screen it decodes to exactly the result link (${who})`, async ({ page }) => {
      await openResult(page, PEOPLE[who]);
      const link = await page.getByLabel("结果链接").inputValue();
      expect(link).toContain(`#${PEOPLE[who]}`);
      const qr = page.getByRole("img", { name: "结果链接的二维码" });
      expect(await decodeScreenshot(page, qr)).toBe(link);
    });
  }

  test("on paper it stands at the top, big enough to scan, and decodes to the link", async ({ page }) => {
    await openResult(page, PEOPLE.employeeMover);
    const link = await page.getByLabel("结果链接").inputValue();
    await page.emulateMedia({ media: "print" });
    const qr = page.getByRole("img", { name: "结果链接的二维码" });
    await expect(qr).toHaveCount(1);
    await expect(qr).toBeVisible();
    const box = await qr.boundingBox();
    // 40 mm = 151 CSS px: each module of a version-8 code is then about 0.7 mm.
    expect(box?.width ?? 0).toBeGreaterThanOrEqual(150);
    const heading = await page.getByRole("heading", { level: 1 }).boundingBox();
    const sources = await page.getByRole("region", { name: "依据的政策" }).boundingBox();
    expect(box?.y ?? Infinity).toBeLessThan(sources?.y ?? 0);
    expect((box?.y ?? Infinity) - (heading?.y ?? 0)).toBeLessThan(400);
    expect(await decodeScreenshot(page, qr)).toBe(link);
  });

  test("the QR code's script is not part of the first load; it comes with the result page", async ({
    page,
  }) => {
    const scripts: string[] = [];
    page.on("request", (r) => {
      if (r.resourceType() === "script") scripts.push(new URL(r.url()).pathname);
    });
    await page.goto("./");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await page.waitForLoadState("networkidle");
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.filter((s) => /qr-code/.test(s))).toEqual([]);
    await openResult(page, PEOPLE.rider);
    expect(scripts.filter((s) => /qr-code/.test(s))).toHaveLength(1);
  });
});
