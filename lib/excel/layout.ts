/**
 * The workbook's layout, shared by the writer (workbook.ts) and the reader (import.ts): the columns
 * of each table sheet and the labelled rows of each form sheet. Changing a label here changes both
 * directions at once; a workbook written by an older layout is refused with a message
 * naming the header that differs.
 */
import { REVENUE_SOURCE_KEYS } from "../disclosure/schema";
import { SHEET, SHEET_ORDER, type SheetName } from "../disclosure/sections";

// Sheet names and their order belong to the sections they enter (lib/disclosure/sections.ts).
export { SHEET, SHEET_ORDER, type SheetName } from "../disclosure/sections";
/** Every sheet but 说明 must be present on import (the LINE_SHEETS all, or none of them). */
export const DATA_SHEETS: readonly SheetName[] = SHEET_ORDER.filter((s) => s !== SHEET.guide);
/**
 * The sheets added with the budget lines (issue 15): a workbook made before them has none of them
 * and imports as before (lines and staff counts not stated; the editor keeps the draft's).
 */
export const LINE_SHEETS: readonly SheetName[] = [SHEET.staff, SHEET.lines, SHEET.economic];

/** Rows whose first cell starts with this are examples and are ignored on import. */
export const EXAMPLE_PREFIX = "示例";

/**
 * How a cell is written and read. amount: 万元, ≥ 0; signedAmount: 万元, may be negative (changes);
 * number: a plain non-negative number (m², 数量); integer: a non-negative whole number; percent: a
 * plain number of percent; date: YYYY-MM-DD text.
 */
export type Kind = "text" | "longText" | "amount" | "signedAmount" | "number" | "integer" | "percent" | "date";

export interface Field {
  /** The name used in messages: “金额应为数字（万元）”. */
  label: string;
  kind: Kind;
  width?: number;
  /** A data-validation list offered in Excel. */
  list?: readonly string[];
  /** Form sheets: the hint in column C. */
  hint?: string;
  /** Form sheets: a row a workbook written before it existed may lack (read as empty). */
  optional?: boolean;
  /** A classification code column: its length, checked by Excel as typed, with a prompt. */
  code?: { digits: number; prompt: string };
}

export function isAmount(kind: Kind): boolean {
  return kind === "amount" || kind === "signedAmount";
}

/** The header / row label as printed: amounts carry their unit. */
export function headerText(field: Field): string {
  if (isAmount(field.kind)) return `${field.label}（万元）`;
  if (field.kind === "percent") return `${field.label}（%）`;
  return field.label;
}

export type ExampleValue = string | number | null;

export interface TableSpec {
  sheet: SheetName;
  /** The row of the header; data starts on the next row. Rows above it hold labelled cells. */
  headerRow: number;
  columns: readonly Field[];
  /** The template's example row (display values: amounts in 万元); its first cell gets "示例：". */
  example?: readonly ExampleValue[];
}

const text = (label: string, width = 16, list?: readonly string[]): Field => ({ label, kind: "text", width, list });
const long = (label: string, width = 60): Field => ({ label, kind: "longText", width });
const amount = (label: string, width = 16): Field => ({ label, kind: "amount", width });
const table = (sheet: SheetName, columns: Field[], example?: ExampleValue[], headerRow = 1): TableSpec => ({
  sheet,
  headerRow,
  columns,
  example,
});

export const UNIT_NATURES = ["行政", "事业", "参公"] as const;
export const EXPENDITURE_KINDS = { basic: "基本支出", project: "项目支出" } as const;
export const BASIC_ROWS = { personnel: "人员经费", publicFunds: "日常公用经费" } as const;

export const REVENUE_KEY_NAMES: Record<(typeof REVENUE_SOURCE_KEYS)[number], string> = {
  general: "一般公共预算拨款收入",
  fund: "政府性基金预算拨款收入",
  specialAccount: "财政专户核拨收入",
  other: "其他来源收入",
  stateCapital: "国有资本经营预算拨款收入",
  unitFunds: "单位资金",
  carryover: "上年结转结余",
};

/** 资金来源 of a budget line as the 支出明细 sheet names it: the revenue source's name without “收入”. */
export const FUNDING_NAMES: Record<(typeof REVENUE_SOURCE_KEYS)[number], string> = Object.fromEntries(
  REVENUE_SOURCE_KEYS.map((k) => [k, REVENUE_KEY_NAMES[k].replace(/收入$/, "")]),
) as Record<(typeof REVENUE_SOURCE_KEYS)[number], string>;

const NAME_HINT = "科目名称仅供阅读，导入时以编码为准";
const code = (label: string, digits: number, prompt: string): Field => ({ label, kind: "text", width: 14, code: { digits, prompt } });

/**
 * 支出明细, in the columns of the 一般公共预算支出表 / 部门支出总表 (科目编码, 科目名称, 基本支出 as
 * 人员经费 and 公用经费, 项目支出), one row per 项 × 资金来源 (and per project): each filled amount
 * cell is one line. Above the table: 结转下年 (B1) and, for a historic document whose tables were
 * not published with its text, 明细未随原文公开 = 是 (B2).
 */
export const LINES_BLOCK = {
  carryForward: { label: "结转下年（万元）", cell: "B1", row: 1 },
  notPublished: { label: "明细未随原文公开", cell: "B2", row: 2, value: "是" },
  hint: {
    row: 3,
    text: `每个科目（项）× 资金来源一行，项目支出每个项目一行；金额填在“人员经费”“公用经费”或“项目支出”列。${NAME_HINT}。“明细未随原文公开”仅用于历史公开文件（填“是”时本表须为空）。`,
  },
} as const;

export const LINE_AMOUNT_COLUMNS = [
  ["personnel", "人员经费"],
  ["public", "公用经费"],
  ["project", "项目支出"],
] as const;

export const TABLES = {
  duties: table(SHEET.duties, [{ label: "序号", kind: "integer", width: 8 }, long("职责", 100)], [1, "负责……（每行一条职责，不写编号）"]),
  units: table(
    SHEET.units,
    [text("单位名称", 36), text("单位性质", 12, UNIT_NATURES), text("单位规格", 14), text("经费保障形式", 16)],
    ["××县××局", "行政", "正科级", "财政拨款"],
  ),
  revenue: table(
    SHEET.revenue,
    [text("来源代码", 16, REVENUE_SOURCE_KEYS), text("来源名称", 30), amount("金额")],
    ["general", "一般公共预算拨款收入", 1028.57],
  ),
  expenditure: table(
    SHEET.expenditure,
    [text("支出类别", 12, Object.values(EXPENDITURE_KINDS)), text("名称", 50), amount("金额")],
    [EXPENDITURE_KINDS.project, "××工作经费", 29.5],
  ),
  operating: table(SHEET.operating, [text("项目名称", 30), amount("金额")], ["办公及印刷费", 12.4]),
  sangong: table(
    SHEET.sangong,
    [text("项目", 24), amount("本年"), amount("上年"), long("增减原因", 60)],
  ),
  goals: table(SHEET.goals, [{ label: "序号", kind: "integer", width: 8 }, long("绩效目标", 100)], [1, "围绕……（每行一条，不写编号）"]),
  activities: table(
    SHEET.activities,
    [
      { label: "级次", kind: "integer", width: 8, list: ["1", "2"] },
      long("职责活动", 30),
      { label: "年度预算数", kind: "amount", width: 14 },
      long("内容描述", 44),
      long("绩效目标", 44),
      text("绩效指标", 30),
      text("优", 10),
      text("良", 10),
      text("中", 10),
      text("差", 10),
    ],
    [1, "政务服务与政务管理", 29.5, "政务公开、会议管理……", "提升政务公开服务水平……", "事项督查反馈率", "≥90%", "≥80%", "≥60%", "<60%"],
  ),
  procurement: table(
    SHEET.procurement,
    [
      text("来源项目名称", 26),
      amount("来源预算资金"),
      text("目录序号", 12),
      text("采购项目名称", 26),
      text("数量单位", 10),
      amount("单价", 12),
      { label: "数量", kind: "number", width: 10 },
      amount("一般公共预算拨款"),
      amount("基金预算拨款"),
      amount("财政专户核拨资金"),
      amount("其他来源收入"),
      amount("其他渠道资金"),
      amount("所列合计"),
    ],
    ["日常公用经费", 88.68, "A0201", "台式计算机", "台", 0.55, 8, 4.4, 0, 0, 0, 0, 4.4],
    3,
  ),
  purchases: table(
    SHEET.purchases,
    [text("资产名称", 30), { label: "数量", kind: "integer", width: 10 }, text("计量单位", 10), amount("金额")],
    ["空调", 4, "台", 2],
  ),
  glossary: table(SHEET.glossary, [text("名词", 24), long("解释", 90)], ["××××", "指……"]),
  lines: table(
    SHEET.lines,
    [
      code("功能分类科目编码", 7, `7位支出功能分类科目编码（项），如 2010301；${NAME_HINT}`),
      text("科目名称", 30),
      text("资金来源", 22, Object.values(FUNDING_NAMES)),
      text("项目名称", 30),
      ...LINE_AMOUNT_COLUMNS.map(([, label]) => amount(label, 14)),
    ],
    ["2010301", "行政运行", FUNDING_NAMES.general, "", 616.89, 88.68, null],
    4,
  ),
  economic: table(
    SHEET.economic,
    [code("经济分类科目编码", 5, `5位部门预算支出经济分类科目编码（款），如 30101；${NAME_HINT}`), text("科目名称", 30), amount("金额")],
    ["30101", "基本工资", 120.5],
  ),
} as const satisfies Record<string, TableSpec>;

/** The 空表说明 of 政府采购 sits above its table: label in A1, text in B1. */
export const PROCUREMENT_STATEMENT = { label: "空表说明", row: 1, hint: "未安排政府采购预算时填写，如：2018年度未安排政府采购预算，空表列示。" };
