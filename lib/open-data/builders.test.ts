/** The pure builders of the open-data API: amounts, CSV, budget lines, envelopes, JSON shapes. */
import { describe, expect, it } from "vitest";
import { ZHENGDING_434_2018 } from "../../db/seed/zhengding-434-2018";
import { HEADLINE_MEASURES } from "../disclosure/figures";
import { wan } from "../money";
import { amount, figuresJson } from "./amounts";
import { budgetLines } from "./budget-lines";
import { BUDGET_FIELDS, budgetCsv } from "./budget-csv";
import { BOM, csvCell, toCsv } from "../csv";
import { invalidParameters } from "./errors";
import { publishedEntry, yearOfDisclosures } from "./fixture";
import { csvResponse, errorResponse, jsonResponse, paginated } from "./responses";
import { disclosureDetailJson, disclosureSummaryJson } from "./serialize";
import { SUMMARY_COLUMNS, summaryCsv } from "./summary-csv";

describe("amounts", () => {
  it("carries the exact 元 and the 万元 string, never a float", () => {
    expect(amount(wan("1028.57"))).toEqual({ yuan: 10285700, wan: "1028.57" });
    expect(amount(12345)).toEqual({ yuan: 12345, wan: "1.23" });
    expect(amount(-525800)).toEqual({ yuan: -525800, wan: "-52.58" });
    const figures = figuresJson(publishedEntry(ZHENGDING_434_2018).figures);
    expect(Object.keys(figures)).toEqual([...HEADLINE_MEASURES]);
    expect(figures.sangongTotal).toEqual({ yuan: 791000, wan: "79.10" });
  });
});

describe("CSV", () => {
  it("quotes, doubles quotes, defuses formulas and leaves numbers alone", () => {
    expect(csvCell('a,"b"')).toBe('"a,""b"""');
    expect(csvCell("line\nbreak")).toBe('"line\nbreak"');
    expect(csvCell("=1+2")).toBe("'=1+2");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    // Leading spaces (ASCII, no-break, ideographic) do not hide a formula from a spreadsheet.
    expect(csvCell(" =cmd|' /C calc'!A0")).toBe("' =cmd|' /C calc'!A0");
    expect(csvCell("\u3000\u00a0+SUM(A1)")).toBe("'\u3000\u00a0+SUM(A1)");
    expect(csvCell("  项目 = 经费")).toBe("  项目 = 经费");
    expect(csvCell("-52.58")).toBe("-52.58");
    expect(csvCell(null)).toBe("");
    expect(csvCell(true)).toBe("true");
    expect(toCsv([["a", "b"], [1, "x"]])).toBe(`${BOM}a,b\r\n1,x\r\n`);
  });

  it("writes the yearly summary with a BOM, Chinese headers and 万元 with two decimals", () => {
    const text = summaryCsv(yearOfDisclosures().map((d) => d.entry));
    expect(text.startsWith(BOM)).toBe(true);
    const [header, seed, demo] = text.slice(1).trimEnd().split("\r\n");
    expect(header!.split(",")).toEqual(SUMMARY_COLUMNS.map((c) => c.header));
    expect(header).toContain("支出总计（万元）");
    expect(seed).toBe(
      "2018,130123,正定县,434,正定县人民政府办公室,否,1,2018-03-01T02:00:00.000Z,1028.57,705.57,616.89,88.68,323.00,79.10,0.00,0.00,57.10,22.00,88.68,5308.07",
    );
    expect(demo).toContain(",401,县教育局,是,2,");
  });
});

describe("budget lines", () => {
  it("lists revenue sources, personnel, public funds and each project, summing to the totals", () => {
    const lines = budgetLines(ZHENGDING_434_2018, 2018);
    const total = (direction: string) => lines.filter((l) => l.direction === direction).reduce((s, l) => s + l.amount, 0);
    expect(total("expenditure")).toBe(wan("1028.57"));
    expect(total("revenue")).toBe(wan("1028.57"));
    expect(lines.filter((l) => l.direction === "revenue")).toHaveLength(4);
    expect(lines.find((l) => l.direction === "expenditure" && "category" in l && l.category === "project")).toMatchObject({
      projectName: "政府政务信息及门户网站运行经费项目",
      amount: wan("29.5"),
      functionCode: null,
    });
  });

  it("gives no revenue line where the revenue is not stated (未列示), as no 人员经费 line where that is not: never a 0", () => {
    const marked = structuredClone(ZHENGDING_434_2018);
    marked.revenue.notStated = true;
    marked.expenditure.personnel = null;
    const lines = budgetLines(marked, 2018);
    expect(lines.filter((l) => l.direction === "revenue")).toEqual([]);
    expect(lines.some((l) => "category" in l && l.category === "personnel")).toBe(false);
    // Unmarked with nothing entered (an older document): not stated either.
    const blank = structuredClone(ZHENGDING_434_2018);
    delete blank.revenue.statedTotal;
    blank.revenue.sources = blank.revenue.sources.map((source) => ({ ...source, amount: 0 }));
    expect(budgetLines(blank, 2018).filter((l) => l.direction === "revenue")).toEqual([]);
  });

  it("writes budget.csv in the schema's column order, without a BOM", () => {
    const text = budgetCsv(yearOfDisclosures());
    expect(text.startsWith(BOM)).toBe(false);
    const [header, first] = text.split("\r\n");
    expect(header).toBe(BUDGET_FIELDS.map((f) => f.name).join(","));
    expect(first).toBe("130123,正定县,434,正定县人民政府办公室,false,2018,1,1,main,revenue,收入,,,,,,general,一般预算收入,,,,,,10285700,1028.57");
  });
});

describe("envelopes and responses", () => {
  const url = new URL("http://x/api/v1/disclosures?year=2018&page=2&pageSize=10");

  it("paginates with relative links that keep the other parameters", () => {
    expect(paginated([1], { page: 2, pageSize: 10, total: 25 }, url)).toEqual({
      data: [1],
      page: 2,
      pageSize: 10,
      total: 25,
      links: {
        next: "/api/v1/disclosures?year=2018&page=3&pageSize=10",
        prev: "/api/v1/disclosures?year=2018&page=1&pageSize=10",
      },
    });
    expect(paginated([], { page: 3, pageSize: 10, total: 25 }, url).links.next).toBeNull();
    expect(paginated([], { page: 1, pageSize: 50, total: 0 }, url).links).toEqual({ next: null, prev: null });
    expect(paginated([], { page: 9, pageSize: 10, total: 25 }, url).links.prev).toBe("/api/v1/disclosures?year=2018&page=3&pageSize=10");
  });

  it("answers JSON and CSV as public, cacheable for a minute and readable from any origin", async () => {
    const json = jsonResponse({ data: [] });
    expect(json.headers.get("Content-Type")).toBe("application/json; charset=utf-8");
    expect(json.headers.get("Cache-Control")).toBe("public, max-age=60");
    expect(json.headers.get("Access-Control-Allow-Origin")).toBe("*");
    const csv = csvResponse("a\r\n", "budget-2018.csv");
    expect(csv.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    expect(csv.headers.get("Content-Disposition")).toBe(`attachment; filename="budget-2018.csv"; filename*=UTF-8''budget-2018.csv`);
    const error = errorResponse(invalidParameters([{ name: "page", message: "页码", messageEn: "page" }]));
    expect(error.status).toBe(400);
    expect(error.headers.get("Cache-Control")).toBe("no-store");
    expect(error.headers.get("Access-Control-Allow-Origin")).toBe("*");
    expect(await error.json()).toMatchObject({ error: { code: "invalid_parameter", parameters: [{ name: "page" }] } });
  });
});

describe("JSON shapes", () => {
  it("summarises a disclosure with its department, demo flag and figures", () => {
    const json = disclosureSummaryJson(publishedEntry(ZHENGDING_434_2018));
    expect(json).toMatchObject({
      department: { code: "434", name: "正定县人民政府办公室", region: { code: "130123" } },
      year: 2018,
      versionNo: 1,
      publishedAt: "2018-03-01T02:00:00.000Z",
      demo: false,
      figures: { total: { yuan: 10285700, wan: "1028.57" } },
      links: { self: "/api/v1/disclosures/434/2018", html: "/departments/434/2018" },
    });
  });

  it("details a disclosure with derived figures and the seed's known slip among the check findings", () => {
    const json = disclosureDetailJson(publishedEntry(ZHENGDING_434_2018), ZHENGDING_434_2018, null);
    expect(json.derived.basic).toEqual({ yuan: wan("705.57"), wan: "705.57" });
    expect(json.derived.change.project).toEqual({ yuan: -wan("154"), wan: "-154.00" });
    expect(json.derived.sangong.total!.wan).toBe("79.10");
    expect(json.checks.previousYearCompared).toBe(false);
    expect(json.checks.errorCount).toBeGreaterThanOrEqual(1);
    const slip = json.checks.findings.find((f) => f.ruleId === "change.total");
    expect(slip).toMatchObject({ severity: "error", field: "change.stated.total", actual: { wan: "-206.78" }, expected: { wan: "-206.58" } });
    expect(slip?.rule).toBeTruthy();
    expect(json.document).toBe(ZHENGDING_434_2018);
    expect(json.links.workbook).toBe("/departments/434/2018/workbook");
  });

  it("gives null, never 0, for derived.revenueTotal and derived.operatingCosts not stated, as the summary CSV an empty cell", () => {
    const marked = structuredClone(ZHENGDING_434_2018);
    marked.revenue.notStated = true;
    marked.operatingCosts.notStated = true;
    const json = disclosureDetailJson(publishedEntry(marked), marked, null);
    expect([json.derived.revenueTotal, json.derived.operatingCosts]).toEqual([null, null]);
    expect(json.derived.expenditureTotal).toEqual({ yuan: wan("1028.57"), wan: "1028.57" });
    const entry = publishedEntry(marked);
    expect(entry.figures.operatingCosts).toBeNull();
    const [, row] = summaryCsv([entry]).slice(1).trimEnd().split("\r\n");
    const cells = row!.split(",");
    expect(cells[SUMMARY_COLUMNS.findIndex((c) => c.field === "figures.operatingCosts.wan")]).toBe("");
  });
});
