/**
 * The open-data endpoints, free of Next: each takes the database and the request (or its path
 * parameters) and answers a Response — parse → query → build. The route handlers in app/api/v1
 * only open the database and call these, so the tests run them against a real test database.
 */
import type { Executor } from "../../db/client";
import { publishedFigures } from "../../db/queries/figures";
import {
  getPublicDepartment,
  getPublishedDisclosureDetail,
  listPublicDepartments,
  listPublishedDisclosures,
  publishedTotalsByYearAndRegion,
  publishedDocuments,
  publishedOfYear,
} from "../../db/queries/open-data";
import { MEASURE_LABELS } from "../disclosure/figures";
import { classLabel, isClassMeasure } from "../classification/measure";
import { budgetCsv, budgetTable, BUDGET_WAN_COLUMNS, type PublishedDocument } from "./budget-csv";
import { bulkWorkbook } from "./bulk-xlsx";
import { budgetPackageDescriptor } from "./datapackage";
import { DEPARTMENT_NOT_FOUND, DISCLOSURE_NOT_FOUND, YEAR_NOT_FOUND } from "./errors";
import { departmentsQuery, disclosuresQuery, figuresQuery, parseQuery, pathCode, pathYear } from "./params";
import { csvResponse, errorResponse, jsonResponse, paginated, xlsxResponse } from "./responses";
import {
  departmentDetailJson,
  departmentJson,
  disclosureDetailJson,
  disclosureSummaryJson,
  figureRowJson,
  yearJson,
} from "./serialize";
import { summaryCsv, summaryTable, SUMMARY_WAN_COLUMNS } from "./summary-csv";
import { groupByYear } from "./years";

export function indexEndpoint(): Response {
  return jsonResponse({
    data: {
      name: "部门预算公开平台开放数据接口 (Department budget open-data API)",
      version: "v1",
      documentation: "/open-data",
      endpoints: [
        "/api/v1/departments",
        "/api/v1/departments/{code}",
        "/api/v1/years",
        "/api/v1/disclosures",
        "/api/v1/disclosures/{code}/{year}",
        "/api/v1/figures",
        "/api/v1/bulk/{year}.csv",
        "/api/v1/bulk/{year}.xlsx",
        "/api/v1/bulk/{year}/datapackage.json",
        "/api/v1/bulk/{year}/budget.csv",
        "/api/v1/bulk/{year}/budget.xlsx",
      ],
    },
  });
}

export async function departmentsEndpoint(db: Executor, request: Request): Promise<Response> {
  const url = new URL(request.url);
  const query = parseQuery(departmentsQuery, url.searchParams);
  if (!query.ok) return errorResponse(query.error);
  const { rows, total } = await listPublicDepartments(db, query.value);
  return jsonResponse(paginated(rows.map(departmentJson), { ...query.value, total }, url));
}

export async function departmentEndpoint(db: Executor, params: { code: string }): Promise<Response> {
  const code = pathCode(params.code);
  const department = code === null ? null : await getPublicDepartment(db, code);
  if (!department) return errorResponse(DEPARTMENT_NOT_FOUND);
  return jsonResponse({ data: departmentDetailJson(department) });
}

export async function yearsEndpoint(db: Executor): Promise<Response> {
  return jsonResponse({ data: groupByYear(await publishedTotalsByYearAndRegion(db)).map(yearJson) });
}

export async function disclosuresEndpoint(db: Executor, request: Request): Promise<Response> {
  const url = new URL(request.url);
  const query = parseQuery(disclosuresQuery, url.searchParams);
  if (!query.ok) return errorResponse(query.error);
  const { rows, total } = await listPublishedDisclosures(db, query.value);
  return jsonResponse(paginated(rows.map(disclosureSummaryJson), { page: query.value.page, pageSize: query.value.pageSize, total }, url));
}

export async function disclosureEndpoint(db: Executor, params: { code: string; year: string }): Promise<Response> {
  const code = pathCode(params.code);
  const year = pathYear(params.year);
  const found = code === null || year === null ? null : await getPublishedDisclosureDetail(db, code, year);
  if (!found) return errorResponse(DISCLOSURE_NOT_FOUND);
  return jsonResponse({ data: disclosureDetailJson(found.entry, found.document, found.previous) });
}

export async function figuresEndpoint(db: Executor, request: Request): Promise<Response> {
  const query = parseQuery(figuresQuery, new URL(request.url).searchParams);
  if (!query.ok) return errorResponse(query.error);
  const { departments, years, measure } = query.value;
  const rows = await publishedFigures(db, { departmentRefs: departments, years, measure });
  return jsonResponse({
    data: rows.map(figureRowJson),
    measure: { id: measure, label: isClassMeasure(measure) ? classLabel(measure).zh : MEASURE_LABELS[measure] },
    query: { departments, years },
  });
}

/** What the workbooks' second sheet says, whichever the file. */
function aboutSheet(year: number, what: string, url: string, hasDemo: boolean): [string, string][] {
  return [
    ["内容", `${year}年${what}（现行已公开版本，不含草稿和待审版本）`],
    ["来源", `部门预算公开平台开放数据接口 ${url}，与同名 CSV 文件的行和列相同`],
    ["单位", "万元列为两位小数；金额（元）列为整数元"],
    ["示例数据", hasDemo ? "“示例数据”为“是”（或 demo 为 TRUE）的行是演示用的虚构数据，不是真实预算。" : "本年度没有示例数据。"],
    ["说明文档", "/open-data"],
  ];
}

/** /bulk/{year}.csv and /bulk/{year}.xlsx: the segment arrives whole, e.g. "2018.csv". */
export async function summaryFileEndpoint(db: Executor, params: { file: string }): Promise<Response> {
  const match = /^(\d{4})\.(csv|xlsx)$/.exec(params.file);
  const year = match ? pathYear(match[1]!) : null;
  const entries = year === null ? [] : await publishedOfYear(db, year);
  if (year === null || entries.length === 0) return errorResponse(YEAR_NOT_FOUND);
  if (match![2] === "csv") return csvResponse(summaryCsv(entries), `department-budgets-${year}.csv`);
  const { header, rows } = summaryTable(entries);
  const workbook = await bulkWorkbook({
    name: `${year}年部门预算`,
    header,
    rows,
    wanColumns: SUMMARY_WAN_COLUMNS,
    about: aboutSheet(year, "各部门预算汇总表，每个部门一行", `/api/v1/bulk/${year}.xlsx`, entries.some((e) => e.demo)),
  });
  return xlsxResponse(workbook, `department-budgets-${year}.xlsx`);
}

export async function datapackageEndpoint(db: Executor, params: { year: string }): Promise<Response> {
  const year = pathYear(params.year);
  const entries = year === null ? [] : await publishedOfYear(db, year);
  if (year === null || entries.length === 0) return errorResponse(YEAR_NOT_FOUND);
  const regions = [...new Map(entries.map((e) => [e.region.code, e.region])).values()];
  const lastPublishedAt = new Date(Math.max(...entries.map((e) => e.publishedAt.getTime())));
  return jsonResponse(budgetPackageDescriptor({ year, regions, lastPublishedAt, hasDemo: entries.some((e) => e.demo) }));
}

/** A year's published documents, or null when the year has none. */
async function publishedDocumentsOfYear(db: Executor, yearParam: string): Promise<{ year: number; disclosures: PublishedDocument[] } | null> {
  const year = pathYear(yearParam);
  const entries = year === null ? [] : await publishedOfYear(db, year);
  if (year === null || entries.length === 0) return null;
  const documents = await publishedDocuments(db, entries.map((e) => e.versionId));
  const disclosures = entries.flatMap((entry) => {
    const document = documents.get(entry.versionId);
    return document ? [{ entry, document }] : []; // superseded in between: left out
  });
  return { year, disclosures };
}

export async function budgetCsvEndpoint(db: Executor, params: { year: string }): Promise<Response> {
  const found = await publishedDocumentsOfYear(db, params.year);
  if (!found) return errorResponse(YEAR_NOT_FOUND);
  return csvResponse(budgetCsv(found.disclosures), `budget-${found.year}.csv`);
}

/** budget.csv's rows as a workbook (not part of the Fiscal Data Package: for reading in Excel). */
export async function budgetXlsxEndpoint(db: Executor, params: { year: string }): Promise<Response> {
  const found = await publishedDocumentsOfYear(db, params.year);
  if (!found) return errorResponse(YEAR_NOT_FOUND);
  const { year, disclosures } = found;
  const { header, rows } = budgetTable(disclosures);
  const workbook = await bulkWorkbook({
    name: `${year}年预算明细`,
    header,
    rows,
    wanColumns: BUDGET_WAN_COLUMNS,
    about: aboutSheet(year, "全部预算明细，每笔收入或支出一行（列名见 /open-data 的 budget.csv 字段表）", `/api/v1/bulk/${year}/budget.xlsx`, disclosures.some((d) => d.entry.demo)),
  });
  return xlsxResponse(workbook, `budget-${year}.xlsx`);
}
