import { expect, test, type Page } from "./fixtures";
import { answerWizard, type Person } from "./helpers";

/**
 * Nothing leaves the device: a whole journey (every kind of field, the result, the print view) makes no
 * request to any origin but the app's own; the built page carries a strict Content-Security-Policy;
 * and no step asks for a name, an ID number or a phone number.
 */
const PERSON: Person = {
  city: ["广东省", "广州市"],
  hukou: ["四川省", "绵阳市"],
  permit: "有居住证",
  work: /在单位上班/,
  birth: ["1977", "05"],
  sex: "女",
  household: [
    { relation: "配偶", birth: ["1975", "01"], work: "construction", permit: "没有", insured: "居民医保" },
    {
      relation: "孩子",
      birth: ["2012", "09"],
      hukou: ["广东省", "广州市"],
      schooling: "在这里上学",
      insured: "没有",
    },
  ],
  medical: [{ scheme: "职工医保", city: ["浙江省", "杭州市"], from: "2012-03", to: "2026-04" }],
  start: "2026-05",
  pension: [{ scheme: "职工养老保险", province: "浙江省", years: "11", temporary: true }],
};

interface SeenField {
  path: string;
  tag: string;
  type: string;
  name: string;
  autocomplete: string;
  inputMode: string;
  label: string;
}

declare global {
  interface Window {
    __fieldsSeen?: SeenField[];
  }
}

/** Records every form control that ever appears, with its label, as the person goes through the app. */
async function recordFields(page: Page) {
  await page.addInitScript(() => {
    const seen: SeenField[] = [];
    window.__fieldsSeen = seen;
    const known = new WeakSet<Element>();
    const record = () => {
      for (const el of document.querySelectorAll("input, select, textarea")) {
        if (known.has(el)) continue;
        known.add(el);
        const field = el as HTMLInputElement;
        const label = [
          ...[...(field.labels ?? [])].map((l) => l.textContent ?? ""),
          field.getAttribute("aria-label") ?? "",
          field.getAttribute("placeholder") ?? "",
          field.closest("fieldset")?.querySelector("legend")?.textContent ?? "",
        ].join(" | ");
        seen.push({
          path: location.pathname,
          tag: el.tagName.toLowerCase(),
          type: field.type ?? "",
          name: field.name ?? "",
          autocomplete: field.getAttribute("autocomplete") ?? "",
          inputMode: field.inputMode ?? "",
          label,
        });
      }
    };
    new MutationObserver(record).observe(document, { childList: true, subtree: true, attributes: true });
  });
}

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name = "", ...values]) => [name.toLowerCase(), values]),
  );
}

test("a whole journey makes no request to any other origin, and asks for no name, ID or phone number", async ({
  page,
  context,
  baseURL,
}) => {
  const origin = new URL(baseURL ?? "http://127.0.0.1").origin;
  const requests: string[] = [];
  context.on("request", (r) => requests.push(r.url()));
  const violations: string[] = [];
  await page.exposeFunction("__cspViolation", (v: string) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      void (window as unknown as { __cspViolation: (v: string) => Promise<void> }).__cspViolation(
        `${e.violatedDirective} ${e.blockedURI}`,
      );
    });
  });
  await recordFields(page);

  await answerWizard(page, PERSON);
  await expect(page.getByRole("region", { name: "养老保险" }).first()).toBeVisible();
  const fields = (await page.evaluate(() => window.__fieldsSeen ?? [])).filter((f) => f.path.includes("/q/"));
  expect(fields.length).toBeGreaterThan(15); // every step's fields were seen
  const personal = fields.filter(
    (f) =>
      /^(tel|email)$/.test(f.type) ||
      /name|tel|email|bday|street|postal/i.test(f.autocomplete) ||
      /^(tel|email)$/.test(f.inputMode) ||
      /^(name|full_?name|real_?name|id_?(card|number|no)|phone|tel|mobile)$/i.test(f.name) ||
      /姓名|名字|身份证号|证件号|电话|手机/.test(f.label),
  );
  expect(personal).toEqual([]);

  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("list", { name: "材料清单" })).toBeVisible();
  await page.emulateMedia({ media: "screen" });
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("你的医保建议");

  const elsewhere = requests.filter((u) => !/^(data|blob):/.test(u) && new URL(u).origin !== origin);
  console.log(`privacy: ${requests.length} requests in the journey, ${elsewhere.length} to other origins`);
  expect(requests.length).toBeGreaterThan(5);
  expect(elsewhere).toEqual([]);
  expect(violations).toEqual([]);
});

test("the built page carries a strict Content-Security-Policy that the browser enforces", async ({
  page,
}) => {
  await page.goto("./");
  const meta = page.locator('meta[http-equiv="Content-Security-Policy"]');
  await expect(meta).toHaveCount(1);
  const csp = directives((await meta.getAttribute("content")) ?? "");
  expect(csp.get("default-src")).toEqual(["'self'"]);
  const scripts = csp.get("script-src") ?? csp.get("default-src") ?? [];
  expect(scripts).not.toContain("'unsafe-inline'");
  expect(scripts).toEqual(["'self'"]);
  for (const [name, values] of csp) {
    expect(values, name).not.toContain("'unsafe-eval'");
    expect(
      values.filter((v) => v === "*" || /^https?:/.test(v)),
      name,
    ).toEqual([]);
  }
  expect(csp.get("worker-src")).toEqual(["'self'"]);
  expect(csp.get("object-src")).toEqual(["'none'"]);

  // Enforced, not only written down: an inline script and a script from a data: URL are refused.
  const outcome = await page.evaluate(async () => {
    const refused: string[] = [];
    // Reported once per policy that refuses it: the page's meta tag, and the host's header (public/_headers).
    document.addEventListener("securitypolicyviolation", (e) =>
      refused.push(`${e.effectiveDirective} ${e.blockedURI}`),
    );
    const inline = document.createElement("script");
    inline.textContent = "window.__ran = 'inline'";
    document.head.append(inline);
    const fromData = document.createElement("script");
    fromData.src = "data:text/javascript,window.__ran='data'";
    document.head.append(fromData);
    await new Promise((r) => setTimeout(r, 300));
    return {
      ran: (window as unknown as { __ran?: string }).__ran ?? "nothing",
      refused: [...new Set(refused)].sort(),
    };
  });
  expect(outcome).toEqual({ ran: "nothing", refused: ["script-src-elem data", "script-src-elem inline"] });
});

test("the service worker answers a result link without keeping its fragment anywhere", async ({ page }) => {
  await page.goto("./");
  await page.waitForFunction(async () => {
    const registration = await navigator.serviceWorker.ready;
    return registration.active?.state === "activated" && navigator.serviceWorker.controller !== null;
  });
  const link = "result#v=1&d=20261122&c=340100&hc=371300&rp=y&w=p&b=200005&lw=n&ca=n";
  await page.goto(link); // answered by the worker, which is handed the whole address
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("你的医保建议");
  const cached = await page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys())
      for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
    return urls;
  });
  expect(cached.length).toBeGreaterThan(8); // the app's own files
  expect(cached.filter((u) => /#|v=1|340100|371300/.test(u))).toEqual([]);
});
