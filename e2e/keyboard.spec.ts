import { expect, test } from "./fixtures";
import { isFocused, selectByArrows, tabTo } from "./a11y-helpers";
import { expectHeading } from "./helpers";

/**
 * The whole journey with the keyboard alone: Tab / Shift+Tab to move, Space and Enter to press, arrow
 * keys to choose. No click, no typing. Each new step puts the focus on its heading.
 */
test("keyboard only: from the start page to the result @desktop", async ({ page }) => {
  await page.goto("./");
  const h1 = page.getByRole("heading", { level: 1 });
  const submit = page.getByRole("button", { name: /下一步|看结果/ });

  async function nextStep(title: RegExp | string) {
    await tabTo(page, submit);
    await page.keyboard.press("Enter");
    await expectHeading(page, title);
    await expect(h1).toBeFocused();
  }

  /** A one-answer question: Tab to the option (a button) and press Enter; it answers and goes on. */
  async function pick(option: RegExp | string, title: RegExp | string) {
    await tabTo(page, page.getByRole("button", { name: option }));
    await page.keyboard.press("Enter");
    await expectHeading(page, title);
    await expect(h1).toBeFocused();
  }

  // Large text on and off again, by keyboard.
  const largeText = page.getByRole("switch", { name: /大字/ });
  await tabTo(page, largeText);
  await page.keyboard.press("Space");
  await expect(largeText).toHaveAttribute("aria-checked", "true");
  await page.keyboard.press("Space");
  await expect(largeText).toHaveAttribute("aria-checked", "false");

  await tabTo(page, page.getByRole("link", { name: "开始" }));
  await page.keyboard.press("Enter");
  await expectHeading(page, /哪个城市/);
  await expect(h1).toBeFocused();

  // An empty answer: the error is shown and the way back to the field is by keyboard too.
  await tabTo(page, submit);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("alert")).toBeVisible();
  await selectByArrows(page, page.getByLabel("省份"), "安徽省");
  await selectByArrows(page, page.getByLabel("城市"), "合肥市");
  await nextStep(/户口/);

  await selectByArrows(page, page.getByLabel("省份"), "山东省");
  await selectByArrows(page, page.getByLabel("城市"), "临沂市");
  // Shift+Tab goes back the way it came.
  await page.keyboard.press("Shift+Tab");
  expect(await isFocused(page.getByLabel("省份"))).toBe(true);
  await nextStep(/怎么工作/);

  // A one-answer question: its options are buttons.
  await pick(/平台骑手或司机/, /出生/);

  await selectByArrows(page, page.getByLabel("出生年份"), "2000");
  await selectByArrows(page, page.getByLabel("出生月份"), "5");
  await nextStep(/居住证/);

  await pick(/^有居住证/, /和谁一起在这里生活/);

  // Radio buttons: Tab into the group, arrows move (the person's own situation starts on the first).
  await tabTo(page, page.getByRole("radio").first());
  await expect(page.getByRole("radio").first()).toBeChecked();
  await page.keyboard.press("ArrowDown");
  await expect(page.getByRole("radio", { name: /来投靠子女/ })).toBeChecked();
  await page.keyboard.press("ArrowUp");
  // A child added by keyboard: the focus goes into the new card.
  await tabTo(page, page.getByRole("button", { name: "＋ 添加孩子" }));
  await page.keyboard.press("Enter");
  const card = page.getByRole("group", { name: "孩子 1", exact: true });
  await expect(card.getByLabel("出生年份")).toBeFocused();
  await selectByArrows(page, card.getByLabel("出生年份"), "2020");
  await selectByArrows(page, card.getByLabel("出生月份"), "6");
  await tabTo(page, card.getByRole("radio", { name: "在这里上学" }));
  await page.keyboard.press("ArrowDown");
  await expect(card.getByRole("radio", { name: "在这里上幼儿园或托儿所" })).toBeChecked();
  await tabTo(page, card.getByRole("radio", { name: "没有", exact: true }));
  await page.keyboard.press("Space");
  await nextStep(/医保/);

  // The medical history: open the list, a row comes with the focus in it; remove it again, by keyboard.
  await tabTo(page, page.getByRole("button", { name: "别的情况，我来填" }));
  await page.keyboard.press("Enter");
  const row = page.getByRole("group", { name: "第 1 段医保" });
  await expect(row.getByRole("radio").first()).toBeFocused();
  await tabTo(page, row.getByLabel("现在还在交"));
  await page.keyboard.press("Space");
  await expect(row.getByLabel("到哪年哪月结束")).toBeVisible();
  await tabTo(page, row.getByRole("button", { name: /删除/ }));
  await page.keyboard.press("Enter");
  await expect(row).toHaveCount(0);
  await nextStep(/养老保险/);
  await pick("没有交过养老保险", /参保地以外/);
  await pick(/不需要/, "你的医保建议");

  await expect(page.getByRole("region", { name: "先做这些" }).first()).toContainText(
    "以灵活就业身份参加职工医保",
  );

  // A glossary word, opened and closed by keyboard; a cite mark opened by Enter and closed by Escape.
  const term = page.getByRole("main").locator("button.term-button").first();
  await tabTo(page, term);
  await page.keyboard.press("Enter");
  await expect(term).toHaveAttribute("aria-expanded", "true");
  await page.keyboard.press("Space");
  await expect(term).toHaveAttribute("aria-expanded", "false");
  const url = page.url();
  const mark = page
    .getByRole("main")
    .getByRole("button", { name: /^依据\s*(\[\d+\])+$/ })
    .first();
  await tabTo(page, mark);
  await page.keyboard.press("Enter");
  await expect(mark).toHaveAttribute("aria-expanded", "true");
  const panel = page.locator(`[id="${await mark.getAttribute("aria-controls")}"]`);
  await expect(panel).toContainText("来源类型");
  // Into the panel and back out with Escape: the focus returns to the mark.
  await tabTo(page, panel.getByRole("button", { name: "收起" }));
  await page.keyboard.press("Escape");
  await expect(mark).toBeFocused();
  await expect(mark).toHaveAttribute("aria-expanded", "false");
  expect(page.url()).toBe(url);
  // A section that opens in place, by keyboard.
  const section = page.getByRole("button", { name: "材料清单" });
  await tabTo(page, section);
  await page.keyboard.press("Enter");
  await expect(section).toHaveAttribute("aria-expanded", "true");
  await expect(page.getByRole("list", { name: "材料清单" })).toBeVisible();

  // Onward to the share buttons; the link field can be reached to copy by hand.
  await tabTo(page, page.getByRole("button", { name: "复制链接" }));
  await tabTo(page, page.getByLabel("结果链接"));
});

test("the skip link jumps to the main content without changing the URL @desktop", async ({ page }) => {
  await page.goto("result#v=2&d=20261122&c=340100&hc=371300&rp=y&w=p&b=200005&lw=n&ca=n");
  await expectHeading(page, "你的医保建议");
  const url = page.url();
  await expect(page.getByRole("heading", { level: 1 })).toBeFocused();
  const skip = page.getByRole("link", { name: "跳到正文" });
  await tabTo(page, skip, { back: true, max: 5 });
  await expect(skip).toBeInViewport();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("main")).toBeFocused();
  expect(page.url()).toBe(url);
  await expectHeading(page, "你的医保建议");
});
