/**
 * npm run bench — builds the app and prints the figures of the performance budget (docs/performance.md):
 * script and CSS on first load of the start page, a wizard step and a result page opened from a share link
 * (raw and gzip, and how much of it arrived before the page's first real content), Lighthouse mobile
 * figures (median and range of 3 runs) for each, the same for the script-free version of each page (its
 * floor: the prerendered HTML alone, every <script> and modulepreload removed, served alongside) with each
 * page's LCP as a ratio to that floor, a cross-check with throttling applied to the real load instead of
 * simulated, the engine's time per advice and the length of typical share links.
 * It prints figures; it is not a timed test and never fails on a budget.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { cpus, loadavg } from "node:os";
import { gzipSync } from "node:zlib";
import { build, preview } from "vite";
import { chromium } from "playwright-core";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { scriptFree } from "./script-free";
import { CHROMIUM_FLAGS, systemChromium } from "./system-chromium";
import { encodeShare } from "../src/interview/share-codec";
import { advise } from "../src/policy/advise";
import { answersFor, sampleAnswers } from "../src/policy/testing";

const PORT = 4174;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const OUT = "bench-results";
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const CHROME = systemChromium ?? chromium.executablePath();
const FLAGS = ["--headless=new", ...CHROMIUM_FLAGS];

const rider = answersFor({
  city: "合肥",
  hukouProvince: "山东",
  hukouCity: "临沂",
  residencePermit: "yes",
  work: "platform",
  birth: "2000-05",
});
const mover = answersFor({
  city: "合肥",
  hukouProvince: "江苏",
  hukouCity: "南京",
  residencePermit: "yes",
  work: "employee",
  birth: "1992-03",
  sex: "male",
  medical: [{ scheme: "staff", city: "南京", from: "2017-07-01", to: "2026-05-31" }],
  plannedStart: "2026-06-20",
  pension: [{ scheme: "staff", province: "江苏", years: 9 }],
});
const TODAY = "2026-11-22";
/**
 * The measured pages: [name, path, prerendered HTML file, what shows that the page's own content is on
 * screen]. Each also gets its floor: the same HTML without scripts, under FLOOR_DIR.
 */
const PAGES = [
  ["start", "/", "index.html", "h1"],
  ["step", "/q/city", "q/city.html", "h1"],
  ["result", `/result#${encodeShare(mover, TODAY)}`, "result.html", "h1"],
] as const;
const FLOOR_DIR = "bench-floor";

const kb = (n: number) => Math.round(n / 102.4) / 10;
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2
    ? (s[(s.length - 1) / 2] ?? 0)
    : ((s[s.length / 2 - 1] ?? 0) + (s[s.length / 2] ?? 0)) / 2;
};
const range = (xs: number[], digits = 0) => {
  const f = (x: number) => (digits ? x.toFixed(digits) : String(Math.round(x)));
  return xs.length ? `${f(Math.min(...xs))}–${f(Math.max(...xs))}` : "";
};

function writeFloors(outDir: string) {
  for (const [, , file] of PAGES) {
    const html = scriptFree(readFileSync(`${outDir}/${file}`, "utf8"));
    const target = `${outDir}/${FLOOR_DIR}/${file}`;
    mkdirSync(target.slice(0, target.lastIndexOf("/")), { recursive: true });
    writeFileSync(target, html);
  }
}

/** The floor's address: /bench-floor/ for /, /bench-floor/result#… for /result#…. */
const floorPath = (path: string) => `/${FLOOR_DIR}${path}`;

async function firstLoad(path: string, ready: string) {
  const browser = await chromium.launch({
    executablePath: CHROME,
    args: FLAGS.filter((f) => f !== "--headless=new"),
  });
  const context = await browser.newContext({
    serviceWorkers: "block",
    viewport: { width: 412, height: 823 },
  });
  const page = await context.newPage();
  // When the page's own content enters the DOM (a prerendered page: while its HTML is parsed).
  // A string, not a function: tsx would wrap a function's inner functions in a helper the page lacks.
  await page.addInitScript(`{
    const seen = () => {
      if (window.contentAt === undefined && document.querySelector(${JSON.stringify(`#root ${ready}`)}))
        window.contentAt = performance.now();
      return window.contentAt !== undefined;
    };
    const observer = new MutationObserver(() => seen() && observer.disconnect());
    observer.observe(document, { childList: true, subtree: true });
  }`);
  const files: { url: string; type: string; raw: number; gzip: number; beforeContent: boolean }[] = [];
  const pending: Promise<void>[] = [];
  page.on("response", (r) => {
    const type = r.request().resourceType();
    if (type !== "script" && type !== "stylesheet") return;
    pending.push(
      r.body().then((b) => {
        const url = new URL(r.url()).pathname;
        files.push({ url, type, raw: b.length, gzip: gzipSync(b).length, beforeContent: false });
      }),
    );
  });
  await page.goto(`${ORIGIN}${path}`, { waitUntil: "networkidle" });
  await page.waitForTimeout(500);
  await Promise.all(pending);
  // What had fully arrived before the content appeared was needed for it (or at least came first).
  const timing = await page.evaluate(() => ({
    contentAt: (window as unknown as { contentAt?: number }).contentAt ?? Infinity,
    ends: performance
      .getEntriesByType("resource")
      .map((e) => [new URL(e.name).pathname, (e as PerformanceResourceTiming).responseEnd] as const),
  }));
  for (const f of files) {
    const end = timing.ends.find(([url]) => url === f.url)?.[1] ?? Infinity;
    f.beforeContent = end <= timing.contentAt;
  }
  await browser.close();
  const sum = (type: string, k: "raw" | "gzip", early = false) =>
    files.filter((f) => f.type === type && (!early || f.beforeContent)).reduce((a, f) => a + f[k], 0);
  return {
    jsRaw: sum("script", "raw"),
    jsGzip: sum("script", "gzip"),
    jsGzipBeforeContent: sum("script", "gzip", true),
    cssRaw: sum("stylesheet", "raw"),
    cssGzip: sum("stylesheet", "gzip"),
    files,
  };
}

interface Run {
  performance: number;
  accessibility: number;
  bestPractices: number;
  fcp: number;
  lcp: number;
  tbt: number;
  cls: number;
  bytes: number;
}

/**
 * One Lighthouse run in its default mobile mode: simulated throttling ("simulate", the figures of the
 * budget), or, as a cross-check, throttling applied to the real page load ("devtools": the network and
 * CPU are really slowed, so the times are observed, not modelled).
 */
async function lighthouseRun(
  path: string,
  throttlingMethod: "simulate" | "devtools" = "simulate",
): Promise<Run> {
  const chrome = await chromeLauncher.launch({ chromePath: CHROME, chromeFlags: FLAGS });
  try {
    const r = await lighthouse(`${ORIGIN}${path}`, {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      throttlingMethod,
      onlyCategories: ["performance", "accessibility", "best-practices"],
    });
    const lhr = r?.lhr;
    if (!lhr) throw new Error("no Lighthouse result");
    const num = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
    return {
      performance: (lhr.categories.performance?.score ?? 0) * 100,
      accessibility: (lhr.categories.accessibility?.score ?? 0) * 100,
      bestPractices: (lhr.categories["best-practices"]?.score ?? 0) * 100,
      fcp: num("first-contentful-paint"),
      lcp: num("largest-contentful-paint"),
      tbt: num("total-blocking-time"),
      cls: num("cumulative-layout-shift"),
      bytes: num("total-byte-weight"),
    };
  } finally {
    chrome.kill();
  }
}

function summary(results: Run[]) {
  const pick = (k: keyof Run) => median(results.map((r) => r[k]));
  const all = (k: keyof Run) => results.map((r) => r[k]);
  return {
    performance: pick("performance"),
    performanceRange: range(all("performance")),
    accessibility: pick("accessibility"),
    bestPractices: pick("bestPractices"),
    fcpMs: Math.round(pick("fcp")),
    lcpMs: Math.round(pick("lcp")),
    lcpRange: range(all("lcp")),
    tbtMs: Math.round(pick("tbt")),
    tbtRange: range(all("tbt")),
    cls: Math.round(pick("cls") * 1000) / 1000,
    clsMax: Math.round(Math.max(...all("cls")) * 1000) / 1000,
    totalBytes: Math.round(pick("bytes")),
    runs: results.length,
  };
}

/**
 * Lighthouse on the page and on its floor, alternating (page, floor, page, floor, …), so that the load
 * other work puts on the machine falls on both alike; the ratio is taken per pair.
 */
async function lighthousePairs(path: string) {
  const page: Run[] = [];
  const floor: Run[] = [];
  for (let i = 0; i < RUNS; i++) {
    page.push(await lighthouseRun(path));
    floor.push(await lighthouseRun(floorPath(path)));
  }
  const ratios = page.map((r, i) => r.lcp / (floor[i]?.lcp ?? NaN));
  return {
    page: summary(page),
    floor: summary(floor),
    lcpRatio: Math.round(median(ratios) * 100) / 100,
    lcpRatioRange: range(ratios, 2),
  };
}

function engineTiming() {
  const samples = sampleAnswers();
  // Warm up first: the figure is the steady state of a page that has computed a few advices.
  for (let round = 0; round < 5; round++) for (const s of samples) advise(s.answers, { asOf: s.asOf });
  const perCall: number[] = [];
  for (let round = 0; round < 50; round++) {
    for (const s of samples) {
      const t = performance.now();
      advise(s.answers, { asOf: s.asOf });
      perCall.push(performance.now() - t);
    }
  }
  return {
    profiles: samples.length,
    calls: perCall.length,
    medianMs: Math.round(median(perCall) * 10000) / 10000,
  };
}

async function main() {
  const outDir = `${OUT}/dist`;
  console.log("== building");
  await build({ logLevel: "warn", build: { outDir, emptyOutDir: true } });
  writeFloors(outDir);
  const server = await preview({
    logLevel: "warn",
    build: { outDir },
    preview: { host: "127.0.0.1", port: PORT, strictPort: true },
  });
  try {
    const figures: Record<string, unknown> = {
      date: new Date().toISOString(),
      chrome: CHROME,
      runs: RUNS,
      loadAverageAtStart: loadavg().map((x) => Math.round(x * 100) / 100),
    };
    console.log(
      `   load average ${loadavg()
        .map((x) => x.toFixed(2))
        .join(" ")} on ${cpus().length} cores`,
    );
    // BENCH_PAGES=result,start measures only those pages (quicker, for trying a change).
    const only = process.env.BENCH_PAGES?.split(",");
    for (const [name, path, , ready] of PAGES.filter(([name]) => !only || only.includes(name))) {
      console.log(`== ${name}: first load`);
      const load = await firstLoad(path, ready);
      console.log(
        `${name.padEnd(7)} JS ${kb(load.jsRaw)} KB (${kb(load.jsGzip)} KB gzip, ${kb(load.jsGzipBeforeContent)} KB of it before the page's content) · CSS ${kb(load.cssRaw)} KB (${kb(load.cssGzip)} KB gzip)`,
      );
      figures[name] = {
        path,
        ...load,
        files: load.files.map((f) => `${f.url} ${kb(f.gzip)} KB gz${f.beforeContent ? "" : " (after)"}`),
      };
      if (RUNS === 0) continue; // BENCH_RUNS=0: sizes only
      console.log(`== ${name}: Lighthouse mobile × ${RUNS}, alternating with its script-free floor`);
      const lh = await lighthousePairs(path);
      figures[name] = {
        ...(figures[name] as object),
        lighthouse: lh.page,
        floor: lh.floor,
        lcpRatio: lh.lcpRatio,
        lcpRatioRange: lh.lcpRatioRange,
      };
      const p = lh.page;
      const f = lh.floor;
      // Cross-check with throttling applied to the real load (see docs/performance.md on why they differ).
      const applied: Run[] = [];
      const appliedFloor: Run[] = [];
      if (name !== "step")
        for (let i = 0; i < RUNS; i++) {
          applied.push(await lighthouseRun(path, "devtools"));
          appliedFloor.push(await lighthouseRun(floorPath(path), "devtools"));
        }
      console.log(
        `        Lighthouse: performance ${p.performance} (${p.performanceRange}), accessibility ${p.accessibility}, best practices ${p.bestPractices}, FCP ${p.fcpMs} ms, LCP ${p.lcpMs} ms (${p.lcpRange}), TBT ${p.tbtMs} ms (${p.tbtRange}), CLS ${p.cls} (max ${p.clsMax}), total ${kb(p.totalBytes)} KB`,
      );
      console.log(
        `        floor (no script): FCP ${f.fcpMs} ms, LCP ${f.lcpMs} ms (${f.lcpRange}); LCP ÷ floor = ${lh.lcpRatio} (${lh.lcpRatioRange})`,
      );
      if (applied.length) {
        const a = summary(applied);
        const af = summary(appliedFloor);
        const ratios = applied.map((r, i) => r.lcp / (appliedFloor[i]?.lcp ?? NaN));
        Object.assign(figures[name] as object, {
          applied: a,
          appliedFloor: af,
          appliedLcpRatio: Math.round(median(ratios) * 100) / 100,
        });
        console.log(
          `        applied throttling (cross-check): performance ${a.performance} (${a.performanceRange}), FCP ${a.fcpMs} ms, LCP ${a.lcpMs} ms (${a.lcpRange}), TBT ${a.tbtMs} ms (${a.tbtRange}), CLS max ${a.clsMax}; floor LCP ${af.lcpMs} ms (${af.lcpRange}); LCP ÷ floor = ${Math.round(median(ratios) * 100) / 100} (${range(ratios, 2)})`,
        );
      }
    }
    const engine = engineTiming();
    figures.engine = engine;
    console.log(
      `engine  ${engine.medianMs} ms per advice (median of ${engine.calls} calls over ${engine.profiles} profiles)`,
    );
    const links = {
      rider: `https://example.org/result#${encodeShare(rider, TODAY)}`,
      mover: `https://example.org/result#${encodeShare(mover, TODAY)}`,
    };
    figures.links = Object.fromEntries(Object.entries(links).map(([k, v]) => [k, v.length]));
    console.log(
      `links   a typical link is ${links.rider.length} characters (rider), ${links.mover.length} (job changer with history)`,
    );
    mkdirSync(OUT, { recursive: true });
    writeFileSync(`${OUT}/latest.json`, JSON.stringify(figures, null, 2));
    console.log(`figures written to ${OUT}/latest.json`);
  } finally {
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  }
}

await main();
