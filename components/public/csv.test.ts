import { describe, expect, it } from "vitest";
import { wan } from "../../lib/money";
import { csvCell, csvResponse, toCsv } from "../../lib/csv";
import { rankingCsvRows } from "./ranking-csv";
import { trendCsvRows, type TrendPoint } from "./trend-tables";
import { headlineFigures } from "../../lib/disclosure/figures";
import { ZHENGDING_434_2018 } from "../../db/seed/zhengding-434-2018";

describe("CSV", () => {
  it("starts with a BOM, ends lines with CRLF and quotes what needs quoting", () => {
    const csv = toCsv([
      ["年度", "名称"],
      [2018, 'a,"b"'],
      [null, "两行\n文字"],
    ]);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv).toBe('\uFEFF年度,名称\r\n2018,"a,""b"""\r\n,"两行\n文字"\r\n');
  });

  it("keeps numbers as they are and defuses formulas", () => {
    expect(csvCell("-206.58")).toBe("-206.58");
    expect(csvCell("+12.00%")).toBe("+12.00%");
    expect(csvCell("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell("-x")).toBe("'-x");
    expect(csvCell("=1,2")).toBe("\"'=1,2\"");
  });

  it("is sent as UTF-8 with the BOM as bytes EF BB BF and a Chinese file name", async () => {
    const response = csvResponse(toCsv([["年度"]]), "434正定县人民政府办公室.csv");
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(response.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("Content-Disposition")).toContain(
      `filename*=UTF-8''${encodeURIComponent("434正定县人民政府办公室.csv")}`,
    );
  });

  it("writes a trend table in 万元 with two decimals and marks demo years", () => {
    const figures = headlineFigures(ZHENGDING_434_2018);
    const points: TrendPoint[] = [
      { year: 2017, isDemo: true, figures: { ...figures, sangongTotal: wan("84.1"), sangongAbroad: wan("5") } },
      { year: 2018, isDemo: false, figures },
    ];
    expect(trendCsvRows(points, "total")).toEqual([
      ["年度", "支出总计（万元）", "基本支出（万元）", "项目支出（万元）", "备注"],
      [2017, "1028.57", "705.57", "323.00", "示例数据"],
      [2018, "1028.57", "705.57", "323.00", ""],
    ]);
    expect(trendCsvRows(points, "sangong")[1]).toEqual([2017, "84.10", "5.00", "0.00", "57.10", "22.00", "示例数据"]);
    expect(trendCsvRows(points, "operating")[2]).toEqual([2018, "88.68", ""]);
  });

  it("writes a ranking with ranks, shares and the county total", () => {
    const rows = [
      { code: "401", name: "县教育局", isDemo: true, value: wan("200") },
      { code: "434", name: "正定县人民政府办公室", isDemo: false, value: wan("100") },
      { code: "402", name: "县卫生健康局", isDemo: true, value: wan("100") },
    ];
    expect(rankingCsvRows(rows, wan("400"), "total")).toEqual([
      ["排名", "编码", "部门", "支出总计（万元）", "占全县比重（%）", "备注"],
      [1, "401", "县教育局", "200.00", "50.00", "示例数据"],
      [2, "434", "正定县人民政府办公室", "100.00", "25.00", ""],
      [2, "402", "县卫生健康局", "100.00", "25.00", "示例数据"],
      [null, null, "全县合计", "400.00", "100.00", ""],
    ]);
  });
});
