import { expect, type FrameLocator, type Locator, type Page } from "@playwright/test";

/** Picks province then city in the first region picker inside `scope`. */
export async function pickCity(scope: Page | Locator, province: string, city: string) {
  await scope.getByLabel("省份").first().selectOption({ label: province });
  await scope.getByLabel("城市").first().selectOption({ label: city });
}

export async function next(page: Page) {
  await page.getByRole("button", { name: /下一步|看结果/ }).click();
}

export async function choose(page: Page, label: string | RegExp) {
  await page.getByRole("radio", { name: label }).check();
}

export async function expectHeading(page: Page, text: string | RegExp) {
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(text);
}

/** Opens a section of the result page that opens in place (by its title), e.g. “修改或删除回答”. */
export async function openSection(scope: Page | FrameLocator, title: string) {
  const button = scope.getByRole("button", { name: title, exact: true });
  await button.click();
  await expect(button).toHaveAttribute("aria-expanded", "true");
}

/**
 * Waits until the result page is whole: the sections below the first screen render right after it
 * (marked aria-busy meanwhile) and the sources list loads on demand.
 */
export async function expectResultComplete(page: Page) {
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
  await expect(page.getByRole("region", { name: "依据的政策" })).toBeVisible();
  await expect(page.getByText("正在载入政策依据")).toHaveCount(0);
}

export interface Person {
  city: [string, string];
  hukou: [string, string];
  /** Asked only of people who do not live in their hukou city (for a child: the parents' permit). */
  permit?: "有居住证" | "正在办" | "没有";
  work: RegExp;
  birth: [string, string];
  sex?: "男" | "女";
  livingWith?: RegExp;
  /** Asked only of children: 在这里上学 / 在这里上幼儿园或托儿所 / 都没有. */
  schooling?: RegExp;
  medical?: {
    scheme: "职工医保" | "居民医保（含新农合）";
    city: [string, string];
    from: string;
    to?: string;
  }[];
  start?: string;
  pension?: {
    scheme: "职工养老保险" | "城乡居民养老保险";
    province: string;
    years: string;
    temporary?: boolean;
  }[];
  care?: RegExp;
}

/**
 * Answers the whole wizard from the start page, the way a person would, and waits for the result. It
 * follows the questions the wizard actually asks (it expects each heading), so a question asked of the
 * wrong person, or one missing, fails the journey.
 */
export async function answerWizard(page: Page, p: Person) {
  await page.goto("./");
  await page
    .getByRole("link", { name: /开始|重新开始/ })
    .first()
    .click();
  await expectHeading(page, /哪个城市/);
  await pickCity(page, ...p.city);
  await next(page);
  await expectHeading(page, /户口/);
  await pickCity(page, ...p.hukou);
  await next(page);
  await expectHeading(page, /怎么工作/);
  await choose(page, p.work);
  await next(page);
  await expectHeading(page, /出生/);
  await page.getByLabel("出生年份").selectOption(p.birth[0]);
  await page.getByLabel("出生月份").selectOption(p.birth[1]);
  if (p.sex) await choose(page, p.sex);
  await next(page);
  const local = p.city[1] === p.hukou[1];
  if (!local) {
    await expectHeading(page, /居住证/);
    await choose(page, new RegExp(`^${p.permit ?? "没有"}`));
    await next(page);
  }
  await expectHeading(page, /和谁一起生活/);
  await choose(page, p.livingWith ?? /自己/);
  await next(page);
  if (p.schooling) {
    await expectHeading(page, /上学或上幼儿园/);
    await choose(page, p.schooling);
    await next(page);
  }
  await expectHeading(page, /参加过哪些医保/);
  for (const [i, m] of (p.medical ?? []).entries()) {
    await page.getByRole("button", { name: /添加一段医保/ }).click();
    const row = page.getByRole("group", { name: `第 ${i + 1} 段医保` });
    await row.getByRole("radio", { name: m.scheme }).check();
    await pickCity(row, ...m.city);
    await row.getByLabel("从哪天开始").fill(m.from);
    if (m.to) {
      await row.getByLabel("现在还在交").uncheck();
      await row.getByLabel("到哪天结束").fill(m.to);
    }
  }
  await next(page);
  const medical = p.medical ?? [];
  if (medical.length > 0 && medical.every((m) => m.to !== undefined)) {
    await expectHeading(page, /从哪天开始/);
    if (p.start) await page.getByLabel("开始日期").fill(p.start);
    await next(page);
  }
  if (!/学生/.test(p.work.source)) {
    await expectHeading(page, /交过哪些养老保险/);
    for (const [i, e] of (p.pension ?? []).entries()) {
      await page.getByRole("button", { name: /添加一段养老保险/ }).click();
      const row = page.getByRole("group", { name: `第 ${i + 1} 段养老保险` });
      await row.getByRole("radio", { name: e.scheme }).check();
      await row.getByLabel("在哪个省").selectOption({ label: e.province });
      await row.getByLabel("交了几年").fill(e.years);
      if (e.temporary) await row.getByLabel(/临时缴费账户/).check();
    }
    await next(page);
  }
  await expectHeading(page, /参保地以外/);
  await choose(page, p.care ?? /不需要/);
  await next(page);
  await expectHeading(page, "你的医保建议");
  await expectResultComplete(page);
}
