import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Locator, type Page } from "@playwright/test";

/**
 * 支出去向 (where the money goes): the drill-down 类 → 款 → 项 of a disclosure and of a year over
 * every department, its table alternative, the figures tying to the national tables on the same
 * page, the keyboard, the address (?class=), the page without JavaScript, and the seed 434/2018,
 * which has no lines: the note, no chart.
 */

type Cells = string[][];

/** The body rows of a table as text cells. */
const rowsOf = (table: Locator): Promise<Cells> =>
  table.evaluate((t) => [...(t as HTMLTableElement).tBodies[0]!.rows].map((tr) => [...tr.cells].map((c) => (c.textContent ?? "").trim())));

/** code → amount of the 支出去向 table (code "" is the total). */
async function spendingAmounts(page: Page): Promise<Map<string, string>> {
  return new Map((await rowsOf(page.getByTestId("spending-table"))).map(([code, , amount]) => [code!, amount!]));
}

/** code → 合计 column of a national table by code (部门支出总表, 一般公共预算支出表); "" is its 合计 row. */
async function nationalAmounts(page: Page, id: string): Promise<Map<string, string>> {
  return new Map((await rowsOf(page.getByTestId(`budget-table-${id}`))).map(([code, , total]) => [code!, total!]));
}

/** The bars the chart shows: code → [amount, share]. */
async function bars(page: Page): Promise<{ code: string; text: string }[]> {
  return page.getByTestId("spending-bar").evaluateAll((items) => items.map((li) => ({ code: li.getAttribute("data-code") ?? "", text: li.textContent ?? "" })));
}

const cents = (text: string) => Math.round(Number(text) * 100);

test("a demo department: the 类 table, a drill into its biggest 类 (205 教育), its 款 and 项 tie to the 部门支出总表 on the page", async ({ page }) => {
  await page.goto("/departments/401/2018");
  const view = page.getByTestId("spending-view");
  await expect(view.getByRole("heading", { level: 2, name: /支出去向/ })).toBeVisible();
  await expect(view.getByText("示例数据")).toBeVisible();

  // Every row of the table is the 部门支出总表's row of the same code, and the total its 合计.
  const spending = await spendingAmounts(page);
  const expenditure = await nationalAmounts(page, "expenditure");
  expect(spending.size).toBeGreaterThan(5);
  expect([...spending.keys()].sort()).toEqual([...expenditure.keys()].sort());
  for (const [code, amount] of spending) expect(amount, code).toBe(expenditure.get(code));

  // The 类: Σ = total, shares add up to 100 %; the biggest is 205 教育支出.
  const table = await rowsOf(page.getByTestId("spending-table"));
  const classes = table.filter(([code]) => code!.length === 3);
  expect(classes.reduce((s, [, , amount]) => s + cents(amount!), 0)).toBe(cents(spending.get("")!));
  expect(classes.reduce((s, [, , , share]) => s + cents(share!), 0)).toBe(10_000);
  const biggest = [...classes].sort((a, b) => cents(b[2]!) - cents(a[2]!))[0]!;
  expect(biggest.slice(0, 2)).toEqual(["205", "教育支出"]);

  // The chart shows the 类 first, each with its amount and share.
  await expect(page.getByTestId("spending-level")).toContainText("全部支出：按类");
  expect((await bars(page)).map((b) => b.code)).toEqual(classes.map(([code]) => code));
  const first = (await bars(page)).find((b) => b.code === "205")!;
  expect(first.text).toContain(spending.get("205")!);
  expect(first.text).toContain(`${biggest[3]}%`);

  // Drill into 205: its 款, whose amounts are the table's and add up to the 类.
  await page.getByTestId("spending-bar").filter({ hasText: "教育支出" }).getByRole("link").click();
  await expect(page).toHaveURL(/\/departments\/401\/2018\?class=205$/);
  await expect(page.getByTestId("spending-level")).toContainText("205 教育支出：按款");
  const kuan = await bars(page);
  expect(kuan.length).toBeGreaterThan(0);
  for (const { code, text } of kuan) {
    expect(code).toMatch(/^205\d\d$/);
    expect(text, code).toContain(expenditure.get(code)!);
  }
  expect(kuan.reduce((s, { code }) => s + cents(spending.get(code)!), 0)).toBe(cents(spending.get("205")!));

  // …then into its largest 款: its 项, tying the same way.
  const largest = [...kuan].sort((a, b) => cents(spending.get(b.code)!) - cents(spending.get(a.code)!))[0]!.code;
  await page.locator(`[data-testid=spending-bar][data-code="${largest}"] a`).click();
  await expect(page).toHaveURL(new RegExp(`\\?class=${largest}$`));
  await expect(page.getByTestId("spending-level")).toContainText(`${largest} `);
  const xiang = await bars(page);
  expect(xiang.length).toBeGreaterThan(0);
  for (const { code, text } of xiang) {
    expect(code).toMatch(new RegExp(`^${largest}\\d\\d$`));
    expect(text, code).toContain(expenditure.get(code)!);
  }
  expect(xiang.reduce((s, { code }) => s + cents(spending.get(code)!), 0)).toBe(cents(spending.get(largest)!));
  // A 项 is the bottom: no link.
  await expect(page.getByTestId("spending-bar").first().getByRole("link")).toHaveCount(0);

  // The address holds the drill: a reload comes back to it; the trail goes back up.
  await page.reload();
  await expect(page.getByTestId("spending-drilldown")).toHaveAttribute("data-path", `205/${largest}`);
  await page.getByTestId("spending-drilldown").getByRole("navigation").getByRole("link", { name: "全部支出" }).click();
  await expect(page.getByTestId("spending-level")).toContainText("全部支出：按类");
  await expect(page).toHaveURL(/\/departments\/401\/2018$/);
});

test("a department whose spending is all 一般公共预算: the 支出去向 ties to the 一般公共预算支出表 too", async ({ page }) => {
  await page.goto("/departments/402/2018");
  const spending = await spendingAmounts(page);
  const general = await nationalAmounts(page, "general");
  expect([...spending.keys()].sort()).toEqual([...general.keys()].sort());
  for (const [code, amount] of spending) expect(amount, code).toBe(general.get(code));
  expect(spending.get("210")).toBe(general.get("210"));
});

test("the keyboard drills in and back out, focus following the level shown", async ({ page }) => {
  await page.goto("/departments/401/2018");
  const chart = page.getByTestId("spending-drilldown");
  const link205 = chart.getByRole("link", { name: /205\s*教育支出/ });
  await link205.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("spending-level")).toContainText("205 教育支出：按款");
  await expect(page.getByTestId("spending-level")).toBeFocused();
  await expect(page).toHaveURL(/\?class=205$/);
  // Tab from the level's heading reaches the first 款; Enter opens its 项.
  await page.keyboard.press("Tab");
  const focused = await page.evaluate(() => document.activeElement?.closest("[data-testid=spending-bar]")?.getAttribute("data-code") ?? null);
  expect(focused).toMatch(/^205\d\d$/);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`\\?class=${focused}$`));
  await expect(page.getByTestId("spending-level")).toContainText(`${focused} `);
  await expect(page.getByTestId("spending-level")).toBeFocused();
  // Back to the 类 by the trail, by keyboard.
  await chart.getByRole("navigation").getByRole("link", { name: "205 教育支出" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("spending-level")).toContainText("205 教育支出：按款");
  await expect(page).toHaveURL(/\?class=205$/);
});

test("without JavaScript: the server-rendered table holds every 类, 款 and 项; a 类's link leads to its rows", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/departments/401/2018");
  const levels = await page.getByTestId("spending-row").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-level")));
  for (const level of ["合计", "类", "款", "项"]) expect(levels).toContain(level);
  const link = page.getByTestId("spending-drilldown").getByRole("link", { name: /205\s*教育支出/ });
  await expect(link).toHaveAttribute("href", "?class=205#spending-row-205");
  await link.click();
  await expect(page).toHaveURL(/\?class=205#spending-row-205$/);
  await expect(page.locator("#spending-row-205")).toBeInViewport();
  await context.close();
});

test("the seed 434/2018 (tables not published with the source): the note, no chart, no invented rows", async ({ page }) => {
  await page.goto("/departments/434/2018");
  const view = page.getByTestId("spending-view");
  await expect(view.getByTestId("spending-note")).toContainText("未随原文公开");
  await expect(view.getByTestId("spending-note")).toContainText("不补列");
  await expect(page.getByTestId("spending-drilldown")).toHaveCount(0);
  await expect(page.getByTestId("spending-table")).toHaveCount(0);
  await expect(view.getByText("示例数据")).toHaveCount(0);
});

test("the year over every department: reached from the year view, labelled 示例数据, 205 as the 教育局's, drill and address", async ({ page }) => {
  // 401 is the one demo department under 205 教育支出.
  await page.goto("/departments/401/2018");
  const department205 = (await spendingAmounts(page)).get("205")!;

  await page.goto("/years/2018");
  await page.getByTestId("year-spending-link").click();
  await expect(page).toHaveURL(/\/years\/2018\/spending$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("2018年全县支出去向：钱花在哪里");
  await expect(page.getByTestId("spending-county-note")).toContainText("12个部门");
  await expect(page.getByTestId("spending-county-note")).toContainText("另有1个部门"); // 434/2018, no tables
  await expect(page.getByTestId("spending-county-note")).toContainText("示例数据");
  await expect(page.getByTestId("spending-view").getByText("示例数据")).toBeVisible();

  const county = await spendingAmounts(page);
  expect(county.get("205")).toBe(department205);
  const table = await rowsOf(page.getByTestId("spending-table"));
  const classes = table.filter(([code]) => code!.length === 3);
  expect(classes.reduce((s, [, , amount]) => s + cents(amount!), 0)).toBe(cents(county.get("")!));
  expect(classes.reduce((s, [, , , share]) => s + cents(share!), 0)).toBe(10_000);

  await page.goto("/years/2018/spending?class=208");
  await expect(page.getByTestId("spending-level")).toContainText("208 社会保障和就业支出：按款");
  for (const { code, text } of await bars(page)) {
    expect(code).toMatch(/^208\d\d$/);
    expect(text, code).toContain(county.get(code)!);
  }
  // The English page: the same figures.
  await page.goto("/en/years/2018/spending");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Where the money of the county goes, 2018");
  expect(await spendingAmounts(page)).toEqual(county);
});

/** The county pages whole; on a disclosure, the 支出去向 section (the rest of the page is e2e/accessibility.spec.ts's). */
const AXE_PAGES: [string, "page" | "section"][] = [
  ["/departments/401/2018", "section"],
  ["/departments/401/2018?class=205", "section"],
  ["/departments/434/2018", "section"],
  ["/en/departments/401/2018", "section"],
  ["/years/2018/spending", "page"],
  ["/years/2018/spending?class=20502", "page"],
  ["/en/years/2018/spending", "page"],
];

for (const width of [1280, 375]) {
  test(`axe: no violations on the 支出去向 views at ${width} px`, async ({ page }) => {
    test.setTimeout(300_000);
    await page.setViewportSize({ width, height: 900 });
    const problems: string[] = [];
    for (const [path, scope] of AXE_PAGES) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      await page.waitForLoadState("networkidle");
      await page.getByTestId("spending-view").scrollIntoViewIfNeeded();
      if (path.includes("class=")) await expect(page.getByTestId("spending-drilldown")).not.toHaveAttribute("data-path", "");
      const axe = new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]);
      const results = await (scope === "section" ? axe.include("[data-testid=spending-view]") : axe).analyze();
      for (const v of results.violations) {
        problems.push(`${path}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | ")}`);
      }
    }
    expect(problems).toEqual([]);
    if (width === 375) {
      for (const path of ["/years/2018/spending", "/departments/401/2018?class=205"]) {
        await page.goto(path);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, path).toBeLessThanOrEqual(0);
      }
    }
  });
}
