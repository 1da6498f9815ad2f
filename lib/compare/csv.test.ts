import { describe, expect, it } from "vitest";
import { buildCsv, csvField } from "./csv";

describe("CSV", () => {
  it("starts with a BOM, uses CRLF, and keeps the strings as given", () => {
    const csv = buildCsv(["部门编码", "部门", "年度", "支出总计（万元）"], [["434", "正定县人民政府办公室", "2018", "1028.57"], ["401", "县教育局", "2017", "未公开"]]);
    expect(csv.startsWith("\uFEFF部门编码,部门,年度,支出总计（万元）\r\n")).toBe(true);
    expect(csv.slice(1).split("\r\n")).toEqual([
      "部门编码,部门,年度,支出总计（万元）",
      "434,正定县人民政府办公室,2018,1028.57",
      "401,县教育局,2017,未公开",
      "",
    ]);
  });

  it("quotes commas, quotes and line breaks (RFC 4180)", () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('说"明"')).toBe('"说""明"""');
    expect(csvField("a\nb")).toBe('"a\nb"');
  });

  it("keeps numbers and dashes, defuses spreadsheet formulas", () => {
    expect(csvField("-52.58")).toBe("-52.58");
    expect(csvField("—")).toBe("—");
    expect(csvField("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)");
    expect(csvField("+1")).toBe("'+1");
    expect(csvField("@x")).toBe("'@x");
    expect(csvField("-x")).toBe("'-x");
  });
});
