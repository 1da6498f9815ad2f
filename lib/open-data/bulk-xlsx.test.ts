/** The yearly workbooks hold exactly the CSV's rows: the same cells, read back as the CSV writes them. */
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { toCsv } from "../csv";
import { budgetCsv, budgetTable, BUDGET_WAN_COLUMNS } from "./budget-csv";
import { bulkWorkbook, readBulkWorkbook } from "./bulk-xlsx";
import { yearOfDisclosures } from "./fixture";
import { summaryCsv, summaryTable, SUMMARY_COLUMNS, SUMMARY_WAN_COLUMNS } from "./summary-csv";

const ABOUT = [["示例数据", "演示用的虚构数据"]] as const;

describe("bulk workbooks", () => {
  it("the yearly table: the workbook's rows are the CSV's rows, 万元 as numbers with two decimals", async () => {
    const entries = yearOfDisclosures().map((d) => d.entry);
    const { header, rows } = summaryTable(entries);
    const buffer = await bulkWorkbook({ name: "2018年部门预算", header, rows, wanColumns: SUMMARY_WAN_COLUMNS, about: ABOUT });
    const read = await readBulkWorkbook(buffer);
    expect(read).toHaveLength(1 + entries.length);
    expect(toCsv(read)).toBe(summaryCsv(entries));

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buffer as unknown as ArrayBuffer);
    const [data, about] = wb.worksheets;
    expect(data!.name).toBe("2018年部门预算");
    expect(about!.getCell("A1").value).toBe("示例数据");
    const totalColumn = SUMMARY_COLUMNS.findIndex((c) => c.field === "figures.total.wan") + 1;
    const total = data!.getRow(2).getCell(totalColumn);
    expect(total.value).toBe(1028.57); // a number Excel sums, shown as 1028.57
    expect(total.numFmt).toBe("0.00");
    expect(data!.getRow(3).getCell(SUMMARY_COLUMNS.findIndex((c) => c.header === "示例数据") + 1).value).toBe("是");
  });

  it("every budget line: the same rows as budget.csv, an editor's formula-like name stays plain text", async () => {
    const disclosures = yearOfDisclosures();
    const { header, rows } = budgetTable(disclosures);
    const buffer = await bulkWorkbook({ name: "2018年预算明细", header, rows, wanColumns: BUDGET_WAN_COLUMNS, about: ABOUT });
    const read = await readBulkWorkbook(buffer);
    expect(read.length).toBeGreaterThan(10);
    // budget.csv has no BOM; the CSV writer guards the formula-like name with an apostrophe, the
    // workbook keeps it as a text cell, which no spreadsheet runs.
    expect(toCsv(read, { bom: false })).toBe(budgetCsv(disclosures));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buffer as unknown as ArrayBuffer);
    const cells: ExcelJS.Cell[] = [];
    wb.worksheets[0]!.eachRow((row) => row.eachCell((cell) => cells.push(cell)));
    const hostile = cells.find((c) => String(c.value).includes("HYPERLINK"));
    expect(hostile?.type).toBe(ExcelJS.ValueType.String);
    expect(hostile?.value).toBe('=HYPERLINK("x"),含"引号"的项目');
    expect(cells.some((c) => c.type === ExcelJS.ValueType.Formula)).toBe(false);
  });
});
