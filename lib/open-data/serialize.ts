/**
 * The JSON shapes of the open-data API: English camelCase field names that do not change within
 * /api/v1, every amount an Amount ({ yuan, wan }), every timestamp an ISO 8601 string in UTC.
 */
import type { PublicDepartment, PublishedEntry, YearTotals } from "../../db/queries/open-data";
import type { FigureRow } from "../../db/queries/figures";
import { deriveFigures, headlineFigures, type DerivedFigures } from "../disclosure/figures";
import type { DisclosureDocument } from "../disclosure/schema";
import { ruleById, runChecks, type Finding } from "../checks";
import { amount, figuresJson, maybeAmounts } from "./amounts";
import type { PublishedYear } from "./years";
import { budgetLines, type BudgetLine } from "./budget-lines";

const API = "/api/v1";
const segment = encodeURIComponent;

export const links = {
  department: (code: string) => `${API}/departments/${segment(code)}`,
  disclosure: (code: string, year: number) => `${API}/disclosures/${segment(code)}/${year}`,
  page: (code: string, year: number) => `/departments/${segment(code)}/${year}`,
  workbook: (code: string, year: number) => `/departments/${segment(code)}/${year}/workbook`,
  csv: (year: number) => `${API}/bulk/${year}.csv`,
  datapackage: (year: number) => `${API}/bulk/${year}/datapackage.json`,
};

export function departmentJson(d: PublicDepartment) {
  return {
    code: d.code,
    ref: d.ref,
    name: d.name,
    region: d.region,
    demo: d.demo,
    publishedYears: d.publishedYears,
    links: { self: links.department(d.ref) },
  };
}

function entryBody(e: PublishedEntry) {
  return {
    year: e.year,
    versionNo: e.versionNo,
    publishedAt: e.publishedAt.toISOString(),
    demo: e.demo,
    figures: figuresJson(e.figures),
    links: { self: links.disclosure(e.departmentRef, e.year), html: links.page(e.departmentRef, e.year) },
  };
}

export function disclosureSummaryJson(e: PublishedEntry) {
  return { department: { code: e.departmentCode, ref: e.departmentRef, name: e.departmentName, region: e.region }, ...entryBody(e) };
}

export function departmentDetailJson(d: PublicDepartment & { entries: PublishedEntry[] }) {
  return { ...departmentJson(d), years: d.entries.map(entryBody) };
}

function totalsJson(t: YearTotals) {
  return {
    disclosureCount: t.disclosureCount,
    demoDisclosureCount: t.demoDisclosureCount,
    totals: figuresJson(t.totals),
    /** Per measure, how many disclosures do not state it (未列示): their figure is not in the total. */
    notStated: t.notStated,
  };
}

export function yearJson(y: PublishedYear) {
  return {
    year: y.year,
    ...totalsJson(y),
    regions: y.regions.map((r) => ({ region: r.region, ...totalsJson(r) })),
    links: {
      disclosures: `${API}/disclosures?year=${y.year}`,
      csv: links.csv(y.year),
      datapackage: links.datapackage(y.year),
    },
  };
}

export function figureRowJson(row: FigureRow) {
  return {
    department: { code: row.departmentCode, ref: row.departmentRef, name: row.departmentName },
    year: row.year,
    demo: row.isDemo,
    /** null: not stated (a class of a disclosure whose budget tables were not published), or the year has no such class (classAbsent). */
    value: row.value === null ? null : amount(row.value),
    /** true: a class the year's classification has no code for (e.g. fn:20138 before 2019) — no 未列示. */
    classAbsent: row.classAbsent,
  };
}

export function derivedJson(f: DerivedFigures) {
  return {
    /** null: marked not stated (未列示). */
    ...maybeAmounts({ revenueTotal: f.revenueTotal }),
    /** null: not stated (未列示) — 人员经费 or 日常公用经费 left unstated, and the sums over them. */
    ...maybeAmounts({ expenditureTotal: f.expenditureTotal, basic: f.basic, personnel: f.personnel, publicFunds: f.publicFunds }),
    project: amount(f.project),
    /** null: the prior-year figure is not stated (nor published last year), and so its change. */
    prior: maybeAmounts(f.prior),
    change: maybeAmounts(f.change),
    /** Percent with two decimals (−9.05 means −9.05 %); null when the prior-year amount is 0 or not stated. */
    changePercent: f.changePercent,
    ...maybeAmounts({ operatingCosts: f.operatingCosts }),
    sangong: maybeAmounts(f.sangong),
    sangongPrior: maybeAmounts(f.sangongPrior),
    sangongChange: maybeAmounts(f.sangongChange),
    activityBudgets: amount(f.activityBudgets),
    procurementTotal: amount(f.procurementTotal),
    plannedPurchases: amount(f.plannedPurchases),
    assetTotal: amount(f.assetTotal),
  };
}

export function findingJson(f: Finding) {
  return {
    ruleId: f.ruleId,
    rule: ruleById(f.ruleId)?.title ?? null,
    severity: f.severity,
    field: f.field,
    message: f.message,
    expected: f.expected === undefined ? null : amount(f.expected),
    actual: f.actual === undefined ? null : amount(f.actual),
  };
}

/** The checks as the public page shows them, with last year's published disclosure as context. */
export function checksJson(document: DisclosureDocument, previous: DisclosureDocument | null) {
  const findings = runChecks(document, { previous });
  return {
    previousYearCompared: previous !== null,
    errorCount: findings.filter((f) => f.severity === "error").length,
    warningCount: findings.filter((f) => f.severity === "warning").length,
    findings: findings.map(findingJson),
  };
}

export function disclosureDetailJson(
  e: PublishedEntry,
  document: DisclosureDocument,
  previous: DisclosureDocument | null,
) {
  return {
    ...disclosureSummaryJson(e),
    // Recomputed from the document (the same figures as the stored headline columns).
    figures: figuresJson(headlineFigures(document)),
    derived: derivedJson(deriveFigures(document)),
    checks: checksJson(document, previous),
    /**
     * The rows of budget.csv for this disclosure: with budget lines, each 支出功能分类 项 and
     * 经济分类 款 with its official name of the year (breakdown "economic" re-divides the basic
     * spending: never add it to "main"); without them (未列示), 人员经费, 日常公用经费 and projects.
     */
    budgetLines: budgetLines(document, e.year).map(budgetLineJson),
    /** The document (schemaVersion 2, older versions upgraded on read): amounts inside are integers of 元; null is 未列示. */
    document,
    links: { ...entryBody(e).links, workbook: links.workbook(e.departmentCode, e.year) },
  };
}


export function budgetLineJson(line: BudgetLine) {
  return { ...line, amount: amount(line.amount) };
}
