/** CSV of the comparison table: UTF-8 with a BOM (so Excel reads the Chinese), CRLF, RFC 4180 quoting. */

const BOM = "\uFEFF";

/**
 * Quotes a field when it must be; a text that a spreadsheet would run as a formula gets a leading
 * apostrophe. Numbers such as "-52.58" stay as they are.
 */
export function csvField(value: string): string {
  const safe = /^[=+@\t\r]/.test(value) || /^-(?![\d.])/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function buildCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return BOM + [header, ...rows].map((row) => row.map(csvField).join(",")).join("\r\n") + "\r\n";
}
