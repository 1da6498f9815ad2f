/**
 * Reading the budget-line sheets: 人员情况, 支出明细 (with 结转下年) and 基本支出经济分类. Each code
 * is checked against the code list of the draft's year (lib/classification); the 科目名称 column is
 * for the reader of the sheet only and is not read: the code decides, so a name typed differently
 * from the official one (a shortened name, last year's name) can neither refuse a correct code nor
 * pass a wrong one.
 */
import { ClassificationYearError, findCode, type ClassificationScheme } from "../classification";
import { REVENUE_SOURCE_KEYS } from "../disclosure/schema";
import {
  MAX_ECONOMIC_LINES,
  MAX_EXPENDITURE_LINES,
  NO_STAFF,
  type BudgetLines,
  type EconomicLine,
  type ExpenditureLine,
  type FundingSource,
  type Staff,
} from "../disclosure/schema-lines";
import { STAFF_FORM } from "./forms";
import { FUNDING_NAMES, LINE_AMOUNT_COLUMNS, LINES_BLOCK, REVENUE_KEY_NAMES, TABLES } from "./layout";
import type { Reader } from "./read-budget";
import type { SheetReader } from "./reader";

export function readStaff(r: Reader): Staff {
  const rows = r?.formRows(STAFF_FORM);
  if (!r || !rows) return { ...NO_STAFF };
  const staff = { ...NO_STAFF };
  for (const key of Object.keys(STAFF_FORM.rows) as (keyof Staff)[]) {
    staff[key] = r.count(`B${rows[key]}`, STAFF_FORM.rows[key].label, `staff.${key}`, true);
  }
  return staff;
}

function fundingSource(text: string): FundingSource | undefined {
  return REVENUE_SOURCE_KEYS.find((k) => k === text || FUNDING_NAMES[k] === text || REVENUE_KEY_NAMES[k] === text);
}

const SCHEME = {
  function: { digits: 7, level: "项", what: "支出功能分类科目（项）" },
  economic: { digits: 5, level: "款", what: "部门预算支出经济分类科目（款）" },
} as const;

/**
 * The code in `address`, or "" after reporting why it is not a code of `scheme` valid in `year`.
 * A year the portal holds no code list for is reported once per sheet.
 */
function readCode(r: SheetReader, address: string, path: string, scheme: ClassificationScheme, year: number): string {
  const { digits, level, what } = SCHEME[scheme];
  const label = scheme === "function" ? "功能分类科目编码" : "经济分类科目编码";
  const code = r.text(address, path);
  if (code === "") {
    r.ctx.error(r.sheet, address, `请填写${label}`);
    return "";
  }
  if (!/^\d+$/.test(code)) {
    r.ctx.error(r.sheet, address, `${label}应为${digits}位数字，实为“${code}”`);
    return "";
  }
  if (code.length !== digits) {
    const found = code.length < digits ? "（类、款请展开到" + level + "）" : "";
    r.ctx.error(r.sheet, address, `${label}应为${digits}位数字（${level}）${found}，实为“${code}”`);
    return "";
  }
  try {
    if (!findCode(scheme, code, year)) {
      r.ctx.error(r.sheet, address, `“${code}”不是${year}年有效的${what}，请对照当年的政府收支分类科目`);
      return "";
    }
  } catch (e) {
    if (!(e instanceof ClassificationYearError)) throw e;
    if (!r.ctx.hasError({ sheet: r.sheet })) r.ctx.error(r.sheet, undefined, e.message);
    return "";
  }
  return code;
}

/**
 * 支出明细 and 基本支出经济分类 → the document's lines; null when 明细未随原文公开 says the tables
 * were not published with the text (the sheets must then be empty).
 */
export function readLines(r: Reader, econ: Reader, year: number): BudgetLines | null {
  const { cell, label, value } = LINES_BLOCK.notPublished;
  const notPublished = r?.peek(cell) ?? "";
  if (r && notPublished !== "" && notPublished !== value) r.ctx.error(r.sheet, cell, `“${label}”只能填“${value}”或留空，实为“${notPublished}”`);
  const carryForward = r?.amount(LINES_BLOCK.carryForward.cell, "结转下年", "lines.carryForward") ?? null;
  const expenditure = r ? readExpenditureLines(r, year) : [];
  const economic = econ ? readEconomicLines(econ, year) : [];
  if (r && notPublished === value) {
    if (expenditure.length === 0 && economic.length === 0 && carryForward === null) return null;
    r.ctx.error(r.sheet, cell, `已填写支出明细、经济分类明细或结转下年，“${label}”应留空`);
  }
  return { expenditure, economic, carryForward: carryForward ?? 0 };
}

function readExpenditureLines(r: SheetReader, year: number): ExpenditureLine[] {
  const lines: ExpenditureLine[] = [];
  r.ctx.at("lines.expenditure", r.sheet);
  for (const row of r.tableRows(TABLES.lines)) {
    const amounts = LINE_AMOUNT_COLUMNS.map(([kind, label], i) => ({ kind, label, cell: row.cell(4 + i) }));
    const filled = amounts.filter((a) => r.peek(a.cell) !== "");
    if (lines.length + filled.length > MAX_EXPENDITURE_LINES) {
      r.ctx.error(r.sheet, row.cell(0), `支出明细最多${MAX_EXPENDITURE_LINES}条（每个填了金额的单元格一条），从此行起超出`);
      break;
    }
    const i = lines.length;
    const functionCode = readCode(r, row.cell(0), `lines.expenditure.${i}.functionCode`, "function", year);
    const sourceText = r.text(row.cell(2), `lines.expenditure.${i}.source`);
    const source = fundingSource(sourceText);
    if (!source) {
      const names = REVENUE_SOURCE_KEYS.map((k) => FUNDING_NAMES[k]).join("、");
      r.ctx.error(r.sheet, row.cell(2), sourceText === "" ? "请填写资金来源" : `资金来源应为${names}之一，实为“${sourceText}”`);
    }
    const project = r.text(row.cell(3), `lines.expenditure.${i}.project`);
    if (filled.length === 0) {
      r.ctx.error(r.sheet, row.cell(4), "请在“人员经费”“公用经费”或“项目支出”列填写金额");
      continue;
    }
    if (project !== "" && !filled.some((a) => a.kind === "project")) {
      r.ctx.error(r.sheet, row.cell(3), "项目名称只用于项目支出：请在本行“项目支出”列填写金额，或清空项目名称");
    }
    for (const a of filled) {
      const path = `lines.expenditure.${lines.length}`;
      r.ctx.at(`${path}.functionCode`, r.sheet, row.cell(0));
      r.ctx.at(`${path}.source`, r.sheet, row.cell(2));
      r.ctx.at(`${path}.project`, r.sheet, row.cell(3));
      lines.push({
        functionCode,
        kind: a.kind,
        source: source ?? "general",
        project: a.kind === "project" ? project : "",
        amount: r.amount(a.cell, a.label, `${path}.amount`) ?? 0,
      });
    }
  }
  return lines;
}

function readEconomicLines(r: SheetReader, year: number): EconomicLine[] {
  const lines: EconomicLine[] = [];
  r.ctx.at("lines.economic", r.sheet);
  for (const row of r.tableRows(TABLES.economic)) {
    if (lines.length === MAX_ECONOMIC_LINES) {
      r.ctx.error(r.sheet, row.cell(0), `基本支出经济分类明细最多${MAX_ECONOMIC_LINES}行，从此行起超出`);
      break;
    }
    const path = `lines.economic.${lines.length}`;
    lines.push({
      economicCode: readCode(r, row.cell(0), `${path}.economicCode`, "economic", year),
      amount: r.requiredAmount(row.cell(2), "金额", `${path}.amount`),
    });
  }
  return lines;
}
