/**
 * The yearly bulk files as Excel workbooks: the same header and rows as the CSV (summaryTable,
 * budgetTable), on a first sheet with the header frozen; 万元 columns are numbers shown with two
 * decimals, 元 and other counts numbers, true/false booleans, everything else text. Text is never a
 * formula in a workbook (a cell typed as text stays text), so the CSV's apostrophe guard is not
 * needed. A second sheet says what the file is, and that 示例数据 rows are invented.
 */
import ExcelJS from "exceljs";
import type { CsvCell } from "../csv";

const WAN_FORMAT = "0.00";
const DECIMAL = /^-?\d+(\.\d+)?$/;

export interface BulkSheet {
  /** The data sheet's name, e.g. "2018年部门预算". */
  name: string;
  header: readonly string[];
  rows: readonly (readonly CsvCell[])[];
  /** Indexes of the columns holding 万元 strings ("12.34"), written as numbers with two decimals. */
  wanColumns: ReadonlySet<number>;
  /** The second sheet's lines: [label, text]. */
  about: readonly (readonly [string, string])[];
}

function cellValue(value: CsvCell, wan: boolean): ExcelJS.CellValue {
  if (wan && typeof value === "string" && DECIMAL.test(value)) return Number(value);
  return value; // a string stays a text cell: never read as a formula or a date
}

export async function bulkWorkbook(sheet: BulkSheet): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "部门预算公开平台";
  const data = wb.addWorksheet(sheet.name, { views: [{ state: "frozen", ySplit: 1 }] });
  data.addRow([...sheet.header]).font = { bold: true };
  for (const cells of sheet.rows) {
    const row = data.addRow(cells.map((value, i) => cellValue(value, sheet.wanColumns.has(i))));
    for (const i of sheet.wanColumns) row.getCell(i + 1).numFmt = WAN_FORMAT;
  }
  sheet.header.forEach((text, i) => {
    data.getColumn(i + 1).width = Math.min(40, Math.max(10, [...text].length * 2 + 2));
  });
  const about = wb.addWorksheet("说明");
  about.addRows(sheet.about.map(([k, v]) => [k, v]));
  about.getColumn(1).width = 14;
  about.getColumn(2).width = 90;
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A cell of a workbook written by bulkWorkbook, as the CSV writes it (for the tests and readers). */
export function csvCellOf(cell: ExcelJS.Cell): CsvCell {
  const value = cell.value;
  if (value === null || value === undefined) return null;
  if (typeof value === "number") return cell.numFmt === WAN_FORMAT ? value.toFixed(2) : value;
  if (typeof value === "boolean" || typeof value === "string") return value;
  return String(value);
}

/** The data sheet of a workbook written by bulkWorkbook, header first, each cell as the CSV writes it. */
export async function readBulkWorkbook(buffer: Buffer | ArrayBuffer): Promise<CsvCell[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as ArrayBuffer);
  const sheet = wb.worksheets[0]!;
  const width = sheet.getRow(1).cellCount;
  const rows: CsvCell[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row) => {
    rows.push(Array.from({ length: width }, (_, i) => csvCellOf(row.getCell(i + 1))));
  });
  return rows;
}
