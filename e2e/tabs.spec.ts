import { expect, test, type Page } from "./fixtures";
import { answer, choose, expectHeading, next, pickCity } from "./helpers";

/**
 * Several tabs of one browser share one device: a tab never writes its stale copy over answers another
 * tab saved, and “删除我的回答” in one tab empties every open tab, which then writes nothing back.
 */
const storedAnswers = (page: Page) =>
  page.evaluate(() => {
    const text = localStorage.getItem("shebao-suishendai:draft:v1");
    return text ? ((JSON.parse(text) as { answers: Record<string, unknown> }).answers ?? null) : null;
  });

const storedKeys = (page: Page) =>
  page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("shebao-suishendai:")));

async function openFirstStep(page: Page) {
  await page.goto("./");
  await page.getByRole("link", { name: /^(开始|重新开始)$/ }).click();
  await expectHeading(page, /哪个城市/);
}

/** From the city step to the 和谁一起生活 step: 合肥, 户籍南京, 有居住证, 单位上班, born 1992-03. */
async function answerFirstFive(page: Page) {
  await pickCity(page, "安徽省", "合肥市");
  await next(page);
  await expectHeading(page, /户口/);
  await pickCity(page, "江苏省", "南京市");
  await next(page);
  await answer(page, /在单位上班/);
  await page.getByLabel("出生年份").selectOption("1992");
  await page.getByLabel("出生月份").selectOption("03");
  await next(page);
  await answer(page, /^有居住证/);
  await expectHeading(page, /和谁一起在这里生活/);
}

const FIVE = {
  hukouProvince: "320000",
  hukouCity: "320100",
  residencePermit: "yes",
  work: "employee",
  birth: "1992-03",
};

test("two tabs answering in turn: neither erases what the other saved", async ({ page, context }) => {
  const a = page;
  const b = await context.newPage();
  await openFirstStep(b); // B starts while nothing is stored yet
  await openFirstStep(a);
  await answerFirstFive(a);
  expect(await storedAnswers(a)).toEqual({ city: "340100", ...FIVE });

  // B, still holding the empty draft it started with, answers its step.
  await pickCity(b, "广东省", "广州市");
  await next(b);
  await expectHeading(b, /户口/);
  expect(await storedAnswers(b)).toEqual({ city: "440100", ...FIVE });
  // B follows what A answered: its next step shows A's answer.
  await expect(b.getByLabel("城市").first()).toHaveValue("320100");

  // A, whose copy still says 合肥, answers the next step: B's city stays.
  await choose(a, /我自己/);
  await next(a);
  await expectHeading(a, /参加过哪些医保/);
  expect(await storedAnswers(a)).toEqual({ city: "440100", ...FIVE, livingWith: "none" });

  // A changes its 户口 while B still shows the old one on its open 户口 step; B, untouched, moves on:
  // only what the person changed in a tab is written, so A's newer answer stays.
  await a.goto("q/hukou");
  await pickCity(a, "山东省", "临沂市");
  await next(a);
  await expectHeading(a, /怎么工作/);
  await expect(b.getByLabel("城市").first()).toHaveValue("320100");
  await next(b);
  await expectHeading(b, /怎么工作/);
  const hukouNow = { hukouProvince: "370000", hukouCity: "371300" };
  expect(await storedAnswers(b)).toEqual({ city: "440100", ...FIVE, ...hukouNow, livingWith: "none" });

  // A new tab sees everything.
  const c = await context.newPage();
  await c.goto("./");
  await c.getByRole("link", { name: "接着上次的回答" }).click();
  await c.getByRole("link", { name: "去回答" }).click();
  await expectHeading(c, /参加过哪些医保/);
  await c.getByRole("link", { name: "上一步" }).click();
  await expect(c.getByRole("radio", { name: /我自己/ })).toBeChecked();
});

test("“删除我的回答” in one tab empties the other, which writes nothing back", async ({ page, context }) => {
  const a = page;
  await openFirstStep(a);
  await answerFirstFive(a);
  await choose(a, /我自己/);
  await next(a);
  await expectHeading(a, /参加过哪些医保/);
  // Typed on the 医保 step, not submitted.
  await answer(a, "别的情况，我来填");
  await a.getByRole("group", { name: "第 1 段医保" }).getByRole("radio", { name: "职工医保" }).check();

  const b = await context.newPage();
  await b.goto("./");
  await b.getByRole("button", { name: "删除我的回答" }).click();
  await expect(b.getByRole("status")).toHaveText("你的回答已经从这部手机上删除。");
  expect(await storedKeys(b)).toEqual([]);

  // Back in A, whatever the person does on the form A showed (choose, leave the page, submit) brings
  // nothing back: neither the scratch entry written when a page is left nor the draft.
  await a.bringToFront();
  await a.evaluate(() => {
    document.querySelector<HTMLInputElement>('input[type="radio"]:not(:checked)')?.click();
    window.dispatchEvent(new Event("pagehide"));
    document.querySelector("form")?.requestSubmit();
  });
  await expect.poll(() => storedKeys(a)).toEqual([]);
  // A dropped what it held and says why.
  await expect(a.getByRole("status")).toHaveText("你的回答已经从这部手机上删除。");
  await expectHeading(a, /医保和养老保险怎么办/);
  await expect(a.getByRole("link", { name: "接着上次的回答" })).toHaveCount(0);

  // A starts afresh: its form is empty, and what it submits is all that is stored.
  await a.getByRole("link", { name: "开始", exact: true }).click();
  await expectHeading(a, /哪个城市/);
  await expect(a.getByLabel("城市").first()).toHaveValue("");
  await pickCity(a, "上海市", "上海市");
  await next(a);
  await expectHeading(a, /户口/);
  expect(await storedAnswers(b)).toEqual({ city: "310100" });
  expect(await storedKeys(b)).toEqual(["shebao-suishendai:draft:v1"]);
});
