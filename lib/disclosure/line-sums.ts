/**
 * Sums over a document's budget lines (schema-lines.ts): the one place where 人员经费, 公用经费,
 * 项目支出 and the per-source amounts are added up from lines, for figures.ts and the tables.
 */
import { sum, type Yuan } from "../money";
import type { BudgetLines, ExpenditureLine, FundingSource, SpendingKind } from "./schema-lines";
import type { DisclosureDocument } from "./schema";

/**
 * True when the document's expenditure lines hold an amount: its figures are then computed from
 * them. Lines carried over from last year with empty amounts (new-draft.ts) are not yet entered.
 */
export function hasLines(doc: DisclosureDocument): doc is DisclosureDocument & { lines: BudgetLines } {
  return doc.lines !== null && doc.lines.expenditure.some((line) => line.amount !== 0);
}

export function linesTotal(lines: readonly ExpenditureLine[], filter: (line: ExpenditureLine) => boolean = () => true): Yuan {
  return sum(lines.filter(filter).map((l) => l.amount));
}

export const ofKind = (kind: SpendingKind) => (line: ExpenditureLine) => line.kind === kind;
export const ofSource = (source: FundingSource) => (line: ExpenditureLine) => line.source === source;
export const isBasic = (line: ExpenditureLine) => line.kind !== "project";

export interface LineFigures {
  personnel: Yuan;
  publicFunds: Yuan;
  project: Yuan;
}

export function lineFigures(lines: BudgetLines): LineFigures {
  return {
    personnel: linesTotal(lines.expenditure, ofKind("personnel")),
    publicFunds: linesTotal(lines.expenditure, ofKind("public")),
    project: linesTotal(lines.expenditure, ofKind("project")),
  };
}
