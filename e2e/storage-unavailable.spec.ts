import { expect, test, type Page } from "./fixtures";
import { expectNoAxeViolations } from "./a11y-helpers";
import { answerWizard, expectHeading, next, pickCity } from "./helpers";

/**
 * When the phone cannot keep the answers (storage full, or blocked for the site), the person is told in
 * one line and shown the result link as the way to keep them; the footer no longer says they are kept.
 */
const NOT_KEPT = "这部手机没能保存你的回答，关掉页面就没了：请用结果链接保存。";

/** Fills localStorage to the last byte, as a phone whose storage for the site is full. */
async function fillStorage(page: Page) {
  await page.evaluate(() => {
    let n = 0;
    for (let size = 1 << 20; size >= 1; size >>= 1) {
      const text = "x".repeat(size);
      for (;;) {
        try {
          localStorage.setItem(`filler:${n++}`, text);
        } catch {
          break;
        }
      }
    }
  });
}

const footer = (page: Page) => page.getByRole("contentinfo");

test("storage full: the first answer that cannot be kept brings a one-line notice and the link", async ({
  page,
}) => {
  await page.goto("./");
  await fillStorage(page);
  await expect(footer(page)).toContainText("只存在这部手机上");
  await page.getByRole("link", { name: "开始", exact: true }).click();
  await pickCity(page, "安徽省", "合肥市");
  await next(page);
  await expectHeading(page, /户口/);
  await expect(page.getByRole("status").filter({ hasText: NOT_KEPT })).toBeVisible();
  await expect(footer(page)).not.toContainText("只存在这部手机上");
  await expect(footer(page)).toContainText("没能保存在这部手机上");

  // On the result page the notice leads to the link that keeps the answers.
  await answerWizard(page, {
    city: ["安徽省", "合肥市"],
    hukou: ["山东省", "临沂市"],
    permit: "有居住证",
    work: /平台骑手或司机/,
    birth: ["2000", "05"],
  });
  await expect(page.getByText(NOT_KEPT)).toBeVisible();
  await expectNoAxeViolations(page, "the result page when the phone keeps nothing");
  await page.getByRole("link", { name: "去复制结果链接" }).click();
  // The first of the buttons that share or copy the link (the share sheet where the phone has one).
  await expect(page.getByRole("button", { name: /^(发给家人|复制链接)$/ }).first()).toBeFocused();
  expect(await page.evaluate(() => localStorage.getItem("shebao-suishendai:draft:v1"))).toBeNull();
});

test("storage blocked for the site: said at once, and the journey still works for this visit", async ({
  page,
}) => {
  await page.addInitScript(() => {
    for (const name of ["localStorage", "sessionStorage"])
      Object.defineProperty(window, name, {
        get() {
          throw new DOMException("The operation is insecure.", "SecurityError");
        },
      });
  });
  await page.goto("./");
  await expect(page.getByRole("status").filter({ hasText: NOT_KEPT })).toBeVisible();
  await expect(footer(page)).not.toContainText("只存在这部手机上");
  await page.getByRole("link", { name: "开始", exact: true }).click();
  await pickCity(page, "安徽省", "合肥市");
  await next(page);
  await expectHeading(page, /户口/);
  await page.getByRole("link", { name: "上一步" }).click();
  await expect(page.getByLabel("城市").first()).toHaveValue("340100"); // kept in memory for this visit
});
