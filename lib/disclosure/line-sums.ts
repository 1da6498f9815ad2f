/**
 * Sums over a document's budget lines (schema-lines.ts): the one place where 人员经费, 公用经费,
 * 项目支出 and the per-source amounts are added up from lines, for figures.ts and the tables.
 */
import { personnelOrPublic } from "../classification/economic-split";
import { sum, type Yuan } from "../money";
import { FUNDING_SOURCE_KEYS, type BudgetLines, type EconomicLine, type ExpenditureLine, type FundingSource, type SpendingKind } from "./schema-lines";

export { hasLines } from "./has-lines";

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

/** Revenue sources in the order the 收支总表 and 收入总表 list them. */
export const SOURCE_ORDER: readonly (readonly [FundingSource, string])[] = [
  ["general", "一般公共预算拨款收入"],
  ["fund", "政府性基金预算拨款收入"],
  ["stateCapital", "国有资本经营预算拨款收入"],
  ["specialAccount", "财政专户管理资金收入"],
  ["unitFunds", "单位资金收入"],
  ["other", "其他收入"],
];

/** 人员经费 or 公用经费 by an economic line's code; null while a draft's code is not yet a 类 or 款. */
export function economicKind(code: string): "personnel" | "public" | null {
  return /^3\d{2}(\d{2})?$/.test(code) ? personnelOrPublic(code) : null;
}

export interface EconomicTotals {
  total: Yuan;
  personnel: Yuan;
  publicFunds: Yuan;
}

/** The 一般公共预算基本支出表's totals: all economic lines, and those of 人员经费 / 公用经费 codes. */
export function economicTotals(lines: readonly EconomicLine[]): EconomicTotals {
  const of = (kind: "personnel" | "public") => sum(lines.filter((l) => economicKind(l.economicCode) === kind).map((l) => l.amount));
  return { total: sum(lines.map((l) => l.amount)), personnel: of("personnel"), publicFunds: of("public") };
}

/** The totals of the tables the lines make, as the editor shows them while they are typed. */
export interface LineTotals {
  /** 部门支出总表: 本年支出合计, 基本支出 (人员经费 + 公用经费), 项目支出. */
  total: Yuan;
  basic: Yuan;
  personnel: Yuan;
  publicFunds: Yuan;
  project: Yuan;
  /** 部门收入总表's columns: the lines by funding source. */
  bySource: Readonly<Record<FundingSource, Yuan>>;
  /** 结转下年, and 支出总计 = 本年支出合计 + 结转下年. */
  carryForward: Yuan;
  grandTotal: Yuan;
  /** 一般公共预算支出表: the lines funded by the general budget. */
  general: { total: Yuan; basic: Yuan; personnel: Yuan; publicFunds: Yuan; project: Yuan };
  /** 一般公共预算基本支出表 (经济分类). */
  economic: EconomicTotals;
}

export function lineTotals(lines: BudgetLines): LineTotals {
  const totals = (ls: readonly ExpenditureLine[]) => ({
    total: linesTotal(ls),
    basic: linesTotal(ls, isBasic),
    personnel: linesTotal(ls, ofKind("personnel")),
    publicFunds: linesTotal(ls, ofKind("public")),
    project: linesTotal(ls, ofKind("project")),
  });
  const all = totals(lines.expenditure);
  return {
    ...all,
    bySource: Object.fromEntries(FUNDING_SOURCE_KEYS.map((key) => [key, linesTotal(lines.expenditure, ofSource(key))])) as Record<FundingSource, Yuan>,
    carryForward: lines.carryForward,
    grandTotal: all.total + lines.carryForward,
    general: totals(lines.expenditure.filter(ofSource("general"))),
    economic: economicTotals(lines.economic),
  };
}
