import { describe, expect, it } from "vitest";
import { runChecks } from "../../checks";
import { wan } from "../../money";
import { ZHENGDING_434_2018 } from "../../../db/seed/zhengding-434-2018";
import { emptyDocument } from "../new-draft";
import { documentWithLines } from "./fixture";
import { nationalTables, tableById, TABLES_NOT_ENTERED, TABLES_NOT_GIVEN, TABLE_IDS, type BalanceTable, type BudgetTable, type GridTable } from "./index";

function tablesOf(doc = documentWithLines()): BudgetTable[] {
  const set = nationalTables(doc, 2025);
  if (!set.given) throw new Error(set.note);
  return set.tables;
}
const grid = (tables: BudgetTable[], id: BudgetTable["id"]) => tableById(tables, id) as GridTable;
const balance = (tables: BudgetTable[], id: BudgetTable["id"]) => tableById(tables, id) as BalanceTable;
const row = (table: GridTable, code: string) => table.rows.find((r) => r.code === code);
const cell = (table: BalanceTable, name: string) =>
  table.rows.flatMap((r) => [r.revenue, r.expenditure]).find((c) => c?.name === name)?.amount;

describe("the national tables of a disclosure entered as lines", () => {
  it("come in the official order, numbered 1–10", () => {
    const tables = tablesOf();
    expect(tables.map((t) => t.id)).toEqual([...TABLE_IDS]);
    expect(tables.map((t) => t.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(tables.map((t) => t.title).slice(0, 3)).toEqual(["部门收支总表", "部门收入总表", "部门支出总表"]);
  });

  it("tie: 收支总表 totals = 收入总表 合计 = 支出总表 合计", () => {
    const tables = tablesOf();
    const summary = balance(tables, "summary");
    expect(cell(summary, "收入总计")).toBe(wan("500.50"));
    expect(cell(summary, "支出总计")).toBe(wan("500.50"));
    expect(cell(summary, "本年收入合计")).toBe(wan("500.50"));
    expect(grid(tables, "revenue").rows[0]?.values[0]).toBe(wan("500.50"));
    expect(grid(tables, "expenditure").rows[0]?.values).toEqual([wan("500.50"), wan("360.50"), wan("140")]);
  });

  it("roll the function codes up 类 → 款 → 项, each subtotal the sum of its children", () => {
    const expenditure = grid(tablesOf(), "expenditure");
    expect(expenditure.rows.map((r) => r.code)).toEqual(["", "201", "20103", "2010301", "2010302", "208", "20805", "2080505", "210", "21011", "2101101", "212", "21208", "2120804", "221", "22102", "2210201"]);
    expect(row(expenditure, "201")?.values).toEqual([wan("430.50"), wan("310.50"), wan("120")]);
    expect(row(expenditure, "2010301")).toMatchObject({ name: "行政运行", level: "项" });
    expect(row(expenditure, "20103")?.level).toBe("款");
  });

  it("一般公共预算支出表 basic = 基本支出表 total, split into 人员经费 and 公用经费", () => {
    const tables = tablesOf();
    const general = grid(tables, "general");
    const basic = grid(tables, "generalBasic");
    expect(general.rows[0]?.values).toEqual([wan("480.50"), wan("360.50"), wan("120")]);
    expect(basic.rows[0]?.values).toEqual([wan("360.50"), wan("300.20"), wan("60.30")]);
    expect(row(basic, "301")?.values).toEqual([wan("300.20"), wan("300.20"), 0]);
    expect(row(basic, "30217")?.name).toBe("公务接待费");
  });

  it("三公 table = section 四, with last year per item, the change and its percentage", () => {
    const sangong = grid(tablesOf(), "sangong");
    expect(sangong.rows[0]?.values).toEqual([wan("20"), wan("23"), wan("-3"), -13.04]);
    expect(sangong.rows.find((r) => r.name === "公务接待费")?.values).toEqual([wan("5"), wan("6"), wan("-1"), -16.67]);
  });

  it("a prior year not stated leaves the 三公 change and percentage empty, not 0", () => {
    const doc = documentWithLines();
    doc.sangong.prior.reception = null;
    const sangong = grid(tablesOf(doc), "sangong");
    expect(sangong.rows[0]?.values).toEqual([wan("20"), null, null, null]);
    expect(sangong.rows.find((r) => r.name === "因公出国（境）费")?.values).toEqual([0, wan("2"), wan("-2"), -100]);
  });

  it("政府性基金 and 财政拨款 tables hold only their sources; an empty table carries its note", () => {
    const tables = tablesOf();
    expect(grid(tables, "fund").rows[0]?.values).toEqual([wan("20"), 0, wan("20")]);
    const stateCapital = grid(tables, "stateCapital");
    expect(stateCapital.rows).toEqual([]);
    expect(stateCapital.emptyNote).toBe("本部门无国有资本经营预算拨款安排的支出，本表为空表。");
    expect(cell(balance(tables, "fiscalSummary"), "支出总计")).toBe(wan("500.50"));
  });

  it("项目支出表 lists each project with its code and source", () => {
    const projects = grid(tablesOf(), "projects");
    expect(projects.rows[0]?.values[0]).toBe(wan("140"));
    expect(projects.rows.map((r) => r.name)).toEqual(["合计", "政务服务经费（一般行政管理事务）", "政务服务经费（农村基础设施建设支出）", "应急值守经费（一般行政管理事务）"]);
  });

  it("结转下年 makes 支出总计 differ from 本年支出合计", () => {
    const doc = documentWithLines();
    doc.lines!.carryForward = wan("10");
    doc.revenue.sources.push({ key: "carryover", label: "上年结转结余", amount: wan("10") });
    // The document's "收入合计" of 500.50 is its 本年收入合计; its 收入总计 includes the carry-over.
    expect(runChecks(doc).map((f) => f.ruleId)).toContain("revenue.total");
    doc.revenue.statedCurrentTotal = wan("500.50");
    doc.revenue.statedTotal = wan("510.50");
    const summary = balance(tablesOf(doc), "summary");
    expect(cell(summary, "本年收入合计")).toBe(wan("500.50"));
    expect(cell(summary, "收入总计")).toBe(wan("510.50"));
    expect(cell(summary, "本年支出合计")).toBe(wan("500.50"));
    expect(cell(summary, "支出总计")).toBe(wan("510.50"));
    expect(runChecks(doc).filter((f) => f.severity === "error")).toEqual([]);
  });
});

describe("documents without lines", () => {
  it("the seed 434/2018: its tables were not published with the text, none are invented", () => {
    expect(nationalTables(ZHENGDING_434_2018, 2018)).toEqual({ given: false, note: TABLES_NOT_GIVEN });
  });

  it("a new draft: the lines are not entered yet", () => {
    expect(nationalTables(emptyDocument(2026), 2026)).toEqual({ given: false, note: TABLES_NOT_ENTERED });
  });
});

describe("checks over the lines", () => {
  it("find nothing on a consistent document", () => {
    expect(runChecks(documentWithLines())).toEqual([]);
  });

  it("report economic lines that do not add up to the general-budget basic lines", () => {
    const doc = documentWithLines();
    doc.lines!.economic[0]!.amount += wan("1");
    const ids = runChecks(doc).map((f) => f.ruleId);
    expect(ids).toContain("lines.economic-basic");
  });

  it("report a revenue source that does not pay for its lines", () => {
    const doc = documentWithLines();
    doc.lines!.expenditure[6]!.source = "general"; // the fund line moved to the general budget
    const findings = runChecks(doc).filter((f) => f.ruleId === "lines.revenue-by-source");
    expect(findings.map((f) => f.message)).toEqual([
      "部门预算公开表：一般公共预算拨款收入480.50万元，与以其安排的支出明细之和500.50万元不符",
      "部门预算公开表：政府性基金预算拨款收入20.00万元，与以其安排的支出明细之和0.00万元不符",
    ]);
  });

  it("report typed figures that disagree with the lines, and staff parts that miss the total", () => {
    const doc = documentWithLines();
    doc.expenditure.personnel = doc.expenditure.personnel! + wan("1");
    doc.staff.statedTotal = 41;
    const ids = runChecks(doc).map((f) => f.ruleId);
    expect(ids).toContain("lines.typed-figures");
    expect(ids).toContain("staff.total");
  });
});

describe("the demo data (示例数据)", () => {
  it("gives every demo department and year complete tables that tie, with codes that fit the department", async () => {
    const { demoDisclosures } = await import("../../../db/seed/demo");
    for (const { departmentCode, year, document } of demoDisclosures()) {
      const tables = tablesOf(document);
      const summary = balance(tables, "summary");
      const where = `${departmentCode}/${year}`;
      expect(cell(summary, "收入总计"), where).toBe(cell(summary, "支出总计"));
      expect(grid(tables, "expenditure").rows[0]?.values[0], where).toBe(cell(summary, "支出总计"));
      expect(grid(tables, "general").rows[0]?.values[1], where).toBe(grid(tables, "generalBasic").rows[0]?.values[0]);
      expect(document.staff.statedTotal, where).not.toBeNull();
    }
    const education = demoDisclosures().find((d) => d.departmentCode === "401" && d.year === 2019)!.document;
    const byClass = grid(tablesOf(education), "expenditure").rows.filter((r) => r.level === "类");
    const largest = byClass.reduce((a, b) => ((a.values[0] ?? 0) >= (b.values[0] ?? 0) ? a : b));
    expect(largest.code).toBe("205");
    const health = demoDisclosures().find((d) => d.departmentCode === "402" && d.year === 2019)!.document;
    expect(grid(tablesOf(health), "expenditure").rows.find((r) => r.level === "类" && r.code === "210")).toBeDefined();
  });
});
