import fc from "fast-check";
import { expect, test, type Page } from "./fixtures";
import { damagedLink } from "../src/interview/link-arbitraries";

const GOOD = "v=1&d=20261122&c=340100&hc=371300&rp=y&w=p&b=200005&lw=n&ca=n";

/** Opens a result link and checks that whatever it holds, the page is a sound Chinese page. */
async function openSoundly(page: Page, fragment: string) {
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("dialog", (d) => {
    errors.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  await page.goto(`result#${fragment}`);
  const h1 = page.getByRole("heading", { level: 1 });
  await expect(h1).toBeVisible();
  expect((await h1.innerText()).trim()).not.toBe("");
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0); // a result renders its lower part just after
  const text = await page.getByRole("main").innerText();
  expect(text).not.toMatch(/undefined|NaN|\[object/);
  expect(errors).toEqual([]);
  return h1;
}

test.describe("broken and tampered links end on a Chinese message with a way forward", () => {
  for (const [name, fragment] of [
    ["truncated", GOOD.slice(0, 30)],
    ["unknown city", GOOD.replace("c=340100", "c=999999")],
    ["impossible date", `${GOOD}&ps=20260231`],
    ["garbage", "%E4%B8%AD%ZZ&&&==="],
    ["script", "v=1&c=<img src=x onerror=alert(1)>"],
  ] as const) {
    test(name, async ({ page }) => {
      const h1 = await openSoundly(page, fragment);
      await expect(h1).toHaveText("这个链接打不开");
      await expect(page.getByRole("link", { name: "重新开始" })).toBeVisible();
    });
  }

  test("what could be read is kept: continue with it", async ({ page }) => {
    await page.goto(`result#${GOOD.replace("w=p", "w=zz")}`);
    await expect(page.getByText("从链接里还能读出这些回答：")).toBeVisible();
    await page.getByRole("button", { name: "用这些回答接着填" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("你现在怎么工作？");
  });

  test("a link from a newer version says so", async ({ page }) => {
    await page.goto("result#v=9&c=340100");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("这个链接来自更新的版本");
  });
});

/**
 * A deterministic sample of links damaged the ways the unit fuzz tests damage them (truncated,
 * percent-encoded, characters inserted or replaced, duplicate and hostile keys, huge values, scripts,
 * impossible dates, wrong versions): whatever the outcome, the page is sound.
 */
const SAMPLE = fc.sample(damagedLink, { seed: 20261123, numRuns: 15 });

test.describe("a sample of generated tampered links", () => {
  for (const [i, { link, mutations }] of SAMPLE.entries()) {
    const kinds = mutations.map((m) => m.kind).join("+") || "noise";
    test(`#${i + 1} ${kinds}`, async ({ page }) => {
      const h1 = await openSoundly(page, link);
      await expect(h1).toHaveText(/你的医保建议|这个链接打不开|这个链接来自更新的版本|还有问题没回答完/);
    });
  }
});
