/**
 * The portal's main pages at 375 and 1280 px, as their users first see them (one screen high,
 * not the whole page), into docs/screenshots/: the public pages, and the editor and the review
 * page of a correction of 434/2018 that the script drafts (mending the original's printed total
 * change) and submits itself. Against a running portal with the demo data (it changes that
 * database: use a throwaway one):
 *
 *     PGLITE_DIR=.data/shots SEED_DEMO=1 npm start -- -p 3000 &
 *     npx tsx docs/screenshots/take.ts http://127.0.0.1:3000
 *
 * Chromium is Debian's (/usr/bin/chromium), as in playwright.config.ts.
 */
import fs from "node:fs";
import path from "node:path";
import { chromium, type Browser, type Page } from "@playwright/test";

const base = process.argv[2] ?? "http://127.0.0.1:3000";
const PUBLIC_PAGES: [string, string][] = [
  ["disclosure-434-2018", "/departments/434/2018"],
  ["department-401", "/departments/401"],
  ["compare", "/compare?departments=434,401,402,403&years=2016,2017,2018,2019&measure=total"],
  ["year-2018", "/years/2018"],
  ["home", "/"],
];
const WIDTHS = [375, 1280];
const DEMO_PASSWORD = "demo-2018"; // the seeded demo accounts (db/seed.ts)

async function signedIn(browser: Browser, username: string, width: number): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: width < 640 ? 812 : 900 }, locale: "zh-CN" });
  await page.goto(`${base}/login`);
  await page.getByLabel("用户名").fill(username);
  await page.getByLabel("密码").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "登录" }).click();
  await page.getByTestId("signed-in-user").waitFor({ timeout: 30_000 });
  return page;
}

async function shoot(page: Page, name: string, width: number) {
  await page.waitForLoadState("networkidle");
  const file = path.join("docs", "screenshots", `${name}-${width}.png`);
  await page.screenshot({ path: file });
  console.log(file);
}

/** A correction of 434/2018 drafted by its editor (shot while still a draft, then submitted). */
async function draftedCorrection(browser: Browser): Promise<number> {
  const editor = await signedIn(browser, "editor434", 1280);
  await editor.goto(`${base}/edit`);
  const department = editor.getByLabel("部门", { exact: true });
  const option = (await department.locator("option").allTextContents()).find((t) => t.startsWith("434 "))!;
  await department.selectOption({ label: option });
  await editor.getByLabel("年度", { exact: true }).selectOption("2018");
  await editor.getByLabel("更正本年已公开的版本").check();
  await editor.getByRole("button", { name: "创建草稿" }).click();
  await editor.waitForURL(/\/edit\/\d+$/);
  const versionId = Number(new URL(editor.url()).pathname.split("/").pop());
  // The correction mends the original's one slip: its printed total change (206.78) against the
  // computed 206.58; the draft keeps the computed figures, so it passes the checks and can go.
  await editor
    .getByTestId("stated-figures")
    .filter({ hasText: "支出合计增减" })
    .getByRole("button", { name: "清除所列数（以计算数为准）" })
    .click();
  await editor.getByLabel("项目支出变动原因", { exact: true }).fill("主要为应急值守经费压减，详见项目支出表。");
  await editor.getByTestId("save-status").filter({ hasText: "已保存" }).waitFor({ timeout: 30_000 });
  await editor.close();
  return versionId;
}

async function submit(browser: Browser, versionId: number) {
  const editor = await signedIn(browser, "editor434", 1280);
  await editor.goto(`${base}/edit/${versionId}`);
  await editor.getByTestId("submit-draft").click();
  await editor.getByTestId("confirm-submit").click();
  await editor.getByTestId("submit-ok").waitFor({ timeout: 30_000 });
  await editor.close();
}

async function main() {
  const browser = await chromium.launch({
    executablePath: fs.existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined,
    args: ["--no-sandbox", "--disable-gpu"],
  });
  for (const width of WIDTHS) {
    const page = await browser.newPage({ viewport: { width, height: width < 640 ? 812 : 900 }, locale: "zh-CN" });
    for (const [name, url] of PUBLIC_PAGES) {
      await page.goto(`${base}${url}`);
      await shoot(page, name, width);
    }
    await page.close();
  }
  const versionId = await draftedCorrection(browser);
  for (const width of WIDTHS) {
    const editor = await signedIn(browser, "editor434", width);
    await editor.goto(`${base}/edit/${versionId}`);
    await shoot(editor, "editor-434-2018", width);
    await editor.close();
  }
  await submit(browser, versionId);
  for (const width of WIDTHS) {
    const reviewer = await signedIn(browser, "reviewer", width);
    await reviewer.goto(`${base}/review/${versionId}`);
    await shoot(reviewer, "review-434-2018", width);
    await reviewer.goto(`${base}/review`);
    await shoot(reviewer, "review-board", width);
  }
  await browser.close();
}

void main();
