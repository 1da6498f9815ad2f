import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import fs from "node:fs";
import { cellList, compareHeaders, NUMERIC_COLUMNS, rowCells } from "@/lib/compare/columns";
import { COLUMN_KEYS } from "@/lib/compare/labels";
import { toCsv } from "@/lib/csv";
import { buildCompareRows } from "@/lib/compare/table";
import { wan } from "@/lib/money";
import { CompareTable } from "./compare-table";

const rows = buildCompareRows({
  departments: [
    { code: "434", ref: "434", name: "正定县人民政府办公室", isDemo: false },
    { code: "401", ref: "401", name: "县教育局", isDemo: true },
  ],
  years: [2017, 2018],
  figures: [
    { departmentRef: "434", year: 2018, value: wan("1028.57") },
    { departmentRef: "401", year: 2017, value: wan("1100.5") },
    { departmentRef: "401", year: 2018, value: wan("990.45") },
  ],
});

const text = (html: string) => html.replace(/<[^>]+>/g, "").replace(/&amp;/g, "&");

describe("CompareTable", () => {
  const html = renderToStaticMarkup(<CompareTable rows={rows} measure="total" caption="比较" />);

  it("has a caption, column headers and one compare-row per department × year", () => {
    expect(html).toContain('data-testid="compare-table"');
    expect(html).toContain("<caption");
    const headers = [...html.matchAll(/<th scope="col"[^>]*>(.*?)<\/th>/g)].map((m) => text(m[1]!));
    expect(headers).toEqual(compareHeaders("total"));
    expect(html.match(/data-testid="compare-row"/g)).toHaveLength(4);
  });

  it("shows in each row exactly the cells of the CSV row", () => {
    const htmlRows = [...html.matchAll(/<tr data-testid="compare-row"[^>]*>(.*?)<\/tr>/g)].map((m) =>
      [...m[1]!.matchAll(/<td[^>]*>(.*?)<\/td>/g)].map((cell) => text(cell[1]!)),
    );
    const csvRows = toCsv([compareHeaders("total"), ...rows.map((r) => cellList(rowCells(r)))])
      .replace(/^\uFEFF/, "")
      .trimEnd()
      .split("\r\n")
      .slice(1)
      .map((line) => line.split(","));
    expect(htmlRows).toEqual(csvRows);
    expect(htmlRows[0]).toEqual(["434", "正定县人民政府办公室", "2017", "未公开", "—", "—", "—", ""]);
    expect(htmlRows[3]).toEqual(["401", "县教育局", "2018", "990.45", "-110.05", "-10.00", "49.06", "示例数据"]);
  });

  it("is a focusable, labelled scroll region", () => {
    expect(html).toMatch(/<div role="region" aria-label="比较表（可横向滚动）" tabindex="0"/);
  });

  it("keeps the figure columns where the stylesheet right-aligns them by position (3–7)", () => {
    const positions = COLUMN_KEYS.flatMap((key, i) => (NUMERIC_COLUMNS.has(key) ? [i + 1] : []));
    expect(positions).toEqual([3, 4, 5, 6, 7]);
    expect(fs.readFileSync("app/globals.css", "utf8")).toContain(".compare-table td:nth-child(n + 3):nth-child(-n + 7)");
    expect(html).toContain('class="doc-table compare-table');
  });
});
