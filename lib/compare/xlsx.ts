/**
 * The comparison table as a workbook: the first sheet has the table's header and rows (numbers as
 * numbers, shown with the table's decimals); a second sheet says what was selected and where.
 */
import ExcelJS from "exceljs";
import { COLUMN_KEYS, L, measureLabel } from "./labels";
import { NUMERIC_COLUMNS, type CompareCells } from "./columns";
import type { CompareState } from "./state";
import { isClassMeasure } from "../classification/measure";

function cellValue(key: (typeof COLUMN_KEYS)[number], text: string): string | number {
  if (!NUMERIC_COLUMNS.has(key) || !/^-?\d+(\.\d+)?$/.test(text)) return text;
  return Number(text);
}

export async function buildCompareWorkbook(input: {
  header: readonly string[];
  rows: readonly CompareCells[];
  state: CompareState;
  url: string;
}): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "部门预算公开平台";
  const sheet = wb.addWorksheet("比较", { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.addRow([...input.header]).font = { bold: true };
  for (const cells of input.rows) {
    const row = sheet.addRow(COLUMN_KEYS.map((key) => cellValue(key, cells[key])));
    COLUMN_KEYS.forEach((key, i) => {
      const cell = row.getCell(i + 1);
      if (typeof cell.value === "number" && key !== "year") cell.numFmt = "0.00";
      if (NUMERIC_COLUMNS.has(key)) cell.alignment = { horizontal: "right" };
    });
  }
  sheet.columns.forEach((column, i) => {
    column.width = i === 1 ? 28 : 16;
  });

  const about = wb.addWorksheet("说明");
  about.addRows([
    [L.measure.zh, measureLabel(input.state.measure).zh],
    [L.years.zh, input.state.years.join("、")],
    [L.selected.zh, input.state.departments.join("、")],
    ["单位", "万元（增减率、比例为 %）"],
    ["说明", "“未公开”表示该部门该年度尚无已公开的预算；“未列示”表示已公开但未列示该数（预算表未随原文公开）；“—”表示无法计算。标注“示例数据”的部门为演示用的虚构数据。"],
    ...(isClassMeasure(input.state.measure) ? [["分类科目", L.classNote.zh]] : []),
    [L.share.zh, input.url],
  ]);
  about.getColumn(1).width = 14;
  about.getColumn(2).width = 80;
  return Buffer.from(await wb.xlsx.writeBuffer());
}
