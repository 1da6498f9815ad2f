/**
 * A disclosure as budget lines, the rows of the Fiscal Data Package (budget-csv.ts):
 *
 * - every revenue source (direction revenue);
 * - the expenditure: for a document with budget lines (schema-lines.ts), one row per line — its
 *   支出功能分类 项 (code and that year's official name, lib/classification), kind (人员经费 /
 *   日常公用经费 / 项目支出 with the project's name) and funding source; for a document without
 *   them (`lines: null`: the tables were not published with it, as the seed 434/2018, or a document
 *   older than the lines), 人员经费, 日常公用经费 and each named project, with no function code;
 * - for a document with lines, the 一般公共预算 basic spending again by 部门预算支出经济分类 款 (code
 *   and official name), marked `breakdown: "economic"`: the same money as the basic rows, divided
 *   differently, so it is kept apart — totals sum the rows of breakdown "main" only.
 *
 * The "main" expenditure rows add up to the expenditure total and the revenue rows to the revenue
 * total; 机关运行经费 and 三公 are breakdowns of the same money and are no rows.
 */
import { findCode, type ClassificationScheme } from "../classification";
import { revenueStated } from "../disclosure/figures";
import type { DisclosureDocument, RevenueSource } from "../disclosure/schema";
import type { FundingSource, SpendingKind } from "../disclosure/schema-lines";
import type { Yuan } from "../money";

export type EconomicCategory = "personnel" | "publicFunds" | "project";

export const ECONOMIC_CATEGORY_LABELS: Record<EconomicCategory, string> = {
  personnel: "人员经费",
  publicFunds: "日常公用经费",
  project: "项目支出",
};
export const EXPENDITURE_TYPE_LABELS = { basic: "基本支出", project: "项目支出" } as const;
export const DIRECTION_LABELS = { expenditure: "支出", revenue: "收入" } as const;
export const BREAKDOWNS = ["main", "economic"] as const;
export type Breakdown = (typeof BREAKDOWNS)[number];

const CATEGORY_OF_KIND: Record<SpendingKind, EconomicCategory> = { personnel: "personnel", public: "publicFunds", project: "project" };

export type BudgetLine =
  | { direction: "revenue"; breakdown: "main"; source: RevenueSource["key"]; sourceName: string; amount: Yuan }
  | {
      direction: "expenditure";
      breakdown: "main";
      category: EconomicCategory;
      projectName: string | null;
      functionCode: string | null;
      functionName: string | null;
      /** The source that funds the line (one of the revenue source keys); null without budget lines. */
      fundingSource: FundingSource | null;
      amount: Yuan;
    }
  | {
      direction: "expenditure";
      breakdown: "economic";
      economicCode: string;
      economicName: string | null;
      amount: Yuan;
    };

/** The code's official name in the document's year; null for a code that year's list does not hold (or a year outside the lists). */
export function officialName(scheme: ClassificationScheme, code: string, year: number): string | null {
  try {
    return findCode(scheme, code, year)?.name ?? null;
  } catch {
    return null;
  }
}

export function budgetLines(doc: DisclosureDocument, year: number): BudgetLine[] {
  // Revenue not stated (未列示: marked, or nothing entered) gives no revenue line, as an expenditure figure not stated gives none.
  const revenue = revenueStated(doc)
    ? doc.revenue.sources.map((s): BudgetLine => ({ direction: "revenue", breakdown: "main", source: s.key, sourceName: s.label, amount: s.amount }))
    : [];
  if (doc.lines === null) {
    // A figure not stated (未列示) gives no line: a line of 0 would state what the department did not.
    const none = { breakdown: "main", functionCode: null, functionName: null, fundingSource: null } as const;
    const { personnel, publicFunds } = doc.expenditure;
    return [
      ...revenue,
      ...(personnel === null ? [] : [{ direction: "expenditure", ...none, category: "personnel", projectName: null, amount: personnel } as const]),
      ...(publicFunds === null ? [] : [{ direction: "expenditure", ...none, category: "publicFunds", projectName: null, amount: publicFunds } as const]),
      ...doc.expenditure.projects.map(
        (p): BudgetLine => ({ direction: "expenditure", ...none, category: "project", projectName: p.name, amount: p.amount }),
      ),
    ];
  }
  return [
    ...revenue,
    ...doc.lines.expenditure.map(
      (l): BudgetLine => ({
        direction: "expenditure",
        breakdown: "main",
        category: CATEGORY_OF_KIND[l.kind],
        projectName: l.kind === "project" ? l.project || null : null,
        functionCode: l.functionCode,
        functionName: officialName("function", l.functionCode, year),
        fundingSource: l.source,
        amount: l.amount,
      }),
    ),
    ...doc.lines.economic.map(
      (l): BudgetLine => ({
        direction: "expenditure",
        breakdown: "economic",
        economicCode: l.economicCode,
        economicName: officialName("economic", l.economicCode, year),
        amount: l.amount,
      }),
    ),
  ];
}
