/**
 * The Fiscal Data Package descriptor of a year (https://specs.frictionlessdata.io/fiscal-data-package/):
 * one tabular resource, budget.csv beside the descriptor, and a model naming its measure (the
 * amount in 元, CNY) and its dimensions: administrative, fiscal year, direction and breakdown, the
 * spending category (basic / project, 人员经费 / 日常公用经费 / 项目支出, the project), revenue and
 * funding source, and two `classification` dimensions with the official code and name — functional
 * (支出功能分类 项) and economic (部门预算支出经济分类 款) — and the demo flag.
 */
import type { RegionRef } from "../../db/queries/open-data";
import { BUDGET_FIELDS } from "./budget-csv";

export const BUDGET_RESOURCE_PATH = "budget.csv";

export interface PackageScope {
  year: number;
  /** The counties whose published disclosures are in the package. */
  regions: readonly RegionRef[];
  /** The latest publication in the package: when its content last changed. */
  lastPublishedAt: Date | null;
  /** Whether any disclosure in it is invented demonstration data. */
  hasDemo: boolean;
}

const attribute = (source: string, extra: { labelfor?: string; parent?: string } = {}) => ({ source, ...extra });

export const MODEL = {
  measures: {
    amount: { source: "amountYuan", currency: "CNY", factor: 1, phase: "approved" },
  },
  dimensions: {
    administrative: {
      dimensionType: "classification",
      classificationType: "administrative",
      attributes: {
        regionCode: attribute("regionCode"),
        regionName: attribute("regionName", { labelfor: "regionCode" }),
        departmentCode: attribute("departmentCode", { parent: "regionCode" }),
        departmentName: attribute("departmentName", { labelfor: "departmentCode" }),
      },
      primaryKey: ["regionCode", "departmentCode"],
    },
    date: { dimensionType: "datetime", attributes: { fiscalYear: attribute("fiscalYear") }, primaryKey: "fiscalYear" },
    direction: {
      dimensionType: "other",
      attributes: { direction: attribute("direction"), directionName: attribute("directionName", { labelfor: "direction" }) },
      primaryKey: "direction",
    },
    breakdown: { dimensionType: "other", attributes: { breakdown: attribute("breakdown") }, primaryKey: "breakdown" },
    category: {
      dimensionType: "other",
      attributes: {
        expenditureType: attribute("expenditureType"),
        expenditureTypeName: attribute("expenditureTypeName", { labelfor: "expenditureType" }),
        economicCategory: attribute("economicCategory", { parent: "expenditureType" }),
        economicCategoryName: attribute("economicCategoryName", { labelfor: "economicCategory" }),
        projectName: attribute("projectName", { parent: "economicCategory" }),
      },
      primaryKey: ["economicCategory", "projectName"],
    },
    revenueSource: {
      dimensionType: "classification",
      attributes: {
        revenueSource: attribute("revenueSource"),
        revenueSourceName: attribute("revenueSourceName", { labelfor: "revenueSource" }),
      },
      primaryKey: "revenueSource",
    },
    fundingSource: { dimensionType: "other", attributes: { fundingSource: attribute("fundingSource") }, primaryKey: "fundingSource" },
    functional: {
      dimensionType: "classification",
      classificationType: "functional",
      attributes: { functionCode: attribute("functionCode"), functionName: attribute("functionName", { labelfor: "functionCode" }) },
      primaryKey: "functionCode",
    },
    economic: {
      dimensionType: "classification",
      classificationType: "economic",
      attributes: { economicCode: attribute("economicCode"), economicName: attribute("economicName", { labelfor: "economicCode" }) },
      primaryKey: "economicCode",
    },
    demo: { dimensionType: "other", attributes: { demo: attribute("demo") }, primaryKey: "demo" },
    line: {
      dimensionType: "fact",
      attributes: { versionNo: attribute("versionNo"), lineNo: attribute("lineNo") },
      primaryKey: "lineNo",
    },
  },
} as const;

export function budgetPackageDescriptor(scope: PackageScope) {
  const { year } = scope;
  const counties = scope.regions.map((r) => `${r.province}${r.name}`).join("、");
  return {
    profile: "fiscal-data-package",
    name: `department-budgets-${year}`,
    title: `${year}年度部门预算公开数据${counties ? `（${counties}）` : ""} / Department budgets ${year}`,
    description: [
      `${year}年度已公开的部门预算（批复后公开的预算数），每行一笔预算：收入来源；支出按支出功能分类科目（项）、人员经费／日常公用经费／项目支出和资金来源列示；一般公共预算基本支出另按部门预算支出经济分类（款）列示（breakdown = economic，与基本支出为同一笔资金，合计时不可相加）。`,
      "Approved department budgets as published; one row per budget line. Amounts: amountYuan is exact (元, CNY); amountWan is the same in 万元 for reading.",
      "functionCode/functionName: the 支出功能分类 项 with its official name of that fiscal year (财政部《政府收支分类科目》); economicCode/economicName: the 部门预算支出经济分类 款 of the rows with breakdown = economic. Totals: sum the rows with breakdown = main.",
      "A disclosure whose budget tables were not published with it (未随原文公开, e.g. the 2018 seed) has no codes: its expenditure rows are 人员经费, 日常公用经费 and each project, with functionCode empty.",
      "A figure the department does not state (未列示) has no row, never a row of 0: no revenue rows where the revenue is not stated, no 人员经费 or 日常公用经费 row where that is not stated (null in the JSON API, an empty cell in the yearly CSV).",
      scope.hasDemo
        ? "Rows with demo = true are invented demonstration data (示例数据), not real budgets."
        : "No demonstration data in this package.",
      "Only published versions are included; drafts, submissions and superseded versions never are.",
    ].join("\n\n"),
    countryCode: "CN",
    fiscalPeriod: { start: `${year}-01-01`, end: `${year}-12-31` },
    granularity: "aggregated",
    ...(scope.lastPublishedAt ? { created: scope.lastPublishedAt.toISOString() } : {}),
    keywords: ["部门预算", "预算公开", "budget", "fiscal data package", String(year)],
    sources: [{ title: "部门预算公开平台 /api/v1（已公开的部门预算）" }],
    resources: [
      {
        name: "budget",
        title: `${year}年度部门预算明细 / Budget lines ${year}`,
        path: BUDGET_RESOURCE_PATH,
        profile: "tabular-data-resource",
        format: "csv",
        mediatype: "text/csv",
        encoding: "utf-8",
        schema: {
          fields: BUDGET_FIELDS,
          missingValues: [""],
          primaryKey: ["regionCode", "departmentCode", "fiscalYear", "lineNo"],
        },
      },
    ],
    model: MODEL,
  };
}

export type BudgetPackageDescriptor = ReturnType<typeof budgetPackageDescriptor>;
