/**
 * npm run bench — builds the app and prints the figures of the performance budget (docs/performance.md):
 * script and CSS on first load of the start page and of a result page opened from a share link (raw and
 * gzip), Lighthouse mobile figures (median of 3 runs) for both, the engine's time per advice and the length
 * of typical share links. It prints figures; it is not a timed test and never fails on a budget.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { gzipSync } from "node:zlib";
import { build, preview } from "vite";
import { chromium } from "playwright-core";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
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
const PAGES = { start: "/", result: `/result#${encodeShare(mover, TODAY)}` } as const;

const kb = (n: number) => Math.round(n / 102.4) / 10;
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2
    ? (s[(s.length - 1) / 2] ?? 0)
    : ((s[s.length / 2 - 1] ?? 0) + (s[s.length / 2] ?? 0)) / 2;
};

async function firstLoad(path: string) {
  const browser = await chromium.launch({
    executablePath: CHROME,
    args: FLAGS.filter((f) => f !== "--headless=new"),
  });
  const context = await browser.newContext({
    serviceWorkers: "block",
    viewport: { width: 412, height: 823 },
  });
  const page = await context.newPage();
  const files: { url: string; type: string; raw: number; gzip: number }[] = [];
  const pending: Promise<void>[] = [];
  page.on("response", (r) => {
    const type = r.request().resourceType();
    if (type !== "script" && type !== "stylesheet") return;
    pending.push(
      r.body().then((b) => {
        files.push({ url: new URL(r.url()).pathname, type, raw: b.length, gzip: gzipSync(b).length });
      }),
    );
  });
  await page.goto(`${ORIGIN}${path}`, { waitUntil: "networkidle" });
  await page.waitForTimeout(500);
  await Promise.all(pending);
  await browser.close();
  const sum = (type: string, k: "raw" | "gzip") =>
    files.filter((f) => f.type === type).reduce((a, f) => a + f[k], 0);
  return {
    jsRaw: sum("script", "raw"),
    jsGzip: sum("script", "gzip"),
    cssRaw: sum("stylesheet", "raw"),
    cssGzip: sum("stylesheet", "gzip"),
    files,
  };
}

async function lighthouseRuns(path: string) {
  const results: {
    performance: number;
    accessibility: number;
    bestPractices: number;
    lcp: number;
    tbt: number;
    cls: number;
    bytes: number;
  }[] = [];
  for (let i = 0; i < RUNS; i++) {
    const chrome = await chromeLauncher.launch({ chromePath: CHROME, chromeFlags: FLAGS });
    try {
      const r = await lighthouse(`${ORIGIN}${path}`, {
        port: chrome.port,
        output: "json",
        logLevel: "error",
        onlyCategories: ["performance", "accessibility", "best-practices"],
      });
      const lhr = r?.lhr;
      if (!lhr) throw new Error("no Lighthouse result");
      const num = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
      results.push({
        performance: (lhr.categories.performance?.score ?? 0) * 100,
        accessibility: (lhr.categories.accessibility?.score ?? 0) * 100,
        bestPractices: (lhr.categories["best-practices"]?.score ?? 0) * 100,
        lcp: num("largest-contentful-paint"),
        tbt: num("total-blocking-time"),
        cls: num("cumulative-layout-shift"),
        bytes: num("total-byte-weight"),
      });
    } finally {
      chrome.kill();
    }
  }
  const pick = (k: keyof (typeof results)[number]) => median(results.map((r) => r[k]));
  return {
    performance: pick("performance"),
    accessibility: pick("accessibility"),
    bestPractices: pick("bestPractices"),
    lcpMs: Math.round(pick("lcp")),
    tbtMs: Math.round(pick("tbt")),
    cls: Math.round(pick("cls") * 1000) / 1000,
    totalBytes: Math.round(pick("bytes")),
    runs: results.length,
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
  const server = await preview({
    logLevel: "warn",
    build: { outDir },
    preview: { host: "127.0.0.1", port: PORT, strictPort: true },
  });
  try {
    const figures: Record<string, unknown> = { date: new Date().toISOString(), chrome: CHROME, runs: RUNS };
    for (const [name, path] of Object.entries(PAGES)) {
      console.log(`== ${name}: first load`);
      const load = await firstLoad(path);
      console.log(`== ${name}: Lighthouse mobile × ${RUNS}`);
      const lh = await lighthouseRuns(path);
      figures[name] = {
        path,
        ...load,
        files: load.files.map((f) => `${f.url} ${kb(f.gzip)} KB gz`),
        lighthouse: lh,
      };
      console.log(
        `${name.padEnd(7)} JS ${kb(load.jsRaw)} KB (${kb(load.jsGzip)} KB gzip) · CSS ${kb(load.cssRaw)} KB (${kb(load.cssGzip)} KB gzip)`,
      );
      console.log(
        `        Lighthouse: performance ${lh.performance}, accessibility ${lh.accessibility}, best practices ${lh.bestPractices}, LCP ${lh.lcpMs} ms, TBT ${lh.tbtMs} ms, CLS ${lh.cls}, total ${kb(lh.totalBytes)} KB`,
      );
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
