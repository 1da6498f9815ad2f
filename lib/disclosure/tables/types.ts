/**
 * Row models of the national budget tables (部门预算公开表): what the disclosure page, the Excel
 * sheets and the CSV downloads share. Amounts are integers of 元 (null: nothing to show); a
 * percentage column holds percent with two decimals.
 */
import type { Yuan } from "../../money";

export const TABLE_IDS = [
  "summary", // 部门收支总表
  "revenue", // 部门收入总表
  "expenditure", // 部门支出总表
  "fiscalSummary", // 财政拨款收支总表
  "general", // 一般公共预算支出表
  "generalBasic", // 一般公共预算基本支出表
  "sangong", // 一般公共预算“三公”经费支出表
  "fund", // 政府性基金预算支出表
  "stateCapital", // 国有资本经营预算支出表
  "projects", // 项目支出表
] as const;
export type TableId = (typeof TABLE_IDS)[number];

export interface Column {
  key: string;
  label: string;
  kind: "amount" | "percent";
}

/** A row of a table by classification code: 类 / 款 / 项, or a total line. */
export interface GridRow {
  code: string;
  name: string;
  level: "合计" | "类" | "款" | "项" | "行";
  values: (number | null)[];
}

export interface GridTable {
  kind: "grid";
  id: TableId;
  number: number; // 表一 … as published
  title: string;
  columns: Column[];
  rows: GridRow[];
  /** "本部门无…，本表为空表。" when there is nothing to show; the table is still published. */
  emptyNote: string | null;
}

/** One side's line of a 收支总表: an item and its amount; `strong` for the 合计 / 总计 lines. */
export interface BalanceCell {
  name: string;
  amount: Yuan | null;
  strong?: boolean;
}

/** A 收支总表: revenue on the left, expenditure on the right, row by row. */
export interface BalanceTable {
  kind: "balance";
  id: TableId;
  number: number;
  title: string;
  rows: { revenue: BalanceCell | null; expenditure: BalanceCell | null }[];
  emptyNote: string | null;
}

export type BudgetTable = GridTable | BalanceTable;

/** The table set of one disclosure, or why it has none. */
export type NationalTables =
  | { given: true; tables: BudgetTable[] }
  | { given: false; note: string };
