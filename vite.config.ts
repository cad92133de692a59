/// <reference types="vitest/config" />
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { defineConfig, type Plugin } from "vite";
import react from "@vitejs/plugin-react";
import tailwindcss from "@tailwindcss/vite";
import { VitePWA } from "vite-plugin-pwa";

/**
 * Browsers we build for: Chromium 99+ (Android WeChat's XWeb and other Chromium-based browsers since 2022)
 * and Safari 15+ (iOS WeChat). docs/performance.md explains the choice.
 */
export const BROWSER_TARGETS = ["chrome99", "safari15"];

/** The strict Content-Security-Policy of the built page (dev needs inline scripts for hot reload). */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join("; ");

/**
 * The headers public/_headers gives every path (its `/*` rule: CSP with frame-ancestors, nosniff,
 * referrer policy), which the preview server sends too. scripts/deploy-doc.test.ts checks this reading.
 */
export const HOST_HEADERS: Record<string, string> = Object.fromEntries(
  (
    /^\/\*\r?\n((?:[ \t]+\S.*(?:\r?\n|$))+)/m.exec(
      readFileSync(new URL("./public/_headers", import.meta.url), "utf8"),
    )?.[1] ?? ""
  )
    .split(/\r?\n/)
    .filter((line) => line.includes(":"))
    .map((line) => [line.slice(0, line.indexOf(":")).trim(), line.slice(line.indexOf(":") + 1).trim()]),
);

function contentSecurityPolicy(): Plugin {
  return {
    name: "csp-meta",
    apply: "build",
    transformIndexHtml: (html) =>
      html.replace("<head>", `<head>\n    <meta http-equiv="Content-Security-Policy" content="${CSP}" />`),
  };
}

/**
 * Large text before the first paint: the prerendered page paints before any module script runs, so
 * public/large-text.js, a tiny classic script in <head>, applies the remembered choice first (not inline:
 * the CSP allows no inline script). The service worker precaches it like every other file.
 */
function largeTextBeforePaint(): Plugin {
  let base = "/";
  return {
    name: "large-text-before-paint",
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: (html) =>
      html.replace("</title>", `</title>\n    <script src="${base}large-text.js"></script>`),
  };
}

/**
 * Module scripts never block the first paint (they run after the HTML is parsed), so they and their
 * preloads are fetched at low priority: on a slow connection the stylesheet and the large-text switch,
 * which do block it, come first, and the prerendered page paints without waiting for the app's script.
 */
export function lowPriorityScripts(html: string): string {
  return html.replace(
    /<(script type="module"|link rel="modulepreload")(?![^>]*fetchpriority)/g,
    '<$1 fetchpriority="low"',
  );
}

/**
 * The start page is whole without its script (prerendered; its links are plain links), so the app's script
 * is not even requested until the page has painted: the module script and its preloads leave the HTML and
 * are named in `<meta name="app-entry">`, which public/large-text.js reads once the first frame is on the
 * screen. Its LCP then never waits for the script (docs/performance.md). Only index.html: every other
 * prerendered page needs its script to answer.
 */
export function startAfterFirstPaint(html: string, after?: "first-screen"): string {
  const files: string[] = [];
  const out = html
    .replace(/\s*<script type="module"[^>]*\ssrc="([^"]+)"[^>]*><\/script>/, (_m, src: string) => {
      files.unshift(src);
      return "";
    })
    .replace(/\s*<link rel="modulepreload"[^>]*\shref="([^"]+)"[^>]*>/g, (_m, href: string) => {
      files.push(href);
      return "";
    });
  if (files.length === 0) return html;
  const when = after ? ` data-after="${after}"` : "";
  return out.replace("</head>", `<meta name="app-entry" content="${files.join(" ")}"${when}></head>`);
}

/**
 * A shared result's first screen before the app (src/first-screen.tsx): result.html loads that entry and
 * what it imports first, at high priority, and names the app's script and preloads in
 * `<meta name="app-entry" data-after="first-screen">`, which public/large-text.js starts once the first
 * screen is drawn. The chunks both need are fetched once: the app finds them in the module map.
 */
function size(bundle: Record<string, { type: string }>, file: string): number {
  const chunk = bundle[file] as { code?: string } | undefined;
  return chunk?.code?.length ?? 0;
}

function firstScreenFirst(html: string, bundle: Record<string, { type: string }>, base: string): string {
  type Chunk = {
    type: "chunk";
    fileName: string;
    isEntry: boolean;
    facadeModuleId: string | null;
    imports: string[];
  };
  const chunks = Object.values(bundle).filter((c): c is Chunk => c.type === "chunk");
  const entry = chunks.find((c) => c.isEntry && c.facadeModuleId?.endsWith("/src/first-screen.tsx"));
  if (!entry) throw new Error("the first-screen entry is missing from the bundle");
  const files = new Set<string>();
  const visit = (name: string) => {
    const chunk = chunks.find((c) => c.fileName === name);
    if (!chunk || files.has(name)) return;
    files.add(name);
    chunk.imports.forEach(visit);
  };
  entry.imports.forEach(visit);
  // The largest file first: its download is what the first screen waits for longest.
  const bySize = [...files].sort((a, b) => size(bundle, b) - size(bundle, a));
  const tags = [
    ...bySize.map((f) => `<link rel="modulepreload" crossorigin fetchpriority="high" href="${base}${f}">`),
    `<script type="module" crossorigin fetchpriority="high" src="${base}${entry.fileName}"></script>`,
  ];
  // First in <head>, before the large-text switch and the stylesheet: the first screen's script is what
  // the page waits for, so its requests go out first.
  return startAfterFirstPaint(html, "first-screen").replace("<title>", `${tags.join("")}<title>`);
}

/**
 * What a shared result's first screen needs arrives in a few files instead of a dozen (each request is
 * another round trip on a slow connection): the entry; what it shares with the app's main script (React's
 * own package, the texts, the static renderer…), which the start page loads anyway; and everything else the
 * entry imports statically — the link reader, the engine, the first screen's components — which the
 * result page then finds already loaded. The start page's script does not grow.
 */
type ModuleGraph = { getModuleInfo(id: string): { importedIds: readonly string[] } | null };
const src = (file: string) => fileURLToPath(new URL(`./src/${file}`, import.meta.url));
const reachable = new WeakMap<object, { main: Set<string>; first: Set<string> }>();
function staticImports(ctx: ModuleGraph, entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (m: string) => {
    if (seen.has(m)) return;
    seen.add(m);
    ctx.getModuleInfo(m)?.importedIds.forEach(visit);
  };
  visit(entry);
  seen.delete(entry);
  return seen;
}
function firstScreenGroup(id: string, ctx: ModuleGraph): "app-shared" | "first-screen" | null {
  let sets = reachable.get(ctx);
  if (!sets) {
    sets = { main: staticImports(ctx, src("main.tsx")), first: staticImports(ctx, src("first-screen.tsx")) };
    reachable.set(ctx, sets);
  }
  if (!sets.first.has(id)) return null;
  return sets.main.has(id) ? "app-shared" : "first-screen";
}
export const FIRST_SCREEN_CHUNKS = [
  {
    debugName: "app-shared",
    name: (id: string, ctx: ModuleGraph) =>
      firstScreenGroup(id, ctx) === "app-shared" ? "app-shared" : null,
  },
  {
    debugName: "first-screen",
    name: (id: string, ctx: ModuleGraph) =>
      firstScreenGroup(id, ctx) === "first-screen" ? "first-screen-deps" : null,
  },
];

/** Tailwind 4's blue-800 (oklch(42.4% 0.199 265.638), the colour of the header and buttons) in sRGB. */
export const THEME_COLOR = "#193cb8";

/**
 * Offline after the first visit (docs/privacy.md, "Offline and updates"): a generated service worker
 * precaches every built file with its revision (hashed assets; index.html by content) and answers every
 * navigation (/q/…, /result) with index.html. A new version installs beside the old one, takes over at
 * once (skipWaiting, clientsClaim) and src/app/register-offline.ts reloads the page when it does, so
 * old and new files are never mixed. Registered explicitly (injectRegister false), no inline script.
 */
function offline() {
  return VitePWA({
    strategies: "generateSW",
    registerType: "autoUpdate",
    injectRegister: false,
    // The icons are in public/ and so already matched by globPatterns: listing them again would
    // precache them twice (toolchain.md §5.8). The manifest is added by the plugin itself.
    includeManifestIcons: false,
    manifest: {
      name: "社保随身带",
      short_name: "社保随身带",
      description: "外出打工、换城市，医保和养老保险怎么办。免费，不用注册，回答只存在你的手机上。",
      lang: "zh-CN",
      dir: "ltr",
      display: "standalone",
      theme_color: THEME_COLOR,
      background_color: "#ffffff",
      icons: [
        { src: "icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
        { src: "icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
        { src: "icon-maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
        { src: "icon.svg", sizes: "any", type: "image/svg+xml", purpose: "any" },
      ],
    },
    workbox: {
      globPatterns: ["**/*.{js,css,html,svg,png}"],
      navigateFallback: "index.html",
      cleanupOutdatedCaches: true,
      skipWaiting: true,
      clientsClaim: true,
    },
  });
}

/**
 * Writes each page's HTML at build time (src/app/prerender.tsx): index.html carries the whole start page,
 * so the first screen paints before the JavaScript runs; result.html and q/<step>.html carry the layout and
 * a placeholder, so a deep link never flashes the start page (hosts and the service worker map /result to
 * result.html). main.tsx hydrates these nodes rather than drawing the page again (src/app/hydration.ts).
 */
function prerenderPages(): Plugin {
  let base = "/";
  type Prerender = {
    renderRoute: (basename: string, path: string) => string;
    PRERENDERED: readonly (readonly [string, string])[];
  };
  const load = async () => {
    const { tsImport } = await import("tsx/esm/api");
    return (await tsImport("./src/app/prerender.tsx", import.meta.url)) as Prerender;
  };
  const basename = () => base.replace(/\/$/, "") || "/";
  // The route is written on the root element: main.tsx hydrates only HTML made for the route it opens.
  const fill = (html: string, route: string, markup: string) =>
    html.replace('<div id="root"></div>', `<div id="root" data-route="${route}">${markup}</div>`);
  return {
    name: "prerender-pages",
    enforce: "post",
    apply: "build",
    configResolved(config) {
      base = config.base;
    },
    async transformIndexHtml(html) {
      return fill(html, "/", (await load()).renderRoute(basename(), "/"));
    },
    async generateBundle(_options, bundle) {
      const index = bundle["index.html"];
      if (!index || index.type !== "asset") return;
      const mod = await load();
      // Vite adds the entry script and its preloads after transformIndexHtml: mark them here.
      index.source = lowPriorityScripts(String(index.source));
      const shell = String(index.source).replace(
        /<div id="root"[^>]*>[\s\S]*<\/div>(\s*<\/body>)/,
        '<div id="root"></div>$1',
      );
      index.source = startAfterFirstPaint(String(index.source));
      // Each route's own chunk and what it imports download in parallel with the main script, instead of
      // after it has run (the lazy route would otherwise wait for the main chunk).
      const preloads = (screen: string) => {
        const entry = Object.values(bundle).find(
          (c) => c.type === "chunk" && c.facadeModuleId?.endsWith(`/src/screens/${screen}.tsx`),
        );
        const files = new Set<string>();
        const visit = (name: string) => {
          const chunk = bundle[name];
          if (!chunk || chunk.type !== "chunk" || files.has(name) || chunk.isEntry) return;
          files.add(name);
          chunk.imports.forEach(visit);
        };
        if (entry) visit(entry.fileName);
        return [...files];
      };
      for (const [file, path] of mod.PRERENDERED) {
        if (file === "index.html") continue;
        const screen = file === "result.html" ? "result-page" : "step-page";
        const page = fill(shell, path, mod.renderRoute(basename(), path));
        const links = preloads(screen)
          .filter((f) => !page.includes(`${base}${f}`))
          .map((f) => `<link rel="modulepreload" crossorigin href="${base}${f}">`);
        let html = lowPriorityScripts(page.replace("</head>", `${links.join("")}</head>`));
        if (file === "result.html") html = firstScreenFirst(html, bundle, base);
        this.emitFile({ type: "asset", fileName: file, source: html });
      }
    },
  };
}

export default defineConfig({
  base: process.env.BASE_PATH ?? "/",
  plugins: [
    react(),
    tailwindcss(),
    contentSecurityPolicy(),
    largeTextBeforePaint(),
    prerenderPages(),
    offline(),
  ],
  build: {
    target: BROWSER_TARGETS,
    cssTarget: BROWSER_TARGETS,
    modulePreload: { polyfill: false },
    rollupOptions: {
      // The app (index.html) and a shared result's first screen, drawn before it (src/first-screen.tsx).
      input: {
        index: fileURLToPath(new URL("./index.html", import.meta.url)),
        "first-screen": fileURLToPath(new URL("./src/first-screen.tsx", import.meta.url)),
      },
      output: { codeSplitting: { groups: FIRST_SCREEN_CHUNKS } },
    },
  },
  // The preview sends the security headers hosts are given in public/_headers (docs/deploy.md).
  preview: {
    host: "127.0.0.1",
    port: 4173,
    strictPort: true,
    headers: HOST_HEADERS,
  },
  test: {
    include: ["src/**/*.test.{ts,tsx}", "scripts/**/*.test.ts"],
    environment: "node",
    setupFiles: ["src/test-setup.ts"],
  },
});
