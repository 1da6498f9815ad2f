/**
 * Writing the budget-line sheets (layout.ts TABLES.lines / TABLES.economic): one row per line, its
 * amount in the column of its kind, the official name of its code in the year's list beside it.
 * A document whose tables were not published with its text (lines null) gets empty sheets with
 * 明细未随原文公开 = 是, so that it reads back as such.
 */
import type { Workbook } from "exceljs";
import { ClassificationYearError, findCode, type ClassificationScheme } from "../classification";
import type { BudgetLines } from "../disclosure/schema-lines";
import { FUNDING_NAMES, LINE_AMOUNT_COLUMNS, LINES_BLOCK, TABLES } from "./layout";
import { AMOUNT_FORMAT, addTable, type Out } from "./sheets";
import { wanNumber } from "./cells";

const GREY = "FF7F7F7F";

/** The code's official name in `year`, or "" when the code (or the year's list) is unknown. */
function nameOf(scheme: ClassificationScheme, code: string, year: number): string {
  try {
    return findCode(scheme, code, year)?.name ?? "";
  } catch (e) {
    if (e instanceof ClassificationYearError) return "";
    throw e;
  }
}

export function addExpenditureLines(wb: Workbook, lines: BudgetLines | null, year: number, examples: boolean): void {
  const rows = (lines?.expenditure ?? []).map((l): Out[] => [
    l.functionCode,
    nameOf("function", l.functionCode, year),
    FUNDING_NAMES[l.source],
    l.project,
    ...LINE_AMOUNT_COLUMNS.map(([kind]) => (kind === l.kind ? l.amount : null)),
  ]);
  const ws = addTable(wb, TABLES.lines, rows, examples && lines !== null);
  const { carryForward, notPublished, hint } = LINES_BLOCK;
  for (const { row, label } of [carryForward, notPublished]) {
    ws.getCell(`A${row}`).value = label;
    ws.getCell(`A${row}`).font = { bold: true };
  }
  const carry = ws.getCell(carryForward.cell);
  carry.value = lines ? wanNumber(lines.carryForward) : null;
  carry.numFmt = AMOUNT_FORMAT;
  carry.alignment = { horizontal: "right" };
  const marker = ws.getCell(notPublished.cell);
  marker.value = lines ? null : notPublished.value;
  marker.numFmt = "@";
  marker.dataValidation = {
    type: "list",
    allowBlank: true,
    formulae: [`"${notPublished.value}"`],
    showErrorMessage: true,
    errorTitle: notPublished.label,
    error: `只能填“${notPublished.value}”或留空`,
  };
  const note = ws.getCell(`A${hint.row}`);
  note.value = hint.text;
  note.font = { italic: true, color: { argb: GREY } };
  note.alignment = { wrapText: true, vertical: "top" };
  ws.getRow(hint.row).height = 45;
  ws.mergeCells(`A${hint.row}:G${hint.row}`);
}

export function addEconomicLines(wb: Workbook, lines: BudgetLines | null, year: number, examples: boolean): void {
  const rows = (lines?.economic ?? []).map((l): Out[] => [l.economicCode, nameOf("economic", l.economicCode, year), l.amount]);
  addTable(wb, TABLES.economic, rows, examples && lines !== null);
}
