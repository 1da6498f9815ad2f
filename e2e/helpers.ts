import { expect, type Browser, type Page } from "@playwright/test";
import { parseWan } from "../lib/money";

/** The seeded demo accounts (db/seed.ts); all share the demo password. */
export const DEMO_PASSWORD = "demo-2018";

export async function signIn(page: Page, username: string, password = DEMO_PASSWORD) {
  await page.goto("/login");
  await page.getByLabel("用户名").fill(username);
  await page.getByLabel("密码").fill(password);
  await page.getByRole("button", { name: "登录" }).click();
  // Sign-in ends in a full page load (the login page and the workspace have different root
  // layouts): on a busy machine that alone can take longer than the default 5 s.
  await expect(page.getByTestId("signed-in-user")).toBeVisible({ timeout: 20_000 });
}

/** A new browser context (at `baseURL`, else the configured one) with `username` signed in. */
export async function signedInPage(browser: Browser, username: string, baseURL?: string): Promise<Page> {
  const page = await (await browser.newContext(baseURL ? { baseURL } : {})).newPage();
  await signIn(page, username);
  return page;
}

/** The amount in yuan of the editor's field labelled `label` (shown in 万元). */
export async function amountOf(page: Page, label: string): Promise<number> {
  const yuan = parseWan(await page.getByLabel(label, { exact: true }).inputValue());
  if (yuan === null) throw new Error(`${label} is not an amount`);
  return yuan;
}

/** Creates a draft from the /edit form and returns its version id. */
export async function createDraft(page: Page, departmentLabel: RegExp, year: number, start: "空白草稿" | "以上年已公开的预算为基础" | "更正本年已公开的版本") {
  await page.goto("/edit");
  await page.getByLabel("部门", { exact: true }).selectOption({ label: (await page.getByLabel("部门", { exact: true }).locator("option").allTextContents()).find((t) => departmentLabel.test(t))! });
  await page.getByLabel("年度", { exact: true }).selectOption(String(year));
  await page.getByLabel(start).check();
  await page.getByRole("button", { name: "创建草稿" }).click();
  await page.waitForURL(/\/edit\/\d+$/);
  return Number(new URL(page.url()).pathname.split("/").pop());
}

/**
 * The open draft of a department and year, or a new blank one: end-to-end specs that only need
 * some draft of 499 share its four years, and whichever runs first creates it.
 */
export async function openOrCreateDraft(page: Page, departmentLabel: RegExp, departmentName: string, year: number): Promise<number> {
  await page.goto("/edit");
  const existing = page.getByRole("link", { name: new RegExp(`^编辑 ${departmentName}${year}年第`) });
  if ((await existing.count()) === 0) return createDraft(page, departmentLabel, year, "空白草稿");
  const href = (await existing.first().getAttribute("href"))!;
  await page.goto(href);
  return Number(href.split("/").pop());
}

/** The CSV the portal hands out: BOM, CRLF, quoted cells where needed. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  const body = text.replace(/^\uFEFF/, "");
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (quoted) {
      if (ch === '"' && body[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(cell);
      cell = "";
    } else if (ch === "\n") {
      row.push(cell.replace(/\r$/, ""));
      rows.push(row);
      row = [];
      cell = "";
    } else cell += ch;
  }
  if (cell || row.length) rows.push([...row, cell]);
  return rows;
}
