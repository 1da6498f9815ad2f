import { describe, expect, it } from "vitest";
import { runChecks } from "../checks";
import { wan } from "../money";
import { economicTotals, lineTotals } from "./line-sums";
import { documentWithLines } from "./tables/fixture";
import { nationalTables, tableById, type BalanceTable, type GridTable } from "./tables";

/** The totals the editor shows as lines are typed are the tables' own totals, not a second formula's. */
describe("lineTotals (the editor's running totals)", () => {
  const doc = documentWithLines();
  const set = nationalTables(doc, 2025);
  if (!set.given) throw new Error(set.note);
  const grid = (id: GridTable["id"]) => tableById(set.tables, id) as GridTable;
  const t = lineTotals(doc.lines!);

  it("agree with 部门支出总表, 一般公共预算支出表 and the 基本支出表", () => {
    expect([t.total, t.basic, t.project]).toEqual(grid("expenditure").rows[0]!.values);
    expect([t.general.total, t.general.basic, t.general.project]).toEqual(grid("general").rows[0]!.values);
    expect([t.economic.total, t.economic.personnel, t.economic.publicFunds]).toEqual(grid("generalBasic").rows[0]!.values);
    expect(t.personnel + t.publicFunds).toBe(t.basic);
    expect(t.total).toBe(wan("500.50"));
  });

  it("split by funding source as the 部门收入总表's columns", () => {
    const revenue = grid("revenue");
    const column = (key: string) => revenue.rows[0]!.values[revenue.columns.findIndex((c) => c.key === key)];
    expect(t.bySource.general).toBe(column("general"));
    expect(t.bySource.fund).toBe(column("fund"));
    expect(t.bySource.general).toBe(wan("480.50"));
    expect(t.bySource.fund).toBe(wan("20"));
    expect(t.bySource.unitFunds).toBe(0);
  });

  it("add 结转下年 to give 支出总计, as the 收支总表 does", () => {
    const lines = { ...doc.lines!, carryForward: wan("12.5") };
    const withCarry = lineTotals(lines);
    expect(withCarry.grandTotal).toBe(wan("513"));
    const summary = nationalTables({ ...doc, lines }, 2025);
    if (!summary.given) throw new Error("no tables");
    const cell = (tableById(summary.tables, "summary") as BalanceTable).rows.map((r) => r.expenditure).find((c) => c?.name === "支出总计");
    expect(cell?.amount).toBe(withCarry.grandTotal);
  });

  it("count a draft's economic row without a code in the 合计 only, and the checks still run", () => {
    const economic = [...doc.lines!.economic, { economicCode: "", amount: wan("1") }];
    const totals = economicTotals(economic);
    expect(totals.total).toBe(t.economic.total + wan("1"));
    expect(totals.personnel + totals.publicFunds).toBe(t.economic.total);
    const findings = runChecks({ ...doc, lines: { ...doc.lines!, economic } });
    expect(findings.map((f) => f.ruleId)).toContain("lines.economic-basic");
    expect(() => nationalTables({ ...doc, lines: { ...doc.lines!, economic } }, 2025)).not.toThrow();
  });
});
