/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from "vite";
import react from "@vitejs/plugin-react";
import tailwindcss from "@tailwindcss/vite";

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

export default defineConfig({
  base: process.env.BASE_PATH ?? "/",
  plugins: [react(), tailwindcss(), contentSecurityPolicy()],
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
