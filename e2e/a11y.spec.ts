import { expect, test, type Page } from "./fixtures";
import { PEOPLE, expectNoAxeViolations, openEverything, openResult } from "./a11y-helpers";
import { addMember, answer, choose, expectHeading, memberCard, next, pickCity } from "./helpers";
import { PERSONAS } from "./personas";

/** Submits the step empty, checks that the problem is announced, and runs axe with the errors shown. */
async function withErrors(page: Page, what: string) {
  await next(page);
  await expect(page.getByRole("alert")).toContainText("请先改正下面标出的问题");
  await expectNoAxeViolations(page, `${what}, with errors`);
}

test.describe("axe: WCAG 2.1 AA on every screen", () => {
  test("start page", async ({ page }) => {
    await page.goto("./");
    await expectNoAxeViolations(page, "start");
  });

  test("every wizard step, before answering and with validation errors shown", async ({ page }) => {
    // One journey with a dozen axe runs: on a loaded 2-core CI machine it takes longer than the 30 s default.
    test.setTimeout(120_000);
    await page.goto("q/city");
    await expectHeading(page, /哪个城市/);
    await expectNoAxeViolations(page, "city");
    await withErrors(page, "city");
    await pickCity(page, "安徽省", "合肥市");
    await next(page);

    await expectHeading(page, /户口/);
    await expectNoAxeViolations(page, "hukou");
    await withErrors(page, "hukou");
    await pickCity(page, "江苏省", "南京市");
    await next(page);

    await expectHeading(page, /怎么工作/);
    await expectNoAxeViolations(page, "work");
    await answer(page, /在单位上班/);

    await expectHeading(page, /出生/);
    await choose(page, "女"); // shows the retirement-category question too
    await withErrors(page, "about");
    await page.getByLabel("出生年份").selectOption("1975");
    await page.getByLabel("出生月份").selectOption("03");
    await next(page);

    await expectHeading(page, /居住证/);
    await expectNoAxeViolations(page, "permit");
    await answer(page, /^有居住证/);

    await expectHeading(page, /和谁一起在这里生活/);
    await expectNoAxeViolations(page, "household, nobody added");
    await page.getByRole("button", { name: "＋ 添加配偶" }).click();
    await page.getByRole("button", { name: "＋ 添加孩子" }).click();
    await memberCard(page, "配偶").getByLabel("户口和我一样").uncheck();
    await withErrors(page, "household, two empty cards");
    for (const title of ["配偶", "孩子 1"])
      await memberCard(page, title)
        .getByRole("button", { name: `删除${title}` })
        .click();
    await addMember(
      page,
      {
        relation: "配偶",
        birth: ["1976", "08"],
        sex: "男",
        work: "none",
        hukou: ["安徽省", "阜阳市"],
        permit: "没有",
        insured: "居民医保",
      },
      "配偶",
    );
    await addMember(
      page,
      {
        relation: "孩子",
        birth: ["2019", "02"],
        schooling: "在这里上幼儿园或托儿所",
        insured: "职工医保",
        insuredCity: ["江苏省", "南京市"],
      },
      "孩子 1",
    );
    await expectNoAxeViolations(page, "household, two members");
    await next(page);

    await expectHeading(page, /医保/);
    await expectNoAxeViolations(page, "medical, quick answers");
    await answer(page, "别的情况，我来填");
    await page.getByRole("group", { name: "第 1 段医保" }).getByLabel("现在还在交").uncheck();
    await withErrors(page, "medical, one empty row");
    const row = page.getByRole("group", { name: "第 1 段医保" });
    await row.getByRole("radio", { name: "职工医保" }).check();
    await pickCity(row, "江苏省", "南京市");
    await row.getByLabel("从哪年哪月开始").fill("2017-07");
    await row.getByLabel("到哪年哪月结束").fill("2026-05");
    await next(page);

    await expectHeading(page, /从哪个月开始/);
    await expectNoAxeViolations(page, "start date");
    await next(page);

    await expectHeading(page, /养老保险/);
    await page.getByRole("button", { name: /添加一段养老保险/ }).click();
    await page.getByRole("button", { name: /添加一段养老保险/ }).click();
    await withErrors(page, "pension, two empty rows");
    await page.getByRole("group", { name: "第 2 段养老保险" }).getByRole("button", { name: /删除/ }).click();
    const p = page.getByRole("group", { name: "第 1 段养老保险" });
    await p.getByLabel("在哪个省").selectOption({ label: "江苏省" });
    await p.getByLabel("交了几年").fill("9");
    await next(page);

    await expectHeading(page, /参保地以外/);
    await expectNoAxeViolations(page, "care");
    await answer(page, /不需要/);
    await expectHeading(page, "你的医保建议");
    await expectNoAxeViolations(page, "result after the wizard");
  });

  for (const [who, fragment] of Object.entries(PEOPLE)) {
    test(`result page: ${who}`, async ({ page }) => {
      // Three axe runs over a long page: more than the 30 s default on a loaded 2-core machine.
      test.setTimeout(90_000);
      await openResult(page, fragment);
      await expectNoAxeViolations(page, `result (${who})`);
      // With a glossary explanation open, too.
      const term = page.getByRole("main").locator("button.term-button").first();
      await term.click();
      await expect(term).toHaveAttribute("aria-expanded", "true");
      await expectNoAxeViolations(page, `result (${who}) with a glossary explanation open`);
      // Every section open, with its pictures and their text, every source shown in place.
      await openEverything(page);
      await expectNoAxeViolations(page, `result (${who}) with everything open`);
    });
  }

  test("result pages of the persona test with everything open: pictures and their text equivalents", async ({
    page,
  }) => {
    test.setTimeout(90_000);
    for (const who of ["p2Returnee", "p6SelfEmployed", "p8Mover"] as const) {
      await openResult(page, PERSONAS[who]);
      await openEverything(page);
      await expect(page.getByRole("figure")).not.toHaveCount(0);
      for (const figure of await page.getByRole("figure").all()) {
        // Named by its title; the drawing hidden from screen readers; the same facts as a list.
        await expect(figure).toHaveAccessibleName(/.+/);
        await expect(figure.locator("[data-part=drawing]")).toHaveAttribute("aria-hidden", "true");
        expect(await figure.getByRole("listitem").count()).toBeGreaterThan(0);
      }
      await expectNoAxeViolations(page, `result (${who}) with everything open`);
    }
  });

  test("result page printed", async ({ page }) => {
    await openResult(page, PEOPLE.employeeMover);
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("banner")).toBeHidden();
    await expectNoAxeViolations(page, "print view");
  });

  test("broken link, link from a newer version, missing answers", async ({ page }) => {
    await page.goto(`result#${PEOPLE.rider.replace("w=p", "w=zz")}`);
    await expectHeading(page, "这个链接打不开");
    await expectNoAxeViolations(page, "broken link");
    await page.goto("result#v=9&c=340100");
    await expectHeading(page, "这个链接来自更新的版本");
    await expectNoAxeViolations(page, "newer link");
    await page.goto("result");
    await expectHeading(page, "还有问题没回答完");
    await expectNoAxeViolations(page, "missing answers");
  });

  test("not-found page and glossary", async ({ page }) => {
    await page.goto("no/such/page");
    await expectHeading(page, "没有这个页面");
    await expectNoAxeViolations(page, "not found");
    await page.getByRole("link", { name: "词语解释" }).click();
    await expectHeading(page, "词语解释");
    await expectNoAxeViolations(page, "glossary");
  });

  test("large-text mode: start, a step with errors and a result", async ({ page }) => {
    await page.goto("./");
    await page.getByRole("switch", { name: /大字/ }).click();
    await expectNoAxeViolations(page, "start, large text");
    await page.goto("q/city");
    await withErrors(page, "city, large text");
    await openResult(page, PEOPLE.unconfirmed);
    await expectNoAxeViolations(page, "result, large text");
  });
});

test.describe("errors are announced and tied to their fields", () => {
  test("the summary is an alert, each control is described by its own error", async ({ page }) => {
    await page.goto("q/city");
    await next(page);
    const alert = page.getByRole("alert");
    await expect(alert).toContainText("请回答这个问题");
    const city = page.getByLabel("城市");
    const id = await city.getAttribute("aria-describedby");
    expect(id).toBeTruthy();
    await expect(page.locator(`[id="${id}"]`)).toHaveText(/请回答这个问题/);
    await expect(city).toHaveAttribute("aria-invalid", "true");
    // The summary's link takes focus to the field and leaves the URL alone.
    const url = page.url();
    await alert.getByRole("link").first().click();
    await expect(page.getByLabel("省份")).toBeFocused();
    expect(page.url()).toBe(url);

    await pickCity(page, "安徽省", "合肥市");
    await next(page);
    await expectHeading(page, /户口/);
    await pickCity(page, "江苏省", "南京市");
    await next(page);
    await answer(page, /在单位上班/);
    await page.getByLabel("出生年份").selectOption("1990");
    await page.getByLabel("出生月份").selectOption("01");
    await next(page);
    await answer(page, /^有居住证/);
    // A family card left unanswered: each of its questions is described by its own error.
    await page.getByRole("button", { name: "＋ 添加孩子" }).click();
    await next(page);
    await expect(page.getByRole("alert")).toContainText("请回答孩子在不在这里上学");
    const card = memberCard(page, "孩子 1");
    const radios = card.getByRole("radio");
    await expect(radios).toHaveCount(6);
    for (const radio of await radios.all()) {
      const describedBy = await radio.getAttribute("aria-describedby");
      await expect(page.locator(`[id="${describedBy}"]`)).toHaveText(
        /请回答孩子在不在这里上学|请选择这位家人现在的医保/,
      );
    }
    await page.getByRole("alert").getByRole("link", { name: "请回答孩子在不在这里上学" }).click();
    await expect(card.getByRole("radio", { name: "在这里上学" })).toBeFocused();
  });
});

test.describe("touch targets are at least 44 × 44 CSS px", () => {
  /** Buttons, links styled as buttons, radio and checkbox rows, selects: every visible one. */
  async function smallTargets(page: Page): Promise<string[]> {
    return page.evaluate(() => {
      const selector = [
        "button",
        "a.btn-primary",
        "a.btn-secondary",
        "a.btn-link",
        "select",
        "label:has(input[type=radio])",
        "label:has(input[type=checkbox])",
        "[role=switch]",
      ].join(",");
      return [...document.querySelectorAll<HTMLElement>(selector)]
        .filter((el) => el.offsetParent !== null || el.getClientRects().length > 0)
        .map((el) => ({ el, r: el.getBoundingClientRect() }))
        .filter(({ r }) => r.width > 0 && (r.width < 44 || r.height < 44))
        .map(({ el, r }) => `${el.tagName} “${el.textContent?.trim().slice(0, 20)}” ${r.width}×${r.height}`);
    });
  }

  test("start, steps with lists open, result, glossary", async ({ page }) => {
    await page.goto("./");
    expect(await smallTargets(page), "start").toEqual([]);

    await page.goto("q/city");
    expect(await smallTargets(page), "city with its buttons").toEqual([]);
    await pickCity(page, "广东省", "广州市");
    await next(page);
    expect(await smallTargets(page), "hukou").toEqual([]);
    await pickCity(page, "四川省", "绵阳市");
    await next(page);
    expect(await smallTargets(page), "work").toEqual([]);
    await answer(page, /在单位上班/);
    await choose(page, "女");
    expect(await smallTargets(page), "about").toEqual([]);
    await page.getByLabel("出生年份").selectOption("1977");
    await page.getByLabel("出生月份").selectOption("05");
    await next(page);
    expect(await smallTargets(page), "permit").toEqual([]);
    await answer(page, /^有居住证/);
    await page.getByRole("button", { name: "＋ 添加配偶" }).click();
    await page.getByRole("button", { name: "＋ 添加孩子" }).click();
    await memberCard(page, "配偶").getByLabel("户口和我一样").uncheck();
    await memberCard(page, "孩子 1").getByRole("radio", { name: "居民医保", exact: true }).check();
    expect(await smallTargets(page), "household with two cards").toEqual([]);
    for (const title of ["配偶", "孩子 1"])
      await memberCard(page, title)
        .getByRole("button", { name: `删除${title}` })
        .click();
    await next(page);
    expect(await smallTargets(page), "medical with its quick answers").toEqual([]);
    await answer(page, "别的情况，我来填");
    await page.getByRole("group", { name: "第 1 段医保" }).getByLabel("现在还在交").uncheck();
    expect(await smallTargets(page), "medical with a row").toEqual([]);
    await page.getByRole("group", { name: "第 1 段医保" }).getByRole("button", { name: /删除/ }).click();
    await next(page);
    for (let i = 0; i < 2; i++) await page.getByRole("button", { name: /添加一段养老保险/ }).click();
    expect(await smallTargets(page), "pension with two rows").toEqual([]);

    for (const fragment of [PEOPLE.rider, PEOPLE.threeProvinces]) {
      await openResult(page, fragment);
      await page.getByRole("main").locator("button.term-button").first().click();
      expect(await smallTargets(page), `result ${fragment}`).toEqual([]);
      // The sections that open in place, and the [n] marks, with everything open.
      await openEverything(page);
      expect(await smallTargets(page), `result ${fragment}, everything open`).toEqual([]);
    }

    await page.goto("glossary");
    expect(await smallTargets(page), "glossary").toEqual([]);
  });
});

test.describe("glossary words", () => {
  test("the first occurrence on the result page opens its explanation in place; the footer leads to all", async ({
    page,
  }) => {
    await openResult(page, PEOPLE.employeeMover);
    const main = page.getByRole("main");
    const term = main.getByRole("button", { name: "参保凭证", exact: true });
    await expect(term).toHaveCount(1); // first occurrence only
    await expect(term).toHaveAttribute("aria-expanded", "false");
    const url = page.url();
    await term.click();
    await expect(term).toHaveAttribute("aria-expanded", "true");
    const definition = page.locator(`[id="${await term.getAttribute("aria-controls")}"]`);
    await expect(definition).toContainText("原来参保的地方开的证明");
    await expect(definition).toContainText("依据：");
    expect(page.url()).toBe(url);

    // Cite marks show their sources in place without touching the answers in the link, and “收起” goes
    // back to the marks.
    const mark = main.getByRole("button", { name: /^依据\s*(\[\d+\])+$/ }).first();
    await mark.click();
    await expect(mark).toHaveAttribute("aria-expanded", "true");
    const panel = page.locator(`[id="${await mark.getAttribute("aria-controls")}"]`);
    await expect(panel).toContainText(/〔\d{4}〕|文号未找到|无文号/);
    await expect(panel).toContainText("来源类型");
    expect(page.url()).toBe(url);
    await panel.getByRole("button", { name: "收起" }).click();
    await expect(mark).toBeFocused();
    await expect(mark).toHaveAttribute("aria-expanded", "false");
    await expectHeading(page, "你的医保建议");

    await page.getByRole("contentinfo").getByRole("link", { name: "词语解释" }).click();
    await expectHeading(page, "词语解释");
    for (const word of ["统筹地区", "临时基本养老保险缴费账户", "集中参保期", "城乡衔接"])
      await expect(page.getByRole("term").filter({ hasText: word })).toHaveCount(1);
    await page.getByRole("button", { name: "返回" }).click();
    await expectHeading(page, "你的医保建议");
  });
});
