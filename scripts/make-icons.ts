/**
 * Renders the app icons the web manifest lists from public/icon.svg with Chromium (no image tool
 * needed): icon-192.png and icon-512.png as drawn, and icon-maskable-512.png full-bleed with the sign
 * inside the safe zone (the inner 80%), for launchers that crop icons to a circle or a squircle.
 * Run after changing icon.svg: `npx tsx scripts/make-icons.ts`.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { chromium } from "@playwright/test";

const publicDir = new URL("../public/", import.meta.url);
const svg = readFileSync(new URL("icon.svg", publicDir), "utf8");
const background = /<rect[^>]*fill="(#[0-9a-fA-F]{3,6})"/.exec(svg)?.[1] ?? "#1e40af";
// Same drawing, no rounded corners, the sign scaled to 70% around the centre.
const maskable = svg
  .replace(/<rect[^>]*\/>/, `<rect width="64" height="64" fill="${background}"/>`)
  .replace(/<path /, '<path transform="translate(9.6 9.6) scale(0.7)" ');

const executablePath = [process.env.CHROME_PATH, "/usr/bin/chromium"].find((p) => p && existsSync(p));
const browser = await chromium.launch({
  args: ["--no-sandbox"],
  ...(executablePath ? { executablePath } : {}),
});
const page = await browser.newPage();
for (const [file, source, size] of [
  ["icon-192.png", svg, 192],
  ["icon-512.png", svg, 512],
  ["icon-maskable-512.png", maskable, 512],
] as const) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${source}`,
  );
  writeFileSync(new URL(file, publicDir), await page.screenshot({ omitBackground: true }));
  console.log(`wrote public/${file}`);
}
await browser.close();
