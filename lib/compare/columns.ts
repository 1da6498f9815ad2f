/**
 * What the table shows, as strings: the page, the CSV, the workbook and the JSON all render the
 * same cells from here, so a download holds exactly what is on screen.
 */
import type { Measure } from "../classification/measure";
import { formatWan } from "../money";
import { COLUMN_KEYS, L, columnLabel, type ColumnKey, type Lang } from "./labels";
import type { CompareRow } from "./table";

export type CompareCells = Record<ColumnKey, string>;

export const DASH = "—";

/** Hundredths of a percent as "12.34" / "-5.00". */
export function formatPercent(hundredths: number): string {
  const abs = Math.abs(hundredths);
  const text = `${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
  return hundredths < 0 ? `-${text}` : text;
}

export function compareHeaders(measure: Measure, lang: Lang = "zh"): string[] {
  return COLUMN_KEYS.map((key) => columnLabel(key, measure)[lang]);
}

export function rowCells(row: CompareRow, lang: Lang = "zh"): CompareCells {
  return {
    code: row.department.code,
    name: row.department.name,
    year: String(row.year),
    value: row.value === null ? (row.classAbsent ? L.classAbsent[lang] : row.notStated ? L.notStated[lang] : L.unpublished[lang]) : formatWan(row.value),
    change: row.change === null ? DASH : formatWan(row.change),
    changeRate: row.changeRate === null ? DASH : formatPercent(row.changeRate),
    share: row.share === null ? DASH : formatPercent(row.share),
    note: row.department.isDemo ? L.demo[lang] : "",
  };
}

export function cellList(cells: CompareCells): string[] {
  return COLUMN_KEYS.map((key) => cells[key]);
}

/** The cells that hold a number (right-aligned on screen, numeric in the workbook). */
export const NUMERIC_COLUMNS: ReadonlySet<ColumnKey> = new Set(["year", "value", "change", "changeRate", "share"]);
