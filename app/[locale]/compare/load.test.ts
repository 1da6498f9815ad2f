/**
 * The comparison from a URL, against a real database: what the e2e scenario will see (434 with
 * three demo departments over four years), and downloads that hold exactly the table's rows.
 */
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase } from "@/db/test-database";
import { seedAll } from "@/db/seed";
import { cellList, compareHeaders, rowCells } from "@/lib/compare/columns";
import { toCsv } from "@/lib/csv";
import { buildCompareWorkbook } from "@/lib/compare/xlsx";
import { loadComparison } from "./load";

let t: TestDatabase;

beforeAll(async () => {
  t = await openTestDatabase();
  await seedAll(t.db);
});

afterAll(async () => {
  await t?.close();
});

const URL_QUERY = "departments=434,401,402,403&years=2016,2017,2018,2019&measure=total&chart=bar";

describe("loadComparison", () => {
  it("shows 4 departments × 4 years, 未公开 where 434 published nothing", async () => {
    const c = await loadComparison(t.db, new URLSearchParams(URL_QUERY));
    expect(c.notices).toEqual([]);
    expect(c.state).toEqual({ departments: ["434", "401", "402", "403"], years: [2016, 2017, 2018, 2019], measure: "total", chart: "bar" });
    expect(c.departments.map((d) => d.code)).toEqual(["434", "401", "402", "403"]);
    expect(c.rows).toHaveLength(16);
    const office = c.rows.filter((r) => r.department.code === "434").map((r) => cellList(rowCells(r)));
    expect(office.map((cells) => cells[3])).toEqual(["未公开", "未公开", "1028.57", "未公开"]);
    expect(office[2]![4]).toBe("—"); // 2017 unpublished: no change
    // Shares of each year add up to about 100 %.
    const shares2018 = c.rows.filter((r) => r.year === 2018).map((r) => r.share ?? 0);
    expect(Math.abs(shares2018.reduce((a, b) => a + b, 0) - 10_000)).toBeLessThanOrEqual(2);
  });

  it("drops unknown departments with a notice, and searches when asked", async () => {
    const c = await loadComparison(t.db, { departments: "434,999,499", q: "教育" });
    expect(c.state.departments).toEqual(["434"]);
    expect(c.state.years).toEqual([2016, 2017, 2018, 2019]);
    expect(c.notices).toEqual([{ kind: "unknown-departments", values: ["999", "499"] }]);
    expect(c.matches.map((m) => m.code)).toEqual(["401"]);
    expect((await loadComparison(t.db, { q: "教育" }, { search: false })).matches).toEqual([]);
  });

  it("builds a CSV whose rows are the table's cells", async () => {
    const c = await loadComparison(t.db, new URLSearchParams(URL_QUERY));
    const csv = toCsv([compareHeaders(c.state.measure), ...c.rows.map((r) => cellList(rowCells(r)))]);
    const lines = csv.replace(/^\uFEFF/, "").trimEnd().split("\r\n");
    expect(lines).toHaveLength(17);
    expect(lines[0]).toBe("部门编码,部门,年度,支出总计（万元）,比上年增减（万元）,增减率（%）,占所选部门合计比例（%）,备注");
    expect(lines[3]).toMatch(/^434,正定县人民政府办公室,2018,1028\.57,—,—,\d+\.\d\d,$/);
    expect(lines[5]).toMatch(/^401,县教育局,2016,\d+\.\d\d,—,—,\d+\.\d\d,示例数据$/);
  });

  it("builds a workbook with the same header and rows", async () => {
    const c = await loadComparison(t.db, new URLSearchParams(URL_QUERY));
    const header = compareHeaders(c.state.measure);
    const rows = c.rows.map((r) => rowCells(r));
    const buffer = await buildCompareWorkbook({ header, rows, state: c.state, url: `http://x/compare?${URL_QUERY}` });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buffer as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet("比较")!;
    expect(sheet.rowCount).toBe(17);
    const text = (n: number) =>
      header.map((_, i) => {
        const v = sheet.getRow(n).getCell(i + 1).value;
        return typeof v === "number" ? (i === 2 ? String(v) : v.toFixed(2)) : String(v ?? "");
      });
    expect(text(1)).toEqual(header);
    rows.forEach((cells, i) => expect(text(i + 2)).toEqual(cellList(cells)));
  });
});
