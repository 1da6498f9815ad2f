/**
 * The public pages at 375 and 1280 px, as a visitor first sees them (one screen high, not the
 * whole page), into docs/screenshots/. Against a running portal with the demo data:
 *
 *     npx tsx docs/screenshots/take.ts http://127.0.0.1:3000
 *
 * Chromium is Debian's (/usr/bin/chromium), as in playwright.config.ts.
 */
import fs from "node:fs";
import path from "node:path";
import { chromium } from "@playwright/test";

const base = process.argv[2] ?? "http://127.0.0.1:3000";
const PAGES: [string, string][] = [
  ["disclosure-434-2018", "/departments/434/2018"],
  ["department-401", "/departments/401"],
  ["compare", "/compare?departments=434,401,402,403&years=2016,2017,2018,2019&measure=total"],
  ["year-2018", "/years/2018"],
  ["home", "/"],
];
const WIDTHS = [375, 1280];

async function main() {
const browser = await chromium.launch({
  executablePath: fs.existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined,
  args: ["--no-sandbox", "--disable-gpu"],
});
for (const width of WIDTHS) {
  const page = await browser.newPage({ viewport: { width, height: width < 640 ? 812 : 900 }, locale: "zh-CN" });
  for (const [name, url] of PAGES) {
    await page.goto(`${base}${url}`);
    await page.waitForLoadState("networkidle");
    const file = path.join("docs", "screenshots", `${name}-${width}.png`);
    await page.screenshot({ path: file });
    console.log(file);
  }
  await page.close();
}
await browser.close();
}

void main();
