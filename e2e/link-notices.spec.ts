import { expect, test } from "./fixtures";
import { expectHeading, openSection } from "./helpers";

/**
 * What a link holds that cannot be read is said, never silently lost; and an impossible age opens the
 * broken-link page with the rest of the answers, whichever way the link gives it.
 */
const FULL = "v=1&d=20261123&c=340100&hc=371300&rp=y&w=e&b=197005&lw=n&ca=n";
const IGNORED = "链接里有一项看不懂，已忽略";

test.describe("a value the app cannot read", () => {
  for (const [name, tail] of [
    ["markup in sx", "&sx=%3Cb%3E"],
    ["a prototype name in sx", "&sx=__proto__"],
    ["a word in ar", "&ar=yes"],
  ] as const) {
    test(`${name}: the result opens and says one item was ignored`, async ({ page }) => {
      await page.goto(`result#${FULL}${tail}`);
      await expectHeading(page, "你的医保建议");
      await expect(page.getByText(IGNORED)).toBeVisible();
      await expect(page.getByRole("region", { name: "先做这些" })).toBeVisible();
    });
  }

  test("a damaged family member (version 2): the person's result opens and names what was ignored", async ({
    page,
  }) => {
    await page.goto(`result#${FULL.replace("v=1", "v=2")}&h=c201803.z9`);
    await expectHeading(page, "你的医保建议");
    await expect(page.getByText(`${IGNORED}：家人信息`)).toBeVisible();
  });

  test("a whole link says nothing of the kind", async ({ page }) => {
    await page.goto(`result#${FULL}&sx=m`);
    await expectHeading(page, "你的医保建议");
    await openSection(page, "养老保险");
    await expect(page.getByText(/你的法定退休年龄是/)).toBeVisible();
    await expect(page.getByText(IGNORED)).toHaveCount(0);
  });

  test("in an answer the result needs: the broken-link page says so too, and offers the rest", async ({
    page,
  }) => {
    await page.goto(`result#${FULL.replace("w=e", "w=zz")}`);
    await expectHeading(page, "这个链接打不开");
    await expect(page.getByText(IGNORED)).toBeVisible();
    await expect(page.getByRole("button", { name: "用这些回答接着填" })).toBeVisible();
  });
});

test.describe("impossible ages open the broken-link page, whichever way the link gives them", () => {
  const base = "v=1&c=340100&hc=371300&rp=y&w=e&lw=n&ca=n";
  for (const [name, tail] of [
    ["age 121", "&d=20261123&a=121"],
    ["born 192 years before the date of the advice", "&d=20940427&b=190108"],
    ["born after the date of the advice", "&d=19000101&b=209912"],
  ] as const) {
    test(name, async ({ page }) => {
      await page.goto(`result#${base}${tail}`);
      await expectHeading(page, "这个链接打不开");
      await expect(page.getByText("从链接里还能读出这些回答：")).toBeVisible();
      await page.getByRole("button", { name: "用这些回答接着填" }).click();
      await expectHeading(page, /出生/); // the age is asked again
    });
  }
});
