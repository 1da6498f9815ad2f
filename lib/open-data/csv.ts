/**
 * CSV as RFC 4180 writes it (CRLF, quotes doubled). Text that a spreadsheet would run as a formula
 * (=, +, -, @ …) gets a leading apostrophe, since names and project titles come from editors;
 * plain numbers are written as they are.
 */
export type Cell = string | number | boolean | null;

/** Byte-order mark: Excel reads a CSV as UTF-8 only when it starts with one. */
export const BOM = "\uFEFF";

const NUMBER = /^-?\d+(\.\d+)?$/;
const FORMULA = /^[=+\-@\t\r]/;

export function csvCell(value: Cell): string {
  if (value === null) return "";
  if (typeof value !== "string") return String(value);
  const text = NUMBER.test(value) || !FORMULA.test(value) ? value : `'${value}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[], options: { bom: boolean }): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(","));
  return `${options.bom ? BOM : ""}${lines.join("\r\n")}\r\n`;
}
