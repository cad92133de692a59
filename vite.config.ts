/// <reference types="vitest/config" />
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

function contentSecurityPolicy(): Plugin {
  return {
    name: "csp-meta",
    apply: "build",
    transformIndexHtml: (html) =>
      html.replace("<head>", `<head>\n    <meta http-equiv="Content-Security-Policy" content="${CSP}" />`),
  };
}

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

export default defineConfig({
  base: process.env.BASE_PATH ?? "/",
  plugins: [react(), tailwindcss(), contentSecurityPolicy(), offline()],
  build: {
    target: BROWSER_TARGETS,
    cssTarget: BROWSER_TARGETS,
    modulePreload: { polyfill: false },
  },
  preview: { host: "127.0.0.1", port: 4173, strictPort: true },
  test: {
    include: ["src/**/*.test.{ts,tsx}", "scripts/**/*.test.ts"],
    environment: "node",
    setupFiles: ["src/test-setup.ts"],
  },
});
