import fs from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import ExcelJS from "exceljs";
import { expect, test, type Page } from "@playwright/test";
import { parseCsv } from "./helpers";

/**
 * A class as the measure (issue 15): the comparison of demo departments by 205 教育 across the
 * years, chosen through the measure picker; the table's amounts and the CSV / XLSX downloads hold
 * the same cells; the seed 434/2018, published without its tables, is 未列示 (never 0); the year
 * ranking by 205; an unknown class refused in Chinese; the English page.
 */

async function tableRows(page: Page): Promise<string[][]> {
  return page
    .getByTestId("compare-row")
    .evaluateAll((rows) => rows.map((row) => [...row.querySelectorAll("td")].map((cell) => (cell.textContent ?? "").trim())));
}

test("compare demo departments by 205 教育 across years; the CSV and the workbook match the table", async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto("/compare?departments=401,402,434&years=2016,2017,2018,2019&measure=total&chart=bar");
  await page.getByLabel("比较指标").selectOption({ label: "205 教育支出" });
  await page.getByRole("button", { name: "更新比较" }).click();
  await expect(page).toHaveURL(/measure=fn(:|%3A)205/);
  await expect(page.getByRole("heading", { name: "比较结果：功能分类 205 教育支出" })).toBeVisible();
  await expect(page.getByTestId("class-note")).toContainText("含下级科目");
  const header = (await page.getByTestId("compare-table").locator("thead th").allTextContents()).map((h) => h.trim());
  expect(header[3]).toBe("功能分类 205 教育支出（万元）");

  await expect(page.getByTestId("compare-row")).toHaveCount(12);
  const rows = await tableRows(page);
  const cell = (code: string, year: string) => rows.find((r) => r[0] === code && r[2] === year)?.[3];
  // The 教育局 (401) spends on 205 every year; the 卫生健康局 (402) does not: a stated 0.
  for (const year of ["2016", "2017", "2018", "2019"]) {
    expect(Number(cell("401", year))).toBeGreaterThan(0);
    expect(cell("402", year)).toBe("0.00");
  }
  // 434 published 2018 without its tables: 未列示, not 0; other years it did not publish.
  expect(cell("434", "2018")).toBe("未列示");
  expect(cell("434", "2017")).toBe("未公开");
  // The share of 401 over the selected departments is all of the year's 205.
  expect(rows.find((r) => r[0] === "401" && r[2] === "2019")?.[6]).toBe("100.00");

  // The CSV holds exactly the header and cells of the table.
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "下载 CSV" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toContain("205");
  const csv = parseCsv(fs.readFileSync(await download.path(), "utf8"));
  expect(csv[0]).toEqual(header);
  expect(csv.slice(1)).toEqual(rows);

  // So does the workbook (numbers as numbers, shown with two decimals).
  const xlsxDownloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "下载 Excel" }).click();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await (await xlsxDownloading).path());
  const sheet = workbook.getWorksheet("比较")!;
  const text = (value: ExcelJS.CellValue, numFmt: string | undefined) =>
    typeof value === "number" ? (numFmt === "0.00" ? value.toFixed(2) : String(value)) : String(value ?? "");
  const sheetRows: string[][] = [];
  sheet.eachRow((row) => {
    const cells: string[] = [];
    for (let i = 1; i <= header.length; i++) cells.push(text(row.getCell(i).value, row.getCell(i).numFmt));
    sheetRows.push(cells);
  });
  expect(sheetRows[0]).toEqual(header);
  expect(sheetRows.slice(1)).toEqual(rows);
  const about = workbook.getWorksheet("说明")!;
  expect(String(about.getCell("B1").value)).toBe("功能分类 205 教育支出");
});

test("the year ranking by 205 教育: ranked amounts, the seed left out with a note, the CSV the same ranking", async ({ page }) => {
  await page.goto("/years/2018");
  await page.getByLabel("排序指标").selectOption({ label: "205 教育支出" });
  await page.getByRole("button", { name: "查看" }).click();
  await expect(page).toHaveURL(/\/years\/2018\?measure=fn(:|%3A)205$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("2018年各部门功能分类 205 教育支出排名");
  await expect(page.getByTestId("class-note")).toContainText("另有1个部门已公开2018年预算，但预算表未随原文公开");
  const rows = await page.getByTestId("ranking-row").evaluateAll((list) =>
    list.map((row) => [...row.querySelectorAll("td, th")].map((cell) => (cell.textContent ?? "").replace("示例数据", "").trim())),
  );
  expect(rows[0]![1]).toBe("401");
  expect(Number(rows[0]![3])).toBeGreaterThan(0);
  expect(rows.map((r) => r[1])).not.toContain("434");

  const downloading = page.waitForEvent("download");
  await page.getByTestId("download-csv").click();
  const csv = parseCsv(fs.readFileSync(await (await downloading).path(), "utf8")).filter((r) => r.length > 1);
  expect(csv[0]![3]).toBe("功能分类 205 教育支出（万元）");
  expect(csv.slice(1, -1).map((r) => [r[0], r[1], r[3], `${r[4]}%`])).toEqual(rows.map((r) => [r[0], r[1], r[3], r[4]]));
});

test("an unknown class is refused with a Chinese message, on the comparison, the ranking and its CSV", async ({ page, request }) => {
  await page.goto("/compare?departments=401,402&years=2018,2019&measure=fn:999&chart=bar");
  await expect(page.getByTestId("compare-notices")).toContainText("支出功能分类中没有科目编码 999");
  await expect(page.getByTestId("compare-notices")).toContainText("已改为“支出总计”");
  await expect(page.getByTestId("compare-table").locator("thead th").nth(3)).toHaveText("支出总计（万元）");
  await page.goto("/compare?departments=401&years=2019&measure=econ:<script>alert(1)</script>&chart=bar");
  await expect(page.getByTestId("compare-notices")).toContainText("不是有效的分类指标");
  await expect(page.locator("script", { hasText: "alert(1)" })).toHaveCount(0);

  await page.goto("/years/2018?measure=fn:999");
  await expect(page.getByTestId("measure-refused")).toContainText("支出功能分类中没有科目编码 999");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("2018年各部门支出总计排名");
  const csv = await request.get("/years/2018/ranking.csv?measure=fn:999");
  expect(csv.status()).toBe(400);
  expect(await csv.text()).toContain("没有科目编码 999");

  // A 项 is not kept whole (only 类 and 款 are), but works on the dynamic page.
  await page.goto("/compare?departments=401&years=2018,2019&measure=fn:2050101&chart=bar");
  await expect(page.getByTestId("compare-table").locator("thead th").nth(3)).toHaveText("功能分类 2050101 行政运行（万元）");
  await expect(page.getByTestId("compare-row")).toHaveCount(2);
});

test("the English comparison and ranking by class", async ({ page }) => {
  await page.goto("/en/compare?departments=401,434&years=2018,2019&measure=fn:205&chart=line");
  await expect(page.getByTestId("compare-table").locator("thead th").nth(3)).toHaveText("Function 205 教育支出 (10k yuan)");
  const rows = await tableRows(page);
  expect(rows.find((r) => r[0] === "434" && r[2] === "2018")?.[3]).toBe("Not stated");
  expect(Number(rows.find((r) => r[0] === "401" && r[2] === "2019")?.[3])).toBeGreaterThan(0);
  await page.goto("/en/years/2019?measure=econ:301");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Departments by Economic 301 工资福利支出, 2019");
  await expect(page.getByTestId("ranking-row").first()).toBeVisible();
});

test("kept whole: a class's 类 by the cached routes, like the headline measures", async ({ request }) => {
  for (const path of ["/compare?departments=401,402&years=2018,2019&measure=fn:205&chart=bar", "/years/2018?measure=fn:205"]) {
    expect((await request.get(path)).status(), path).toBe(200);
    expect((await request.get(path)).headers()["x-nextjs-cache"], path).toBe("HIT");
  }
});

test("the views by class have no axe violations, at 375 px too", async ({ page }) => {
  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: 900 });
    for (const path of [
      "/compare?departments=401,402,434&years=2016,2017,2018,2019&measure=fn:205&chart=bar",
      "/years/2018?measure=fn:205",
      "/en/years/2019?measure=econ:301",
    ]) {
      await page.goto(path);
      await page.waitForLoadState("load");
      const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
      expect(results.violations.map((v) => `${path} @${width}: ${v.id} ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
    }
  }
});
