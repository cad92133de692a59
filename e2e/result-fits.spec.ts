import { expect, test, type Page } from "./fixtures";
import { expectResultComplete } from "./helpers";
import { PERSONAS } from "./personas";

/**
 * Issue 13, “a result that fits”: for the eight people of the persona test, on a phone (360 × 740), the
 * result up to the list of sources takes at most 5 screens with every section closed; the first screen
 * says what to do; every section opens in place; on paper every section is open.
 */
const SCREEN = { width: 360, height: 740 };
test.use({ viewport: SCREEN });

async function open(page: Page, fragment: string) {
  await page.goto(`result#${fragment}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("你的医保建议");
  await expectResultComplete(page);
}

/** The top of the list of sources, in CSS px from the top of the page. */
const sourcesTop = (page: Page) =>
  page.evaluate(() => {
    const heading = document.getElementById("sources-title");
    return heading ? heading.getBoundingClientRect().top + window.scrollY : Infinity;
  });

const collapsibles = (page: Page) => page.getByRole("main").locator("section.disclosure");

for (const [who, fragment] of Object.entries(PERSONAS)) {
  test(`${who}: up to the sources in at most 5 phone screens, sections closed`, async ({ page }) => {
    await open(page, fragment);
    const sections = collapsibles(page);
    expect(await sections.count(), "sections that open in place").toBeGreaterThan(2);
    // Every section closed: its button says so and its body is hidden.
    for (const button of await sections.locator(":scope > h2 > button").all())
      await expect(button).toHaveAttribute("aria-expanded", "false");
    const top = await sourcesTop(page);
    console.log(
      `${who}: sources start at ${Math.round(top)} px = ${(top / SCREEN.height).toFixed(2)} screens`,
    );
    expect(top).toBeLessThanOrEqual(5 * SCREEN.height);
    // The first screen says what to do.
    const todo = page.getByRole("region", { name: "先做这些" });
    await expect(todo.getByText("建议你", { exact: true })).toBeInViewport();
  });
}

/**
 * The page's words with every section open, as a sighted reader sees them: without what only screen
 * readers get (sr-only: a picture's list of facts, “依据”) and without the [n] marks, up to the sources.
 */
async function visibleSentences(page: Page): Promise<string[]> {
  for (const button of await collapsibles(page).locator(":scope > h2 > button").all()) await button.click();
  return page.evaluate(() => {
    // Hidden through the CSSOM (the page's CSP refuses a <style> element, not this), then shown again.
    const hide = [
      ...document.querySelectorAll<HTMLElement>(
        "main .sr-only, main .cite-button, section[aria-labelledby='sources-title']",
      ),
    ];
    for (const el of hide) el.style.setProperty("display", "none", "important");
    const text = document.querySelector("main")?.innerText ?? "";
    for (const el of hide) el.style.removeProperty("display");
    return text
      .split(/(?<=[。！？])|\n/)
      .map((s) => s.trim())
      .filter((s) => /[。！？]$/.test(s) && s.length >= 8);
  });
}

for (const [who, fragment] of Object.entries(PERSONAS)) {
  test(`${who}: nothing is said twice, no section is empty, and paper shows every section`, async ({
    page,
  }) => {
    await open(page, fragment);
    const sentences = await visibleSentences(page);
    expect(sentences.length).toBeGreaterThan(10);
    const twice = sentences.filter((s, i) => sentences.indexOf(s) !== i);
    expect(twice, "sentences said twice").toEqual([]);
    // Every section has something in it besides its heading.
    for (const section of await collapsibles(page).all()) {
      const body = section.locator(":scope > div");
      expect(
        (await body.innerText()).trim().length,
        (await section.getAttribute("aria-labelledby")) ?? "",
      ).toBeGreaterThan(10);
    }
    // On paper every section is open (closed again on screen first).
    await page.reload();
    await expectResultComplete(page);
    await page.emulateMedia({ media: "print" });
    for (const section of await collapsibles(page).all()) {
      const hiddenOnPaper = await section.evaluate((el) => el.classList.contains("print:hidden"));
      if (!hiddenOnPaper) await expect(section.locator(":scope > div")).toBeVisible();
    }
  });
}

test("pictures print in black and white, every section open, on A4", async ({ page }) => {
  await open(page, PERSONAS.p8Mover);
  await page.emulateMedia({ media: "print" });
  const figures = page.getByRole("figure");
  expect(await figures.count()).toBe(3); // timeline, claim place, retirement
  const colours = await figures.evaluateAll((els) =>
    els.flatMap((fig) =>
      [...fig.querySelectorAll("svg *")].flatMap((el) => {
        const s = getComputedStyle(el);
        return [s.fill, s.stroke];
      }),
    ),
  );
  const allowed = /^(none|rgb\(0, 0, 0\)|rgb\(255, 255, 255\)|url\(.+\))$/;
  expect(colours.filter((c) => !allowed.test(c))).toEqual([]);
  for (const figure of await figures.all()) await expect(figure).toBeVisible();
  const pdf = await page.pdf({ format: "A4" });
  expect(pdf.byteLength).toBeGreaterThan(10_000);
});
