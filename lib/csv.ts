/**
 * The one CSV writer of the portal's downloads: RFC 4180 quoting, CRLF line ends, and a UTF-8
 * byte-order mark by default (Excel on a Chinese Windows reads UTF-8 only with one). Text that a
 * spreadsheet would run as a formula (=, +, -, @ …, also after leading spaces) gets a leading
 * apostrophe, since names and project titles come from editors; numbers such as "-52.58" or
 * "+12.00%" are written as they are.
 */
import { contentDisposition } from "./http";

export type CsvCell = string | number | boolean | null;

export const BOM = "\uFEFF";

const NUMBER = /^[+-]?\d+(\.\d+)?%?$/;
// Spreadsheets skip leading spaces before a formula (" =cmd" runs too), so they are looked past.
const FORMULA = /^[ \u00a0\u3000]*[=+\-@\t\r]/;

export function csvCell(value: CsvCell): string {
  if (value === null) return "";
  if (typeof value !== "string") return String(value);
  const text = FORMULA.test(value) && !NUMBER.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows (the first one usually the header) as CSV text. */
export function toCsv(rows: readonly (readonly CsvCell[])[], options: { bom?: boolean } = {}): string {
  const body = rows.map((row) => row.map(csvCell).join(",")).join("\r\n");
  return `${options.bom === false ? "" : BOM}${body}\r\n`;
}

/** A CSV download; a Chinese file name survives through RFC 5987 encoding. */
export function csvResponse(csv: string, filename: string, cacheControl = "no-store"): Response {
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": contentDisposition(filename, "csv"),
      "Cache-Control": cacheControl,
    },
  });
}
