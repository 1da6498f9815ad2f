import { expect, test, type Page } from "@playwright/test";

/**
 * The public pages in English under /en: the switch in the header leads to the same page (path
 * and query) in the other language, links on English pages stay in English, and <html lang>
 * follows the page.
 */

const html = (page: Page) => page.locator("html");

/** Page links of the portal that leave English: everything but downloads, the API and sign-in. */
async function linksOutOfEnglish(page: Page): Promise<string[]> {
  const hrefs = await page.locator("main a[href^='/'], header a[href^='/']").evaluateAll((links) =>
    links.filter((a) => a.getAttribute("data-testid") !== "language-switch").map((a) => a.getAttribute("href") ?? ""),
  );
  return hrefs.filter((href) => !/^\/en(\/|\?|#|$)/.test(href) && !/\.csv|\/workbook|^\/api\/|^\/login|^\/compare\/download/.test(href));
}

test("department page → English → a year → back to Chinese, on the same page each time", async ({ page }) => {
  await page.goto("/departments/434");
  await expect(html(page)).toHaveAttribute("lang", "zh-CN");
  await expect(page.getByRole("heading", { name: "已公开年度" })).toBeVisible();

  await page.getByRole("link", { name: "English", exact: true }).click();
  await expect(page).toHaveURL(/\/en\/departments\/434$/);
  await expect(html(page)).toHaveAttribute("lang", "en");
  await expect(page.getByTestId("department-title")).toHaveText("正定县人民政府办公室: budgets");
  await expect(page.getByRole("heading", { name: "Published years" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Trends" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Compare" })).toHaveAttribute(
    "href",
    "/en/compare",
  );
  expect(await linksOutOfEnglish(page)).toEqual([]);

  await page.getByTestId("department-years").getByRole("link", { name: "正定县人民政府办公室 budget 2018" }).click();
  await expect(page).toHaveURL(/\/en\/departments\/434\/2018$/);
  await expect(html(page)).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { name: "Data checks (数据核对)" })).toBeVisible();
  // Counted with English plurals; the county named in English.
  await expect(page.getByTestId("checks-summary")).toHaveText("1 inconsistency found");
  await expect(page.getByText("County: Zhengding County, Hebei Province")).toBeVisible();
  await expect(page.getByRole("link", { name: "This department's budgets over the years" })).toHaveAttribute("href", "/en/departments/434");
  expect(await linksOutOfEnglish(page)).toEqual([]);

  // The switch is an ordinary link: reachable and followed with the keyboard.
  await page.getByRole("link", { name: "中文", exact: true }).focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/departments\/434\/2018$/);
  await expect(html(page)).toHaveAttribute("lang", "zh-CN");
  await expect(page.getByRole("heading", { name: "数据核对" })).toBeVisible();
});

test("the comparison keeps its whole query when the language changes", async ({ page }) => {
  const query = "departments=434,401&years=2017,2018&measure=sangongTotal&chart=line";
  await page.goto(`/compare?${query}`);
  const rows = await page.getByTestId("compare-row").count();
  expect(rows).toBe(4);

  await page.getByRole("link", { name: "English", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/en/compare\\?${query.replace(/[?.]/g, "\\$&")}$`));
  await expect(html(page)).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Compare department budgets");
  await expect(page.getByTestId("compare-row")).toHaveCount(rows);
  await expect(page.getByTestId("compare-table").locator("thead")).toContainText("(10k yuan)");
  await expect(page.getByTestId("compare-table")).toContainText("demo data (示例数据)");
  await expect(page.getByTestId("share-url")).toHaveValue(new RegExp(`/en/compare\\?`));
  expect(await linksOutOfEnglish(page)).toEqual([]);

  await page.getByRole("link", { name: "中文", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`127\\.0\\.0\\.1:\\d+/compare\\?${query.replace(/[?.]/g, "\\$&")}$`));
  await expect(html(page)).toHaveAttribute("lang", "zh-CN");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("部门预算比较");
});

test("every English page says so in <html lang>, keeps its links in English and labels demo data", async ({ page }) => {
  for (const path of ["/en", "/en/years", "/en/years/2018?measure=project", "/en/departments/401", "/en/open-data", "/en/about"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await expect(html(page), path).toHaveAttribute("lang", "en");
    await expect(page.getByRole("link", { name: "中文", exact: true }), path).toBeVisible();
    expect(await linksOutOfEnglish(page), path).toEqual([]);
  }
  await page.goto("/en/departments/401");
  await expect(page.getByTestId("department-title")).toContainText("demo data (示例数据)");
  await page.goto("/en/years/2018");
  await expect(page.getByTestId("ranking-total")).toContainText("County total");
  // A search on the English home page stays English.
  await page.goto("/en");
  await expect(page.getByText("published for the year. Some of them")).toBeVisible(); // two sentences, not "year.Some"
  await page.getByRole("searchbox", { name: "Search by department name or code" }).fill("教育");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/\/en\?q=/);
  await expect(page.getByTestId("department-row")).toHaveCount(1);
});

test("the workspace and sign-in stay Chinese, without a language switch", async ({ page }) => {
  await page.goto("/login");
  await expect(html(page)).toHaveAttribute("lang", "zh-CN");
  await expect(page.getByTestId("language-switch")).toHaveCount(0);
});
