/**
 * The national table set of one disclosure (部门收支总表 … 国有资本经营预算支出表, plus the 项目支出表),
 * derived from its budget lines. A document without lines (the seed 434/2018, whose text was
 * published without its tables) gets a note instead — never invented rows.
 */
import { hasLines } from "../line-sums";
import type { DisclosureDocument } from "../schema";
import {
  expenditureTable,
  fiscalSummaryTable,
  fundTable,
  generalBasicTable,
  generalTable,
  projectsTable,
  revenueTable,
  sangongTable,
  stateCapitalTable,
  summaryTable,
} from "./national";
import type { BudgetTable, NationalTables } from "./types";

export type { BalanceCell, BalanceTable, BudgetTable, Column, GridRow, GridTable, NationalTables, TableId } from "./types";
export { TABLE_IDS } from "./types";

export const TABLES_NOT_GIVEN = "本部门预算公开表未随原文公开（原文未包含收支总表、支出功能分类和经济分类明细表），本平台不补列。";
export const TABLES_NOT_ENTERED = "部门预算公开表的支出明细尚未填列。";

const BUILDERS = [
  summaryTable,
  revenueTable,
  expenditureTable,
  fiscalSummaryTable,
  generalTable,
  generalBasicTable,
  sangongTable,
  fundTable,
  stateCapitalTable,
  projectsTable,
] as const;

export function nationalTables(doc: DisclosureDocument, year: number, previous?: DisclosureDocument | null): NationalTables {
  if (doc.lines === null) return { given: false, note: TABLES_NOT_GIVEN };
  if (!hasLines(doc)) return { given: false, note: TABLES_NOT_ENTERED };
  const lines = doc.lines;
  const tables: BudgetTable[] = BUILDERS.map((build) => build({ doc, lines, year, previous }));
  return { given: true, tables };
}

/** One table of a set by id. */
export function tableById<T extends BudgetTable["id"]>(tables: readonly BudgetTable[], id: T): BudgetTable | undefined {
  return tables.find((t) => t.id === id);
}
