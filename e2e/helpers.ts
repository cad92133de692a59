import { expect, type FrameLocator, type Locator, type Page } from "@playwright/test";

/** Picks province then city in the first region picker inside `scope`. */
export async function pickCity(scope: Page | Locator, province: string, city: string) {
  await scope.getByLabel("省份").first().selectOption({ label: province });
  await scope.getByLabel("城市").first().selectOption({ label: city });
}

export async function next(page: Page) {
  await page.getByRole("button", { name: /下一步|看结果/ }).click();
}

/** A radio button (the sex, 和谁一起生活, a row's scheme): picks it, nothing else happens. */
export async function choose(page: Page, label: string | RegExp) {
  await page.getByRole("radio", { name: label }).check();
}

/** A question with one answer (work, 居住证, school, care): its option is a button that answers and goes on. */
export async function answer(page: Page, label: string | RegExp) {
  await page.getByRole("button", { name: label }).click();
}

/** The card of a family member on the household step: 配偶, 孩子 1, 父母 1… */
export function memberCard(page: Page, title: string): Locator {
  return page.getByRole("group", { name: title, exact: true });
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

export interface Member {
  relation: "配偶" | "孩子" | "父母";
  birth: [string, string];
  sex?: "男" | "女";
  /** Adults: the value of the work select (employee, none, retired, …). */
  work?: string;
  /** Their own hukou, when it is not the person's. */
  hukou?: [string, string];
  /** Adults whose hukou is not the city. */
  permit?: "有居住证" | "正在办" | "没有";
  /** Children. */
  schooling?: "在这里上学" | "在这里上幼儿园或托儿所" | "都没有";
  insured: "没有" | "居民医保" | "职工医保";
  /** When not the usual place (居民医保: their hukou; 职工医保: the city). */
  insuredCity?: [string, string];
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
  household?: Member[];
  /** Asked only of children: 在这里上学 / 在这里上幼儿园或托儿所 / 都没有. */
  schooling?: RegExp;
  /** A quick answer on the medical step (e.g. /在老家/), instead of the list. */
  medicalQuick?: RegExp;
  medical?: {
    scheme: "职工医保" | "居民医保（含新农合）";
    city: [string, string];
    /** A month, 2019-01; left out when not remembered. */
    from?: string;
    to?: string;
  }[];
  /** A month, 2026-09. */
  start?: string;
  pension?: {
    scheme: "职工养老保险" | "城乡居民养老保险";
    province: string;
    years: string;
    temporary?: boolean;
  }[];
  care?: RegExp;
}

/** Fills a family member's card, added last, the way a person would. */
export async function addMember(page: Page, m: Member, title: string) {
  await page.getByRole("button", { name: `＋ 添加${m.relation}` }).click();
  const card = memberCard(page, title);
  await card.getByLabel("出生年份").selectOption(m.birth[0]);
  await card.getByLabel("出生月份").selectOption(m.birth[1]);
  if (m.sex) await card.getByRole("radio", { name: m.sex, exact: true }).check();
  if (m.work) await card.getByLabel("现在怎么工作").selectOption(m.work);
  if (m.hukou) {
    await card.getByLabel("户口和我一样").uncheck();
    await pickCity(card.getByRole("group", { name: "户口在哪里" }), ...m.hukou);
  }
  if (m.permit)
    await card
      .getByRole("radiogroup", { name: /居住证/ })
      .getByRole("radio", { name: m.permit })
      .check();
  if (m.schooling) await card.getByRole("radio", { name: m.schooling, exact: true }).check();
  await card
    .getByRole("radiogroup", { name: /现在有什么医保/ })
    .getByRole("radio", { name: m.insured, exact: true })
    .check();
  if (m.insuredCity) {
    await card.getByRole("button", { name: "换一个城市" }).click();
    await pickCity(card.getByRole("group", { name: "在哪个城市参保" }), ...m.insuredCity);
  }
}

/** Card titles in the order members are added: 配偶, 孩子 1, 孩子 2, 父母 1… */
export function memberTitles(members: readonly Member[]): string[] {
  const seen: Record<string, number> = {};
  return members.map((m) => {
    seen[m.relation] = (seen[m.relation] ?? 0) + 1;
    return m.relation === "配偶" ? "配偶" : `${m.relation} ${seen[m.relation]}`;
  });
}

/** A city of the quick list is one tap ("杭州"); any other is picked from the province and city lists. */
async function answerCity(page: Page, [province, city]: [string, string]) {
  const quick = page.getByRole("button", { name: city.replace(/市$/, ""), exact: true });
  if ((await quick.count()) > 0) return quick.click();
  await pickCity(page, province, city);
  await next(page);
}

/**
 * Answers the whole wizard from the start page, the way a person would (the one-tap answers where they
 * fit), and waits for the result. It follows the questions the wizard actually asks (it expects each
 * heading), so a question asked of the wrong person, or one missing, fails the journey.
 */
export async function answerWizard(page: Page, p: Person) {
  await page.goto("./");
  await page
    .getByRole("link", { name: /开始|重新开始/ })
    .first()
    .click();
  await expectHeading(page, /哪个城市/);
  await answerCity(page, p.city);
  await expectHeading(page, /户口/);
  if (p.hukou[1] === p.city[1]) await answer(page, /和现在生活的城市一样/);
  else {
    await pickCity(page, ...p.hukou);
    await next(page);
  }
  await expectHeading(page, /怎么工作/);
  await answer(page, p.work);
  await expectHeading(page, /出生/);
  await page.getByLabel("出生年份").selectOption(p.birth[0]);
  await page.getByLabel("出生月份").selectOption(p.birth[1]);
  if (p.sex) await choose(page, p.sex);
  await next(page);
  const local = p.city[1] === p.hukou[1];
  if (!local) {
    await expectHeading(page, /居住证/);
    await answer(page, new RegExp(`^${p.permit ?? "没有"}`));
  }
  await expectHeading(page, /和谁一起在这里生活/);
  if (p.livingWith) await choose(page, p.livingWith);
  const titles = memberTitles(p.household ?? []);
  for (const [i, m] of (p.household ?? []).entries()) await addMember(page, m, titles[i] ?? "");
  await next(page);
  if (p.schooling) {
    await expectHeading(page, /上学或上幼儿园/);
    await answer(page, p.schooling);
  }
  await expectHeading(page, /参加过哪些医保/);
  const medical = p.medical ?? [];
  if (p.medicalQuick) await answer(page, p.medicalQuick);
  else if (medical.length === 0) await answer(page, "没有参加过医保");
  else {
    await answer(page, "别的情况，我来填");
    for (const [i, m] of medical.entries()) {
      if (i > 0) await page.getByRole("button", { name: /添加一段医保/ }).click();
      const row = page.getByRole("group", { name: `第 ${i + 1} 段医保` });
      await row.getByRole("radio", { name: m.scheme }).check();
      await pickCity(row, ...m.city);
      if (m.from) await row.getByLabel("从哪年哪月开始").fill(m.from);
      if (m.to) {
        await row.getByLabel("现在还在交").uncheck();
        await row.getByLabel("到哪年哪月结束").fill(m.to);
      }
    }
    await next(page);
  }
  if (medical.length > 0 && medical.every((m) => m.to !== undefined)) {
    await expectHeading(page, /从哪个月开始/);
    if (p.start) await page.getByLabel("开始的年月").fill(p.start);
    await next(page);
  }
  if (!/学生/.test(p.work.source)) {
    await expectHeading(page, /交过哪些养老保险/);
    const pension = p.pension ?? [];
    if (pension.length === 0) await answer(page, "没有交过养老保险");
    else {
      for (const [i, e] of pension.entries()) {
        await page.getByRole("button", { name: /添加一段养老保险/ }).click();
        const row = page.getByRole("group", { name: `第 ${i + 1} 段养老保险` });
        await row.getByRole("radio", { name: e.scheme }).check();
        await row.getByLabel("在哪个省").selectOption({ label: e.province });
        await row.getByLabel("交了几年").fill(e.years);
        if (e.temporary) await row.getByLabel(/临时缴费账户/).check();
      }
      await next(page);
    }
  }
  await expectHeading(page, /参保地以外/);
  await answer(page, p.care ?? /不需要/);
  await expectHeading(page, "你的医保建议");
  await expectResultComplete(page);
}
