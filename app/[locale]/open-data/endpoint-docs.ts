/** What /open-data documents about each JSON endpoint: parameters, fields and example URLs. */
import { DEFAULT_PAGE_SIZE, MAX_LIST_ITEMS, MAX_PAGE_SIZE } from "@/lib/open-data/params";

export interface ParamDoc {
  name: string;
  where: "路径 path" | "查询 query";
  rule: string;
  description: string;
}

export interface FieldDoc {
  name: string;
  type: string;
  description: string;
}

export interface EndpointDoc {
  id: string;
  path: string;
  title: string;
  description: string;
  paginated: boolean;
  params: ParamDoc[];
  fields: FieldDoc[];
  examples: string[];
}

const PAGE: ParamDoc[] = [
  { name: "page", where: "查询 query", rule: "整数 ≥ 1，默认 1", description: "页码 (page number)" },
  { name: "pageSize", where: "查询 query", rule: `整数 1–${MAX_PAGE_SIZE}，默认 ${DEFAULT_PAGE_SIZE}`, description: "每页条数 (items per page)" },
];
const CODE: ParamDoc = {
  name: "code",
  where: "路径 path",
  rule: "部门的 ref：预算单位编码，如 434；另一区县的同编码部门为“区县编码_编码”，如 130124_434",
  description: "部门 (the department's ref: its code, or countyCode_code)",
};
const REF: FieldDoc = {
  name: "ref",
  type: "string",
  description:
    "在网址和接口中指称该部门的标识：通常即编码；若另一区县先有同编码的部门，则为“区县编码_编码” (how addresses name the department: its code, or countyCode_code when an earlier county holds the same code)",
};
const YEAR: ParamDoc = { name: "year", where: "路径 path", rule: "四位年份", description: "预算年度 (fiscal year)" };

const REGION: FieldDoc = { name: "region", type: "{ code, name, province }", description: "所属县（区）及省份 (county and province)" };
const DEMO: FieldDoc = { name: "demo", type: "boolean", description: "true 表示示例数据（虚构，仅供演示） (invented demonstration data)" };
const FIGURES: FieldDoc = {
  name: "figures",
  type: "{ [measure]: Amount | null }",
  description: "十二项主要指标，键名见下文“指标”；未列示的指标为 null，不是 0 (the twelve headline measures; null: not stated)",
};
const ENTRY: FieldDoc[] = [
  { name: "year", type: "integer", description: "预算年度 (fiscal year)" },
  { name: "versionNo", type: "integer", description: "现行公开版本号；更正后递增 (published version number)" },
  { name: "publishedAt", type: "string (ISO 8601, UTC)", description: "公开时间 (publication time)" },
  DEMO,
  FIGURES,
  { name: "links", type: "{ self, html }", description: "本条数据的接口地址和网页地址 (API and web page URLs)" },
];

export const ENDPOINTS: EndpointDoc[] = [
  {
    id: "departments",
    path: "/api/v1/departments",
    title: "部门列表 (Departments)",
    description: "有已公开预算的部门，按编码排序。",
    paginated: true,
    params: PAGE,
    fields: [
      { name: "code", type: "string", description: "预算单位编码 (budget-unit code)；编码仅在一个区县内唯一 (unique within a county)" },
      REF,
      { name: "name", type: "string", description: "部门名称 (department name)" },
      REGION,
      DEMO,
      { name: "publishedYears", type: "integer[]", description: "已公开的年度 (years with a published budget)" },
      { name: "links.self", type: "string", description: "部门详情接口 (this department's endpoint)" },
    ],
    examples: ["/api/v1/departments", "/api/v1/departments?page=2&pageSize=5"],
  },
  {
    id: "department",
    path: "/api/v1/departments/{code}",
    title: "部门详情 (Department)",
    description: "一个部门及其各年度已公开预算的主要指标；未知部门返回 404。",
    paginated: false,
    params: [CODE],
    fields: [
      { name: "code, ref, name, region, demo, publishedYears", type: "", description: "同部门列表 (as in the list)" },
      { name: "years[]", type: "object[]", description: "每个已公开年度一项 (one per published year)" },
      ...ENTRY.map((f) => ({ ...f, name: `years[].${f.name}` })),
    ],
    examples: ["/api/v1/departments/434"],
  },
  {
    id: "years",
    path: "/api/v1/years",
    title: "年度汇总 (Years)",
    description: "有已公开预算的年度：公开数量和各指标合计（含示例数据，数量见 demoDisclosureCount），并按县（区）分列。",
    paginated: false,
    params: [],
    fields: [
      { name: "year", type: "integer", description: "预算年度 (fiscal year)" },
      { name: "disclosureCount", type: "integer", description: "已公开的部门预算数 (published disclosures)" },
      { name: "demoDisclosureCount", type: "integer", description: "其中示例数据 (of which demonstration data)" },
      { name: "totals", type: "{ [measure]: Amount }", description: "各指标合计 (sum of each measure)" },
      { name: "regions[]", type: "{ region, disclosureCount, demoDisclosureCount, totals }", description: "按县（区） (per county)" },
      { name: "links", type: "{ disclosures, csv, datapackage }", description: "该年度的列表和批量下载 (list and bulk downloads)" },
    ],
    examples: ["/api/v1/years"],
  },
  {
    id: "disclosures",
    path: "/api/v1/disclosures",
    title: "公开文件列表 (Disclosures)",
    description: "已公开的部门预算，按年度、部门编码排序；可按年度和部门筛选。",
    paginated: true,
    params: [
      { name: "year", where: "查询 query", rule: "四位年份，可选", description: "只列该年度 (only this year)" },
      { name: "department", where: "查询 query", rule: "部门的 ref（通常即编码），可选", description: "只列该部门 (only this department)" },
      ...PAGE,
    ],
    fields: [{ name: "department", type: "{ code, ref, name, region }", description: "部门 (department)" }, ...ENTRY],
    examples: ["/api/v1/disclosures?year=2018", "/api/v1/disclosures?year=2018&department=434"],
  },
  {
    id: "disclosure",
    path: "/api/v1/disclosures/{code}/{year}",
    title: "公开文件详情 (Disclosure)",
    description: "一份已公开的部门预算全文、推算数据和数据核对结果（以上年已公开预算为参照）；未公开返回 404。",
    paginated: false,
    params: [CODE, YEAR],
    fields: [
      { name: "department, year, versionNo, publishedAt, demo, figures", type: "", description: "同公开文件列表 (as in the list)" },
      {
        name: "derived",
        type: "object",
        description:
          "由明细推算的合计、上年数、增减额（Amount）和增减率 changePercent（百分数，两位小数；上年为 0 或未列示时为 null）。未列示的数字为 null，不是 0：derived.revenueTotal（收入未列示，或未填任何收入金额）、derived.operatingCosts（机关运行经费未列示，或未列任何项目）、personnel / publicFunds 及其上的 basic、expenditureTotal、各项 sangong 及其合计，以及建立在它们之上的上年数、增减额和增减率 (null: not stated, never 0 — including derived.revenueTotal and derived.operatingCosts)",
      },
      { name: "checks", type: "{ previousYearCompared, errorCount, warningCount, findings[] }", description: "数据核对 (reconciliation checks)" },
      { name: "checks.findings[]", type: "{ ruleId, rule, severity, field, message, expected, actual }", description: "severity 为 error 或 warning；expected/actual 为 Amount 或 null" },
      { name: "document", type: "object", description: "公开文件全文（schemaVersion 2；更早存储的版本读出时升级，内容不变）：其中金额为整数元，面积为平方米，数量为个数；null 表示未列示 (the stored document: amounts in integer 元; null: not stated)" },
      { name: "links", type: "{ self, html, workbook }", description: "接口、网页和 Excel 工作簿地址" },
    ],
    examples: ["/api/v1/disclosures/434/2018"],
  },
  {
    id: "figures",
    path: "/api/v1/figures",
    title: "指标比较 (Figures)",
    description: "一项指标在多个部门、多个年度的数值，用于比较；只含已公开的预算。",
    paginated: false,
    params: [
      { name: "departments", where: "查询 query", rule: `必填，逗号分隔的部门 ref（通常即编码），至多 ${MAX_LIST_ITEMS.departments} 个`, description: "部门 (departments)" },
      { name: "years", where: "查询 query", rule: `必填，逗号分隔的年份，至多 ${MAX_LIST_ITEMS.years} 个`, description: "年度 (years)" },
      { name: "measure", where: "查询 query", rule: "指标键名，默认 total", description: "指标 (measure), 见下文“指标”" },
    ],
    fields: [
      {
        name: "data[]",
        type: "{ department: { code, ref, name }, year, demo, value: Amount | null, classAbsent }",
        description:
          "每个有公开数据的部门和年度一行；value 为 null 表示未列示（不是 0）；按分类科目比较时，classAbsent 为 true 表示该年度的分类科目中没有对应科目（如 fn:20138 在 2019 年以前），value 也为 null，但不是未列示 (one row per department and year; null: not stated; classAbsent: the year has no such class)",
      },
      { name: "measure", type: "{ id, label }", description: "所选指标 (the measure)" },
      { name: "query", type: "{ departments, years }", description: "解析后的请求参数 (the parameters as read)" },
    ],
    examples: ["/api/v1/figures?departments=401,434&years=2017,2018&measure=total"],
  },
];
