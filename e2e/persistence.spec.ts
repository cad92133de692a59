import { expect, test, type Page } from "./fixtures";
import {
  answer,
  answerWizard,
  choose,
  expectHeading,
  memberCard,
  next,
  openSection,
  pickCity,
} from "./helpers";

/**
 * Nothing typed is lost: answers in progress survive a reload, a closed tab and Back/Forward at every
 * step, including what was typed on a step but not yet submitted. They stay on the device until
 * “删除我的回答”, which removes everything the app stored.
 */
interface StepScript {
  heading: RegExp;
  fill: (page: Page) => Promise<void>;
  check: (page: Page) => Promise<void>;
  /** The fill itself answers the step and goes on (an option of a one-answer question). */
  submits?: boolean;
}

const medicalRow = (page: Page) => page.getByRole("group", { name: "第 1 段医保" });
const pensionRow = (page: Page) => page.getByRole("group", { name: "第 1 段养老保险" });
const marked = (page: Page, label: string) =>
  expect(page.getByRole("button", { name: new RegExp(`${label}.*已选$`) })).toBeVisible();

/** One person through every step: what to fill in, and how to see that it is still there. */
const STEPS: StepScript[] = [
  {
    heading: /哪个城市/,
    fill: (page) => pickCity(page, "安徽省", "合肥市"),
    check: (page) => expect(page.getByLabel("城市").first()).toHaveValue("340100"),
  },
  {
    heading: /户口/,
    fill: (page) => pickCity(page, "江苏省", "南京市"),
    check: async (page) => {
      await expect(page.getByLabel("省份").first()).toHaveValue("320000");
      await expect(page.getByLabel("城市").first()).toHaveValue("320100");
    },
  },
  {
    heading: /怎么工作/,
    fill: (page) => answer(page, /在单位上班/),
    check: (page) => marked(page, "在单位上班"),
    submits: true,
  },
  {
    heading: /出生/,
    fill: async (page) => {
      await page.getByLabel("出生年份").selectOption("1992");
      await page.getByLabel("出生月份").selectOption("03");
      await choose(page, "女");
    },
    check: async (page) => {
      await expect(page.getByLabel("出生年份")).toHaveValue("1992");
      await expect(page.getByLabel("出生月份")).toHaveValue("03");
      await expect(page.getByRole("radio", { name: "女" })).toBeChecked();
    },
  },
  {
    heading: /居住证/,
    fill: (page) => answer(page, /^有居住证/),
    check: (page) => marked(page, "有居住证"),
    submits: true,
  },
  {
    heading: /和谁一起在这里生活/,
    fill: async (page) => {
      await choose(page, /来投靠子女/);
      await page.getByRole("button", { name: "＋ 添加配偶" }).click();
      const card = memberCard(page, "配偶");
      await card.getByLabel("出生年份").selectOption("1990");
      await card.getByLabel("出生月份").selectOption("07");
      await card.getByLabel("现在怎么工作").selectOption("flexible");
      await card
        .getByRole("radiogroup", { name: /居住证/ })
        .getByRole("radio", { name: "正在办" })
        .check();
      await card.getByRole("radio", { name: "职工医保", exact: true }).check();
    },
    check: async (page) => {
      await expect(page.getByRole("radio", { name: /来投靠子女/ })).toBeChecked();
      const card = memberCard(page, "配偶");
      await expect(card.getByLabel("出生年份")).toHaveValue("1990");
      await expect(card.getByLabel("现在怎么工作")).toHaveValue("flexible");
      await expect(card.getByRole("radio", { name: "正在办" })).toBeChecked();
      await expect(card.getByRole("radio", { name: "职工医保", exact: true })).toBeChecked();
      await expect(card).toContainText("在哪里参保：合肥");
    },
  },
  {
    heading: /参加过哪些医保/,
    fill: async (page) => {
      await answer(page, "别的情况，我来填");
      const row = medicalRow(page);
      await row.getByRole("radio", { name: "职工医保" }).check();
      await pickCity(row, "江苏省", "南京市");
      await row.getByLabel("从哪年哪月开始").fill("2017-07");
      await row.getByLabel("现在还在交").uncheck();
      await row.getByLabel("到哪年哪月结束").fill("2026-05");
    },
    check: async (page) => {
      const row = medicalRow(page);
      await expect(row.getByRole("radio", { name: "职工医保" })).toBeChecked();
      await expect(row.getByLabel("城市")).toHaveValue("320100");
      await expect(row.getByLabel("从哪年哪月开始")).toHaveValue("2017-07");
      await expect(row.getByLabel("现在还在交")).not.toBeChecked();
      await expect(row.getByLabel("到哪年哪月结束")).toHaveValue("2026-05");
    },
  },
  {
    heading: /从哪个月开始/,
    fill: (page) => page.getByLabel("开始的年月").fill("2026-06"),
    check: (page) => expect(page.getByLabel("开始的年月")).toHaveValue("2026-06"),
  },
  {
    heading: /养老保险/,
    fill: async (page) => {
      await page.getByRole("button", { name: /添加一段养老保险/ }).click();
      const row = pensionRow(page);
      await row.getByRole("radio", { name: "职工养老保险" }).check();
      await row.getByLabel("在哪个省").selectOption({ label: "江苏省" });
      await row.getByLabel("交了几年").fill("9.3");
    },
    check: async (page) => {
      const row = pensionRow(page);
      await expect(row.getByRole("radio", { name: "职工养老保险" })).toBeChecked();
      await expect(row.getByLabel("在哪个省")).toHaveValue("320000");
      await expect(row.getByLabel("交了几年")).toHaveValue("9.3");
    },
  },
  {
    heading: /参保地以外/,
    fill: (page) => answer(page, /临时去外地看病/),
    check: (page) => marked(page, "临时去外地看病"),
    submits: true,
  },
];

/** The app's keys in localStorage and sessionStorage. */
const storedKeys = (page: Page) =>
  page.evaluate(() =>
    [...Object.keys(localStorage), ...Object.keys(sessionStorage)].filter((k) =>
      k.startsWith("shebao-suishendai:"),
    ),
  );

async function start(page: Page) {
  await page.goto("./");
  await page.getByRole("link", { name: "开始", exact: true }).click();
}

test("a reload at every step keeps what was typed, submitted or not", async ({ page }) => {
  await start(page);
  for (const [i, step] of STEPS.entries()) {
    await expectHeading(page, step.heading);
    await step.fill(page);
    if (step.submits) {
      // Answered by the tap: reloaded, the step shows its answer.
      await expectHeading(page, STEPS[i + 1]?.heading ?? "你的医保建议");
      await page.goBack();
      await expectHeading(page, step.heading);
      await page.reload();
      await step.check(page);
      await page.goForward();
      continue;
    }
    await page.reload(); // before submitting: the values are only in the step's scratch entry
    await expectHeading(page, step.heading);
    await step.check(page);
    await next(page);
  }
  await expectHeading(page, "你的医保建议");
  // The transfer's steps are on the first screen.
  await expect(page.getByRole("region", { name: "先做这些" })).toContainText("在南京开参保凭证");
  await page.reload();
  await expectHeading(page, "你的医保建议");
});

test("Back and Forward at every step lose nothing", async ({ page }) => {
  await start(page);
  for (const [i, step] of STEPS.entries()) {
    await expectHeading(page, step.heading);
    await step.fill(page);
    if (step.submits) {
      // The tap answered the step and went on: Back shows the answer, Forward goes on again.
      await expectHeading(page, STEPS[i + 1]?.heading ?? "你的医保建议");
      await page.goBack();
      await expectHeading(page, step.heading);
      await step.check(page);
      await page.goForward();
      continue;
    }
    await page.goBack(); // leave the step without submitting it
    const previous = STEPS[i - 1];
    if (previous) {
      await expectHeading(page, previous.heading);
      await previous.check(page); // submitted: from the draft
    } else {
      await expectHeading(page, /医保和养老保险怎么办/);
    }
    await page.goForward();
    await expectHeading(page, step.heading);
    await step.check(page); // not submitted: from the scratch entry
    await next(page);
  }
  await expectHeading(page, "你的医保建议");
  await page.goBack();
  await expectHeading(page, /参保地以外/);
  await STEPS.at(-1)?.check(page);
});

test("closing the tab and coming back: the answers wait on this device", async ({ page, context }) => {
  await start(page);
  for (const step of STEPS.slice(0, 3)) {
    await step.fill(page);
    if (!step.submits) await next(page);
  }
  const about = STEPS[3];
  if (!about) throw new Error("no birth step");
  await expectHeading(page, about.heading);
  await about.fill(page); // typed, not submitted
  await expect.poll(() => storedKeys(page)).toContain("shebao-suishendai:scratch:v1:about");
  await page.close();

  const again = await context.newPage();
  await again.goto("./");
  await again.getByRole("link", { name: "接着上次的回答" }).click();
  await expectHeading(again, "还有问题没回答完");
  await again.getByRole("link", { name: "去回答" }).click();
  await expectHeading(again, about.heading);
  await about.check(again);
  await again.getByRole("link", { name: "上一步" }).click();
  await STEPS[2]?.check(again);
});

test("“删除我的回答” on the result page removes everything the app stored", async ({ page }) => {
  await answerWizard(page, {
    city: ["安徽省", "合肥市"],
    hukou: ["山东省", "临沂市"],
    permit: "有居住证",
    work: /平台骑手或司机/,
    birth: ["2000", "05"],
  });
  expect(await storedKeys(page)).toContain("shebao-suishendai:draft:v1");
  await openSection(page, "修改或删除回答");
  await page.getByRole("button", { name: "删除我的回答" }).click();
  await expect(page.getByRole("status")).toHaveText("你的回答已经从这部手机上删除。");
  await expectHeading(page, /医保和养老保险怎么办/);
  expect(new URL(page.url()).hash).toBe("");
  expect(await storedKeys(page)).toEqual([]);
  await page.reload();
  await expect(page.getByRole("link", { name: "接着上次的回答" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "删除我的回答" })).toHaveCount(0);
});

test("unsubmitted answers alone can be deleted from the start page", async ({ page }) => {
  await start(page);
  await STEPS[0]?.fill(page); // typed on the first step, never submitted
  await page.getByRole("link", { name: "社保随身带" }).click();
  expect(await storedKeys(page)).toEqual(["shebao-suishendai:scratch:v1:city"]);
  await page.getByRole("button", { name: "删除我的回答" }).click();
  await expect(page.getByRole("status")).toHaveText("你的回答已经从这部手机上删除。");
  expect(await storedKeys(page)).toEqual([]);
  await page.getByRole("link", { name: "开始", exact: true }).click();
  await expect(page.getByLabel("城市").first()).toHaveValue("");
});
