/**
 * /api/v1/bulk/{year}.csv: one row per published disclosure with every headline measure in 万元
 * (two decimals), Chinese headers, UTF-8 with a BOM so Excel shows the Chinese correctly.
 */
import type { PublishedEntry } from "../../db/queries/open-data";
import { HEADLINE_MEASURES, MEASURE_LABELS } from "../disclosure/figures";
import { formatWan } from "../money";
import { toCsv, type CsvCell } from "../csv";

/** Column headers with the API field each one corresponds to (for the documentation). */
export const SUMMARY_COLUMNS: readonly { header: string; field: string }[] = [
  { header: "年度", field: "year" },
  { header: "地区编码", field: "department.region.code" },
  { header: "地区", field: "department.region.name" },
  { header: "部门编码", field: "department.code" },
  { header: "部门名称", field: "department.name" },
  { header: "示例数据", field: "demo（是/否）" },
  { header: "版本号", field: "versionNo" },
  { header: "公开时间", field: "publishedAt" },
  ...HEADLINE_MEASURES.map((m) => ({ header: `${MEASURE_LABELS[m]}（万元）`, field: `figures.${m}.wan` })),
];

/** The header and rows, as the CSV and the workbook (bulk-xlsx.ts) both write them. */
export function summaryTable(entries: readonly PublishedEntry[]): { header: string[]; rows: CsvCell[][] } {
  const rows = entries.map((e) => [
    e.year,
    e.region.code,
    e.region.name,
    e.departmentCode,
    e.departmentName,
    e.demo ? "是" : "否",
    e.versionNo,
    e.publishedAt.toISOString(),
    // A figure not stated (未列示) is an empty cell, never 0.00.
    ...HEADLINE_MEASURES.map((m) => {
      const value = e.figures[m];
      return value === null ? "" : formatWan(value);
    }),
  ]);
  return { header: SUMMARY_COLUMNS.map((c) => c.header), rows };
}

/** Indexes of the 万元 columns (two decimals). */
export const SUMMARY_WAN_COLUMNS: ReadonlySet<number> = new Set(SUMMARY_COLUMNS.flatMap((c, i) => (c.field.endsWith(".wan") ? [i] : [])));

export function summaryCsv(entries: readonly PublishedEntry[]): string {
  const { header, rows } = summaryTable(entries);
  return toCsv([header, ...rows]);
}
