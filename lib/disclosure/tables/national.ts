/**
 * The national table set (部门预算公开表), each derived from the document's lines in its official
 * layout and order. Pure functions: same document, same rows.
 */
import { findCode } from "../../classification";
import { sum, type Yuan } from "../../money";
import { deriveFigures, plus, revenueStated } from "../figures";
import { economicTotals, isBasic, linesTotal, ofKind, ofSource, SOURCE_ORDER } from "../line-sums";
import type { BudgetLines, ExpenditureLine, FundingSource } from "../schema-lines";
import { FISCAL_SOURCES } from "../schema-lines";
import type { DisclosureDocument } from "../schema";
import { codeName, rollup } from "./rollup";
import type { BalanceCell, BalanceTable, Column, GridRow, GridTable } from "./types";

export { SOURCE_ORDER };

const amount = (key: string, label: string): Column => ({ key, label, kind: "amount" });
const TOTAL = amount("total", "合计");
const BASIC = amount("basic", "基本支出");
const PROJECT = amount("project", "项目支出");

export interface Source {
  doc: DisclosureDocument;
  lines: BudgetLines;
  year: number;
  previous?: DisclosureDocument | null;
}

/** A source's revenue; null (未列示) where the document does not state its revenue: its rows' amounts are no figure then. */
const revenueOf = (doc: DisclosureDocument, key: FundingSource): Yuan | null =>
  revenueStated(doc) ? sum(doc.revenue.sources.filter((s) => s.key === key).map((s) => s.amount)) : null;

function grid(number: number, id: GridTable["id"], title: string, columns: Column[], rows: GridRow[], empty: boolean, note: string): GridTable {
  return { kind: "grid", id, number, title, columns, rows: empty ? [] : rows, emptyNote: empty ? note : null };
}

/** Function classes (类) with the amounts of `lines`, in code order. */
function classCells(lines: readonly ExpenditureLine[], year: number): BalanceCell[] {
  const classes = [...new Set(lines.map((l) => l.functionCode.slice(0, 3)))].sort();
  return classes.map((code) => ({ name: codeName("function", code, year), amount: linesTotal(lines, (l) => l.functionCode.startsWith(code)) }));
}

/** Zips two columns of cells, then the total lines side by side. */
function balanceRows(left: BalanceCell[], right: BalanceCell[], totals: [BalanceCell, BalanceCell][]): BalanceTable["rows"] {
  const rows: BalanceTable["rows"] = [];
  for (let i = 0; i < Math.max(left.length, right.length); i++) rows.push({ revenue: left[i] ?? null, expenditure: right[i] ?? null });
  return [...rows, ...totals.map(([revenue, expenditure]) => ({ revenue, expenditure }))];
}

/** 表一 部门收支总表 */
export function summaryTable({ doc, lines, year }: Source): BalanceTable {
  const f = deriveFigures(doc);
  const revenue = SOURCE_ORDER.map(([key, name]) => ({ name, amount: revenueOf(doc, key) }));
  const rows = balanceRows(revenue, classCells(lines.expenditure, year), [
    [{ name: "本年收入合计", amount: f.revenueCurrent, strong: true }, { name: "本年支出合计", amount: f.expenditureTotal, strong: true }],
    [{ name: "上年结转结余", amount: revenueOf(doc, "carryover") }, { name: "结转下年", amount: f.carryForward }],
    [{ name: "收入总计", amount: f.revenueTotal, strong: true }, { name: "支出总计", amount: f.expenditureGrandTotal, strong: true }],
  ]);
  return { kind: "balance", id: "summary", number: 1, title: "部门收支总表", rows, emptyNote: null };
}

const REVENUE_COLUMNS: Column[] = [TOTAL, amount("carryover", "上年结转结余"), ...SOURCE_ORDER.map(([key, label]) => amount(key, label.replace(/收入$/, "")))];

/** 表二 部门收入总表: the lines by function code and by funding source. */
export function revenueTable({ lines, year }: Source): GridTable {
  const sources: FundingSource[] = ["carryover", ...SOURCE_ORDER.map(([key]) => key)];
  const rows = rollup("function", year, lines.expenditure, (l) => l.functionCode, (ls) => [
    linesTotal(ls),
    ...sources.map((s) => linesTotal(ls, ofSource(s))),
  ]);
  return grid(2, "revenue", "部门收入总表", REVENUE_COLUMNS, rows, false, "");
}

const basicProject = (ls: readonly ExpenditureLine[]) => [linesTotal(ls), linesTotal(ls, isBasic), linesTotal(ls, ofKind("project"))];

/** 表三 部门支出总表 */
export function expenditureTable({ lines, year }: Source): GridTable {
  const rows = rollup("function", year, lines.expenditure, (l) => l.functionCode, basicProject);
  return grid(3, "expenditure", "部门支出总表", [TOTAL, BASIC, PROJECT], rows, false, "");
}

/** 表四 财政拨款收支总表: 一般公共预算, 政府性基金 and 国有资本经营 only. */
export function fiscalSummaryTable({ doc, lines, year }: Source): BalanceTable {
  const fiscal = lines.expenditure.filter((l) => FISCAL_SOURCES.includes(l.source));
  const revenue = SOURCE_ORDER.filter(([key]) => FISCAL_SOURCES.includes(key)).map(([key, name]) => ({ name, amount: revenueOf(doc, key) }));
  const rows = balanceRows(revenue, classCells(fiscal, year), [
    [
      { name: "收入总计", amount: revenue.reduce<Yuan | null>((total, r) => plus(total, r.amount), 0), strong: true },
      { name: "支出总计", amount: linesTotal(fiscal), strong: true },
    ],
  ]);
  const empty = fiscal.length === 0 && revenue.every((r) => r.amount === 0);
  return { kind: "balance", id: "fiscalSummary", number: 4, title: "财政拨款收支总表", rows: empty ? [] : rows, emptyNote: empty ? "本部门无财政拨款收支，本表为空表。" : null };
}

function bySource(number: number, id: GridTable["id"], title: string, source: FundingSource, what: string) {
  return ({ lines, year }: Source): GridTable => {
    const selected = lines.expenditure.filter(ofSource(source));
    const rows = rollup("function", year, selected, (l) => l.functionCode, basicProject);
    return grid(number, id, title, [TOTAL, BASIC, PROJECT], rows, selected.length === 0, `本部门无${what}安排的支出，本表为空表。`);
  };
}

/** 表五 一般公共预算支出表 (功能分类 to the 项). */
export const generalTable = bySource(5, "general", "一般公共预算支出表", "general", "一般公共预算拨款");

/** 表六 一般公共预算基本支出表 (经济分类 to the 款, 人员经费 / 公用经费). */
export function generalBasicTable({ lines, year }: Source): GridTable {
  const rows = rollup("economic", year, lines.economic, (l) => l.economicCode, (ls) => {
    const totals = economicTotals(ls);
    return [totals.total, totals.personnel, totals.publicFunds];
  });
  return grid(6, "generalBasic", "一般公共预算基本支出表", [TOTAL, amount("personnel", "人员经费"), amount("public", "公用经费")], rows, lines.economic.length === 0, "本部门无一般公共预算基本支出，本表为空表。");
}

/** 表七 一般公共预算“三公”经费支出表, with last year per item. */
export function sangongTable({ doc, previous }: Source): GridTable {
  const f = deriveFigures(doc, previous);
  const row = (name: string, key: keyof typeof f.sangongPrior, level: GridRow["level"] = "行"): GridRow => ({
    code: "",
    name,
    level,
    values: [f.sangong[key], f.sangongPrior[key], f.sangongChange[key], f.sangongChangePercent[key]],
  });
  const rows = [
    row("合计", "total", "合计"),
    row("因公出国（境）费", "abroad"),
    row("公务用车购置及运行费", "vehicle"),
    row("其中：公务用车购置费", "vehiclePurchase"),
    row("公务用车运行费", "vehicleOperation"),
    row("公务接待费", "reception"),
  ];
  const columns: Column[] = [amount("current", "本年预算数"), amount("prior", "上年预算数"), amount("change", "增减额"), { key: "percent", label: "增减率", kind: "percent" }];
  const empty = f.sangong.total === 0 && (f.sangongPrior.total ?? 0) === 0;
  return grid(7, "sangong", "一般公共预算“三公”经费支出表", columns, rows, empty, "本部门无一般公共预算“三公”经费支出，本表为空表。");
}

/** 表八 政府性基金预算支出表 */
export const fundTable = bySource(8, "fund", "政府性基金预算支出表", "fund", "政府性基金预算拨款");
/** 表九 国有资本经营预算支出表 */
export const stateCapitalTable = bySource(9, "stateCapital", "国有资本经营预算支出表", "stateCapital", "国有资本经营预算拨款");

/** 表十 项目支出表: each project with its function code, by funding source. */
export function projectsTable({ lines, year }: Source): GridTable {
  const projectLines = lines.expenditure.filter(ofKind("project"));
  const keys = [...new Set(projectLines.map((l) => `${l.project}\u0000${l.functionCode}`))];
  const sources: FundingSource[] = ["general", "fund", "stateCapital", "specialAccount", "unitFunds", "other", "carryover"];
  const rows: GridRow[] = keys.map((key) => {
    const [project = "", code = ""] = key.split("\u0000");
    const ls = projectLines.filter((l) => l.project === project && l.functionCode === code);
    const name = findCode("function", code, year)?.name;
    return { code, name: name ? `${project}（${name}）` : project, level: "行", values: [linesTotal(ls), ...sources.map((s) => linesTotal(ls, ofSource(s)))] };
  });
  const total: GridRow = { code: "", name: "合计", level: "合计", values: [linesTotal(projectLines), ...sources.map((s) => linesTotal(projectLines, ofSource(s)))] };
  const columns = [TOTAL, ...REVENUE_COLUMNS.slice(2), REVENUE_COLUMNS[1] ?? amount("carryover", "上年结转结余")];
  return grid(10, "projects", "项目支出表", columns, [total, ...rows], projectLines.length === 0, "本部门无项目支出，本表为空表。");
}
