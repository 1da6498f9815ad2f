/**
 * A disclosure as budget lines, the rows of the Fiscal Data Package: every revenue source, then
 * 人员经费, 日常公用经费 and each named project. Expenditure lines add up to the expenditure total
 * and revenue lines to the revenue total; nothing else (机关运行经费, 三公) is a line, since those
 * are breakdowns of the same money and would be counted twice.
 *
 * 功能分类 (function) codes: documents of schemaVersion 1 carry none, so they stay empty.
 */
import type { DisclosureDocument, RevenueSource } from "../disclosure/schema";
import type { Yuan } from "../money";

export type EconomicCategory = "personnel" | "publicFunds" | "project";

export const ECONOMIC_CATEGORY_LABELS: Record<EconomicCategory, string> = {
  personnel: "人员经费",
  publicFunds: "日常公用经费",
  project: "项目支出",
};
export const EXPENDITURE_TYPE_LABELS = { basic: "基本支出", project: "项目支出" } as const;
export const DIRECTION_LABELS = { expenditure: "支出", revenue: "收入" } as const;

export type BudgetLine =
  | { direction: "revenue"; source: RevenueSource["key"]; sourceName: string; amount: Yuan }
  | {
      direction: "expenditure";
      category: EconomicCategory;
      projectName: string | null;
      functionCode: string | null;
      functionName: string | null;
      amount: Yuan;
    };

/** A figure not stated (未列示) gives no line: a line of 0 would state what the department did not. */
export function budgetLines(doc: DisclosureDocument): BudgetLine[] {
  const noFunction = { functionCode: null, functionName: null };
  const { personnel, publicFunds } = doc.expenditure;
  return [
    ...doc.revenue.sources.map((s): BudgetLine => ({ direction: "revenue", source: s.key, sourceName: s.label, amount: s.amount })),
    ...(personnel === null ? [] : [{ direction: "expenditure", category: "personnel", projectName: null, ...noFunction, amount: personnel } as const]),
    ...(publicFunds === null ? [] : [{ direction: "expenditure", category: "publicFunds", projectName: null, ...noFunction, amount: publicFunds } as const]),
    ...doc.expenditure.projects.map(
      (p): BudgetLine => ({ direction: "expenditure", category: "project", projectName: p.name, ...noFunction, amount: p.amount }),
    ),
  ];
}
