/**
 * budget.csv of the Fiscal Data Package: one row per budget line (budget-lines.ts) of every
 * published disclosure of a year — with the 支出功能分类 项 and its official name for a document
 * with budget lines, and its 一般公共预算 basic spending again by 经济分类 款 (breakdown economic).
 * The columns are defined once, here, and both the CSV header and the descriptor's table schema
 * are read from this list, so they cannot disagree.
 * UTF-8 without a BOM (a BOM would become part of the first column's name for CSV readers).
 */
import type { PublishedEntry } from "../../db/queries/open-data";
import type { DisclosureDocument } from "../disclosure/schema";
import { formatWan } from "../money";
import { FUNDING_SOURCE_KEYS } from "../disclosure/schema-lines";
import { BREAKDOWNS, budgetLines, DIRECTION_LABELS, ECONOMIC_CATEGORY_LABELS, EXPENDITURE_TYPE_LABELS } from "./budget-lines";
import { toCsv, type CsvCell as Cell } from "../csv";

export interface FieldSpec {
  name: string;
  type: "string" | "integer" | "number" | "boolean" | "year";
  title: string;
  description?: string;
  constraints?: { required?: boolean; enum?: string[]; minimum?: number };
}

export const BUDGET_FIELDS = [
  { name: "regionCode", type: "string", title: "地区编码", constraints: { required: true } },
  { name: "regionName", type: "string", title: "地区" },
  { name: "departmentCode", type: "string", title: "部门编码（预算单位编码）", constraints: { required: true } },
  { name: "departmentName", type: "string", title: "部门名称" },
  { name: "demo", type: "boolean", title: "示例数据", description: "true: invented demonstration data (示例数据), not a real budget." },
  { name: "fiscalYear", type: "year", title: "预算年度", constraints: { required: true } },
  { name: "versionNo", type: "integer", title: "版本号", description: "The published version (a correction has a higher number)." },
  { name: "lineNo", type: "integer", title: "行号", description: "Order of the line within the department's disclosure.", constraints: { required: true } },
  {
    name: "breakdown",
    type: "string",
    title: "口径",
    description:
      "main: the disclosure's revenue and expenditure lines (sum these for totals). economic: the 一般公共预算 basic spending of a disclosure with budget lines again, by 部门预算支出经济分类 款 — the same money as its basic rows, divided differently; never add both.",
    constraints: { required: true, enum: [...BREAKDOWNS] },
  },
  { name: "direction", type: "string", title: "收支方向", constraints: { required: true, enum: ["expenditure", "revenue"] } },
  { name: "directionName", type: "string", title: "收支方向（中文）" },
  { name: "expenditureType", type: "string", title: "支出类型", description: "basic (基本支出) or project (项目支出); empty for revenue. An economic-breakdown row is basic.", constraints: { enum: ["basic", "project"] } },
  { name: "expenditureTypeName", type: "string", title: "支出类型（中文）" },
  { name: "economicCategory", type: "string", title: "支出性质", description: "personnel (人员经费), publicFunds (日常公用经费) or project (项目支出) of a main expenditure row; empty for revenue and for the economic breakdown (see economicCode).", constraints: { enum: ["personnel", "publicFunds", "project"] } },
  { name: "economicCategoryName", type: "string", title: "支出性质（中文）" },
  { name: "projectName", type: "string", title: "项目名称", description: "The named project of a 项目支出 line; empty otherwise." },
  { name: "revenueSource", type: "string", title: "收入来源", description: "general, fund, specialAccount, other, stateCapital, unitFunds or carryover; empty for expenditure." },
  { name: "revenueSourceName", type: "string", title: "收入来源（中文）", description: "As the year's disclosure names it, e.g. 一般预算收入." },
  { name: "fundingSource", type: "string", title: "资金来源", description: "The revenue source (same keys as revenueSource) that funds a main expenditure row of a disclosure with budget lines; empty otherwise.", constraints: { enum: [...FUNDING_SOURCE_KEYS] } },
  { name: "functionCode", type: "string", title: "支出功能分类科目编码（项）", description: "The 7-digit 支出功能分类 项 of a main expenditure row, as that fiscal year's list codes it; empty for revenue and for a disclosure whose budget tables were not published with it (未列示, e.g. the 2018 seed)." },
  { name: "functionName", type: "string", title: "支出功能分类科目名称", description: "The official name of functionCode in that fiscal year (财政部《政府收支分类科目》)." },
  { name: "economicCode", type: "string", title: "部门预算支出经济分类科目编码（款）", description: "The 5-digit 经济分类 款 of an economic-breakdown row; empty otherwise." },
  { name: "economicName", type: "string", title: "部门预算支出经济分类科目名称", description: "The official name of economicCode in that fiscal year." },
  { name: "amountYuan", type: "integer", title: "金额（元）", description: "Exact amount in 元 (CNY).", constraints: { required: true, minimum: 0 } },
  { name: "amountWan", type: "number", title: "金额（万元）", description: "The same amount in 万元, two decimals, for reading; sum amountYuan, not this." },
] as const satisfies readonly FieldSpec[];

type FieldName = (typeof BUDGET_FIELDS)[number]["name"];
export type BudgetRow = Record<FieldName, Cell>;

export interface PublishedDocument {
  entry: PublishedEntry;
  document: DisclosureDocument;
}

export function budgetRows({ entry, document }: PublishedDocument): BudgetRow[] {
  const common = {
    regionCode: entry.region.code,
    regionName: entry.region.name,
    departmentCode: entry.departmentCode,
    departmentName: entry.departmentName,
    demo: entry.demo,
    fiscalYear: entry.year,
    versionNo: entry.versionNo,
  };
  const empty = {
    expenditureType: null, expenditureTypeName: null, economicCategory: null, economicCategoryName: null, projectName: null,
    revenueSource: null, revenueSourceName: null, fundingSource: null,
    functionCode: null, functionName: null, economicCode: null, economicName: null,
  };
  return budgetLines(document, entry.year).map((line, index): BudgetRow => {
    const amounts = { lineNo: index + 1, amountYuan: line.amount, amountWan: formatWan(line.amount) };
    const direction = { breakdown: line.breakdown, direction: line.direction, directionName: DIRECTION_LABELS[line.direction] };
    if (line.direction === "revenue") {
      return { ...common, ...empty, ...amounts, ...direction, revenueSource: line.source, revenueSourceName: line.sourceName };
    }
    if (line.breakdown === "economic") {
      return {
        ...common, ...empty, ...amounts, ...direction,
        expenditureType: "basic", expenditureTypeName: EXPENDITURE_TYPE_LABELS.basic,
        economicCode: line.economicCode, economicName: line.economicName,
      };
    }
    const type = line.category === "project" ? "project" : "basic";
    return {
      ...common, ...empty, ...amounts, ...direction,
      expenditureType: type, expenditureTypeName: EXPENDITURE_TYPE_LABELS[type],
      economicCategory: line.category, economicCategoryName: ECONOMIC_CATEGORY_LABELS[line.category],
      projectName: line.projectName, fundingSource: line.fundingSource,
      functionCode: line.functionCode, functionName: line.functionName,
    };
  });
}

/** The header (field names) and rows, as the CSV and the workbook (bulk-xlsx.ts) both write them. */
export function budgetTable(disclosures: readonly PublishedDocument[]): { header: string[]; rows: Cell[][] } {
  const rows = disclosures.flatMap(budgetRows).map((row) => BUDGET_FIELDS.map((f) => row[f.name]));
  return { header: BUDGET_FIELDS.map((f) => f.name), rows };
}

/** Index of the amountWan column (two decimals). */
export const BUDGET_WAN_COLUMNS: ReadonlySet<number> = new Set([BUDGET_FIELDS.findIndex((f) => f.name === "amountWan")]);

export function budgetCsv(disclosures: readonly PublishedDocument[]): string {
  const { header, rows } = budgetTable(disclosures);
  return toCsv([header, ...rows], { bom: false });
}
