/**
 * Writing one sheet: a table (header row + data rows) or a form (labelled rows), styled for the
 * editors: bold frozen header, column widths, amounts as right-aligned numbers of 万元 ('0.00##'),
 * text columns formatted as text so that Excel keeps “≥95%” or “001” as typed, list validations.
 */
import type { Cell, Column, Workbook, Worksheet } from "exceljs";
import { NOT_STATED } from "../disclosure/figures";
import { wanNumber } from "./cells";
import { FORM_HEADER, type FormSpec } from "./forms";
import { EXAMPLE_PREFIX, headerText, isAmount, type ExampleValue, type Field, type Kind, type TableSpec } from "./layout";
import { columnLetter } from "./reader";

/** A cell to write: amounts as integers of 元, everything else as shown. */
export type Out = string | number | null | undefined;

export const AMOUNT_FORMAT = "0.00##";
const HEADER_FILL = "FFDDEBF7";
const GREY = "FF7F7F7F";
/** Validations reach this many rows below the data, so that rows the editor adds get them too. */
const SPARE_ROWS = 200;

const NUM_FMT: Record<Kind, string> = {
  text: "@",
  longText: "@",
  date: "@",
  amount: AMOUNT_FORMAT,
  signedAmount: AMOUNT_FORMAT,
  number: "General",
  integer: "0",
  percent: "0.00",
};

function styleColumn(column: Partial<Column>, field: Field): void {
  column.width = field.width ?? 16;
  column.numFmt = NUM_FMT[field.kind];
  if (isAmount(field.kind) || field.kind === "percent") column.alignment = { horizontal: "right" };
  if (field.kind === "longText") column.alignment = { wrapText: true, vertical: "top" };
}

function styleCell(cell: Cell, field: Field): void {
  cell.numFmt = NUM_FMT[field.kind];
  if (isAmount(field.kind) || field.kind === "percent") cell.alignment = { horizontal: "right" };
  else cell.alignment = { wrapText: field.kind === "longText", vertical: "top" };
}

/** The value a cell receives: 元 → 万元 for amounts. */
function cellValue(field: Field, value: Out): string | number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" && isAmount(field.kind)) return wanNumber(value);
  return value;
}

function styleHeader(ws: Worksheet, row: number, count: number): void {
  const header = ws.getRow(row);
  for (let i = 1; i <= count; i++) {
    const cell = header.getCell(i);
    cell.font = { bold: true };
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: HEADER_FILL } };
    cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
    cell.border = { bottom: { style: "thin" } };
  }
  ws.views = [{ state: "frozen", xSplit: 0, ySplit: row }];
}

function validate(ws: Worksheet, field: Field, col: number, from: number, to: number): void {
  const list = field.list;
  for (let row = from; row <= to; row++) {
    const cell = ws.getCell(`${columnLetter(col)}${row}`);
    if (list) {
      cell.dataValidation = {
        type: "list",
        allowBlank: true,
        formulae: [`"${list.join(",")}"`],
        showErrorMessage: true,
        errorTitle: field.label,
        error: `请从列表中选择：${list.join("、")}`,
      };
    } else if (field.code) {
      cell.dataValidation = {
        type: "textLength",
        operator: "equal",
        allowBlank: true,
        formulae: [field.code.digits],
        showInputMessage: true,
        promptTitle: field.label,
        prompt: field.code.prompt,
        showErrorMessage: true,
        errorStyle: "warning",
        errorTitle: field.label,
        error: `科目编码应为${field.code.digits}位数字`,
      };
    } else if (field.kind === "amount") {
      // A number ≥ 0, or the text 未列示 (a figure not stated: lib/excel/cells.ts isNotStated).
      const address = `${columnLetter(col)}${row}`;
      cell.dataValidation = {
        type: "custom",
        allowBlank: true,
        formulae: [`OR(AND(ISNUMBER(${address}),${address}>=0),${address}="${NOT_STATED}")`],
        showErrorMessage: true,
        errorTitle: field.label,
        error: `请填写不小于0的数字（万元，最多4位小数），不公开的数填写“${NOT_STATED}”`,
      };
    }
  }
}

/** A table sheet: the header at spec.headerRow, then `rows`, then the example row if asked. */
export function addTable(wb: Workbook, spec: TableSpec, rows: readonly (readonly Out[])[], example: boolean): Worksheet {
  const ws = wb.addWorksheet(spec.sheet);
  spec.columns.forEach((field, i) => styleColumn(ws.getColumn(i + 1), field));
  ws.getRow(spec.headerRow).values = spec.columns.map(headerText);
  styleHeader(ws, spec.headerRow, spec.columns.length);
  let row = spec.headerRow + 1;
  for (const values of rows) writeRow(ws, spec, row++, values);
  if (example && spec.example) {
    writeRow(ws, spec, row, exampleRow(spec.example), true);
    ws.getRow(row).font = { italic: true, color: { argb: GREY } };
    row++;
  }
  spec.columns.forEach((field, i) => validate(ws, field, i, spec.headerRow + 1, row + SPARE_ROWS));
  return ws;
}

function exampleRow(example: readonly ExampleValue[]): ExampleValue[] {
  const [first, ...rest] = example;
  return [`${EXAMPLE_PREFIX}：${first ?? ""}`, ...rest];
}

/** Writes one row; `shownAs` rows hold display values (amounts already in 万元). */
function writeRow(ws: Worksheet, spec: TableSpec, row: number, values: readonly Out[], shownAs = false): void {
  spec.columns.forEach((field, i) => {
    const cell = ws.getCell(row, i + 1);
    cell.value = shownAs ? (values[i] ?? null) : cellValue(field, values[i]);
    styleCell(cell, field);
  });
}

/** A form sheet: A 项目, B 内容, C 填写说明; one row per field, in the spec's order. */
export function addForm<K extends string>(wb: Workbook, spec: FormSpec<K>, values: Readonly<Record<K, Out>>): Worksheet {
  const ws = wb.addWorksheet(spec.sheet);
  ws.getColumn(1).width = 30;
  ws.getColumn(2).width = 80;
  ws.getColumn(3).width = 44;
  ws.getRow(1).values = [...FORM_HEADER];
  styleHeader(ws, 1, FORM_HEADER.length);
  (Object.keys(spec.rows) as K[]).forEach((key, i) => {
    const field = spec.rows[key];
    const row = ws.getRow(i + 2);
    row.getCell(1).value = headerText(field);
    row.getCell(1).font = { bold: true };
    row.getCell(1).alignment = { vertical: "top", wrapText: true };
    const cell = row.getCell(2);
    cell.value = cellValue(field, values[key]);
    styleCell(cell, field);
    if (field.list) validate(ws, field, 1, i + 2, i + 2); // column B (0-based 1)
    row.getCell(3).value = field.hint ?? "";
    row.getCell(3).font = { color: { argb: GREY } };
    row.getCell(3).alignment = { vertical: "top", wrapText: true };
  });
  return ws;
}
