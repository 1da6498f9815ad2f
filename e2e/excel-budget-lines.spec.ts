import fs from "node:fs/promises";
import ExcelJS from "exceljs";
import { expect, test, type Page } from "@playwright/test";
import { openOrCreateDraft, signIn } from "./helpers";

/**
 * Issue 15, point 8 (Excel): an editor downloads the blank template, fills its 支出明细,
 * 基本支出经济分类 and 人员情况 sheets as finance staff would, uploads it, and the draft's preview
 * shows the national tables derived from those lines and the staff counts. A workbook with a code
 * that is not valid in the draft's year is refused with the cell and a Chinese message, and the
 * draft keeps what it had.
 */
const YEAR = 2019;

async function downloadTemplate(page: Page): Promise<ExcelJS.Workbook> {
  const pending = page.waitForEvent("download");
  await page.getByRole("link", { name: "下载空白模板", exact: true }).click();
  const download = await pending;
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
  const bytes = await fs.readFile((await download.path())!);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(new Uint8Array(bytes).buffer);
  return wb;
}

/** Fills the template's line sheets below their example rows, as an editor does in Excel. */
function fillLines(wb: ExcelJS.Workbook, firstCode: string) {
  const lines = wb.getWorksheet("支出明细")!;
  expect(String(lines.getCell("A5").value)).toMatch(/^示例：/);
  lines.getCell("B1").value = 10; // 结转下年（万元）
  const rows: (string | number | null)[][] = [
    [firstCode, "行政运行", "一般公共预算拨款", null, 100, 20, null],
    ["2010302", "一般行政管理事务", "一般公共预算拨款", "政务公开平台运维", null, null, 30],
    ["2080505", "机关事业单位基本养老保险缴费支出", "一般公共预算拨款", null, 5, null, null],
  ];
  rows.forEach((values, i) => (lines.getRow(6 + i).values = values));
  const economic = wb.getWorksheet("基本支出经济分类")!;
  [["30101", "基本工资", 100], ["30108", "机关事业单位基本养老保险缴费", 5], ["30201", "办公费", 20]].forEach(
    (values, i) => (economic.getRow(3 + i).values = values),
  );
  const staff = wb.getWorksheet("人员情况")!;
  staff.getCell("B2").value = 12; // 编制数
  staff.getCell("B3").value = 10; // 在职人数
  staff.getCell("B4").value = 3; // 离退休人数
}

async function upload(page: Page, name: string, wb: ExcelJS.Workbook) {
  const buffer = Buffer.from(await wb.xlsx.writeBuffer());
  await page.getByLabel("上传填好的 Excel").setInputFiles({ name, mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer });
  await page.getByRole("button", { name: "导入", exact: true }).click();
}

/** The 合计 row of 表三 部门支出总表 in the preview: 合计, 基本支出, 项目支出. */
async function expenditureTotals(page: Page, versionId: number): Promise<string[]> {
  await page.goto(`/edit/${versionId}/preview`);
  await expect(page.getByTestId("preview-banner")).toBeVisible();
  const total = page.getByTestId("budget-table-expenditure").locator("tbody tr").filter({ hasText: "合计" }).first();
  return (await total.locator("td").allInnerTexts()).map((t) => t.trim()).filter((t) => /^\d/.test(t));
}

test("an editor fills the budget lines in the Excel template; the draft shows the derived tables; a wrong code is refused at its cell", async ({ page }) => {
  test.setTimeout(180_000);
  await signIn(page, "editor434");
  const versionId = await openOrCreateDraft(page, /^499 /, "县政务服务管理办公室", YEAR);
  await expect(page.getByTestId("save-status")).toHaveText("已保存");
  page.on("dialog", (dialog) => void dialog.accept());

  const template = await downloadTemplate(page);
  for (const name of ["人员情况", "支出明细", "基本支出经济分类"]) expect(template.getWorksheet(name), name).toBeDefined();
  fillLines(template, "2010301");
  await upload(page, "县政务服务管理办公室2019.xlsx", template);
  await expect(page.getByTestId("import-ok")).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId("save-status")).toHaveText("已保存", { timeout: 15_000 });

  // The preview renders the national tables from the imported lines.
  expect(await expenditureTotals(page, versionId)).toEqual(["155.00", "125.00", "30.00"]);
  const expenditure = page.getByTestId("budget-table-expenditure");
  await expect(expenditure).toContainText("2010301");
  await expect(expenditure).toContainText("行政运行");
  await expect(expenditure).toContainText("2080505");
  await expect(page.getByTestId("budget-table-projects")).toContainText("政务公开平台运维");
  await expect(page.getByTestId("budget-table-generalBasic")).toContainText("30108");
  await expect(page.getByTestId("budget-table-summary")).toContainText("结转下年");
  await expect(page.getByTestId("narrative-staff")).toContainText("编制数12人");
  await expect(page.getByTestId("narrative-staff")).toContainText("在职10人、离退休3人");

  // A workbook with a code not valid in 2019 (行政单位医疗 was 2100501 until 2017) and other amounts:
  // refused at its cell, in Chinese, and the draft keeps the lines it had.
  await page.goto(`/edit/${versionId}`);
  await expect(page.getByTestId("save-status")).toHaveText("已保存");
  const wrong = await downloadTemplate(page);
  fillLines(wrong, "2100501");
  wrong.getWorksheet("支出明细")!.getCell("E8").value = 999;
  await upload(page, "错误编码.xlsx", wrong);
  const errors = page.getByTestId("import-errors");
  await expect(errors).toContainText("草稿未作任何改动", { timeout: 30_000 });
  await expect(errors).toContainText("工作表“支出明细”A6：“2100501”不是2019年有效的支出功能分类科目（项），请对照当年的政府收支分类科目");
  await expect(page.getByTestId("import-ok")).toHaveCount(0);

  expect(await expenditureTotals(page, versionId)).toEqual(["155.00", "125.00", "30.00"]);
  await expect(page.getByTestId("budget-table-expenditure")).not.toContainText("2100501");
});
