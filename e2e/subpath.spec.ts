import { expect, test } from "./fixtures";

const LINK = "result#v=1&d=20261122&c=340100&hc=371300&rp=y&w=p&b=200005&lw=n&ca=n";

test("hosted under /shebao/: a share link opens the result and every asset comes from the sub-path", async ({
  page,
}) => {
  const outside: string[] = [];
  page.on("request", (r) => {
    const url = new URL(r.url());
    if (url.origin === "http://127.0.0.1:4175" && !url.pathname.startsWith("/shebao/"))
      outside.push(url.pathname);
  });
  // The result's first screen is drawn before the app (src/first-screen.tsx), from the sub-path too.
  await page.addInitScript(() => {
    document.addEventListener("first-screen-drawn", () => {
      const drawn = document.querySelector('[data-first-screen="drawn"]') !== null;
      sessionStorage.setItem("drawn-before-app", String(drawn));
    });
  });
  await page.goto(LINK);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("你的医保建议");
  expect(await page.evaluate(() => sessionStorage.getItem("drawn-before-app"))).toBe("true");
  await expect(page.getByRole("region", { name: "先做这些" })).toContainText("以灵活就业身份参加职工医保");
  expect(await page.getByLabel("结果链接").inputValue()).toMatch(
    /^http:\/\/127\.0\.0\.1:4175\/shebao\/result#v=2&/,
  );
  await page.getByRole("link", { name: "社保随身带" }).click();
  await expect(page).toHaveURL(/^http:\/\/127\.0\.0\.1:4175\/shebao\/?$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("医保和养老保险怎么办");
  expect(outside).toEqual([]);

  // Opened directly, the start page starts its script after painting, from the sub-path too.
  await page.goto("./");
  await expect(page.locator("html")).toHaveAttribute("data-app", "ready");
  await page.getByRole("switch", { name: /大字/ }).click();
  await expect(page.getByRole("switch", { name: /大字/ })).toHaveAttribute("aria-checked", "true");
  expect(outside).toEqual([]);
});
