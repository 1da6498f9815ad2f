/**
 * CSV downloads of the public tables: UTF-8 with a BOM (so that Excel on a Chinese Windows reads
 * the characters), CRLF line ends and RFC 4180 quoting. Amounts arrive already formatted in 万元.
 */

export type CsvCell = string | number | null;

const NUMBER = /^[+-]?\d+(\.\d+)?%?$/;
/** A text a spreadsheet would run as a formula (CSV injection) unless it is a plain number. */
const FORMULA = /^[=+\-@\t\r]/;

export function csvCell(value: CsvCell): string {
  if (value === null) return "";
  let text = String(value);
  if (FORMULA.test(text) && !NUMBER.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function buildCsv(rows: readonly (readonly CsvCell[])[]): string {
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(",")).join("\r\n")}\r\n`;
}

/** A CSV download; the Chinese file name survives through RFC 5987 encoding. */
export function csvResponse(csv: string, filename: string): Response {
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename.replace(/[^\x20-\x7e]|"/g, "_")}"; filename*=UTF-8''${encodeURIComponent(filename)}`,
      "Cache-Control": "no-store",
    },
  });
}
