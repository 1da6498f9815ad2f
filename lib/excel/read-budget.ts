/**
 * Reading the first half of the workbook: 概述, 部门职责, 机构设置, 收入, 支出, 上年数及增减说明,
 * 机关运行经费, 三公经费. A missing sheet (already reported) reads as empty.
 */
import {
  REVENUE_SOURCE_KEYS,
  SANGONG_ITEMS,
  type DisclosureDocument,
  type NamedAmount,
  type RevenueSource,
  type Sangong,
  type SangongPrior,
  type Unit,
} from "../disclosure/schema";
import { CHANGE_FORM, OVERVIEW_FORM, SANGONG_FORM } from "./forms";
import { BASIC_ROWS, EXPENDITURE_KINDS, REVENUE_KEY_NAMES, TABLES, headerText, type Field } from "./layout";
import type { SheetReader } from "./reader";

type Doc = DisclosureDocument;
export type Reader = SheetReader | undefined;

export interface OverviewTexts {
  preamble: string;
  overview: string;
  revenueIntro: string;
  expenditureIntro: string;
  operatingPurpose: string;
}

const OVERVIEW_PATHS: Record<keyof OverviewTexts, string> = {
  preamble: "preamble",
  overview: "overview",
  revenueIntro: "revenue.intro",
  expenditureIntro: "expenditure.intro",
  operatingPurpose: "operatingCosts.purpose",
};

/** The 概述 sheet's marks 本年收入未列示 / 机关运行经费未列示: true, false, or undefined (no mark, or a workbook older than the rows). */
export interface NotStatedMarks {
  revenue: boolean | undefined;
  operating: boolean | undefined;
}

/** The 概述 sheet: its texts and the two sections' marks 未列示 (read from one pass over its rows). */
export function readOverview(r: Reader): OverviewTexts & { marks: NotStatedMarks } {
  const texts: OverviewTexts = { preamble: "", overview: "", revenueIntro: "", expenditureIntro: "", operatingPurpose: "" };
  const marks: NotStatedMarks = { revenue: undefined, operating: undefined };
  const rows = r?.formRows(OVERVIEW_FORM);
  if (!r || !rows) return { ...texts, marks };
  for (const key of Object.keys(OVERVIEW_PATHS) as (keyof OverviewTexts)[]) {
    texts[key] = r.text(`B${rows[key]}`, OVERVIEW_PATHS[key]);
  }
  const { revenueNotStated: revenue, operatingNotStated: operating } = OVERVIEW_FORM.rows;
  if (Object.hasOwn(rows, "revenueNotStated")) marks.revenue = r.notStatedMark(`B${rows.revenueNotStated}`, revenue.label, "revenue.notStated");
  if (Object.hasOwn(rows, "operatingNotStated")) marks.operating = r.notStatedMark(`B${rows.operatingNotStated}`, operating.label, "operatingCosts.notStated");
  return { ...texts, marks };
}

/** A numbered list sheet (部门职责, 总体绩效目标): the text in column B of each row. */
export function readList(r: Reader, spec: typeof TABLES.duties | typeof TABLES.goals, path: string, max: number): string[] {
  if (!r) return [];
  return r.tableRows(spec, path, max).map((row, i) => r.text(row.cell(1), `${path}.${i}`));
}

export function readUnits(r: Reader): Unit[] {
  if (!r) return [];
  return r.tableRows(TABLES.units, "units", 200).map((row, i) => ({
    name: r.text(row.cell(0), `units.${i}.name`),
    nature: r.text(row.cell(1), `units.${i}.nature`),
    rank: r.text(row.cell(2), `units.${i}.rank`),
    funding: r.text(row.cell(3), `units.${i}.funding`),
  }));
}

type RevenueKey = RevenueSource["key"];

function revenueKey(text: string): RevenueKey | undefined {
  return (
    REVENUE_SOURCE_KEYS.find((k) => k === text) ?? REVENUE_SOURCE_KEYS.find((k) => REVENUE_KEY_NAMES[k] === text)
  );
}

export function readRevenue(r: Reader): RevenueSource[] {
  if (!r) return [];
  return r.tableRows(TABLES.revenue, "revenue.sources", 20).map((row, i) => {
    const path = `revenue.sources.${i}`;
    const code = r.text(row.cell(0), `${path}.key`);
    const key = revenueKey(code);
    if (!key) {
      const message = code === "" ? "请填写来源代码" : `来源代码应为 ${REVENUE_SOURCE_KEYS.join("、")} 之一，实为“${code}”`;
      r.ctx.error(r.sheet, row.cell(0), message);
    }
    return {
      key: key ?? "general",
      label: r.text(row.cell(1), `${path}.label`),
      amount: r.requiredAmount(row.cell(2), "金额", `${path}.amount`),
    };
  });
}

export function readExpenditure(r: Reader): Pick<Doc["expenditure"], "personnel" | "publicFunds" | "projects"> {
  const result: Pick<Doc["expenditure"], "personnel" | "publicFunds" | "projects"> = { personnel: 0, publicFunds: 0, projects: [] };
  if (!r) return result;
  const rows = r.tableRows(TABLES.expenditure);
  const seen = new Set<keyof typeof BASIC_ROWS>();
  const projectRows: typeof rows = [];
  for (const row of rows) {
    const kind = r.peek(row.cell(0));
    const name = r.peek(row.cell(1));
    if (kind === EXPENDITURE_KINDS.project) {
      const i = projectRows.push(row) - 1;
      result.projects.push({
        name: r.text(row.cell(1), `expenditure.projects.${i}.name`),
        amount: r.requiredAmount(row.cell(2), "金额", `expenditure.projects.${i}.amount`),
      });
    } else if (kind === EXPENDITURE_KINDS.basic) {
      const key = (Object.keys(BASIC_ROWS) as (keyof typeof BASIC_ROWS)[]).find((k) => BASIC_ROWS[k] === name);
      if (!key) {
        r.ctx.error(r.sheet, row.cell(1), `基本支出的名称应为“人员经费”或“日常公用经费”，实为“${name}”`);
      } else if (seen.has(key)) {
        r.ctx.error(r.sheet, row.cell(1), `“${name}”只能填写一行`);
      } else {
        seen.add(key);
        result[key] = r.statableAmount(row.cell(2), BASIC_ROWS[key], `expenditure.${key}`, "required");
      }
    } else {
      const message = kind === "" ? "请填写支出类别（基本支出或项目支出）" : `支出类别应为“基本支出”或“项目支出”，实为“${kind}”`;
      r.ctx.error(r.sheet, row.cell(0), message);
    }
  }
  for (const key of Object.keys(BASIC_ROWS) as (keyof typeof BASIC_ROWS)[]) {
    if (!seen.has(key) && !r.headerFailed) r.ctx.error(r.sheet, undefined, `缺少“${BASIC_ROWS[key]}”行（支出类别：基本支出）`);
  }
  r.locateArray("expenditure.projects", projectRows, 300);
  return result;
}

export function readChange(r: Reader, fallbackYear: number): Doc["change"] {
  const change: Doc["change"] = {
    priorYear: fallbackYear,
    prior: { personnel: null, publicFunds: null, project: null }, // an empty cell: not stated
    stated: {},
    reasons: { personnel: "", publicFunds: "", project: "" },
  };
  const rows = r?.formRows(CHANGE_FORM);
  if (!r || !rows) return change;
  const b = (key: keyof typeof rows) => `B${rows[key]}`;
  const year = r.count(b("priorYear"), "上年度", "change.priorYear", true);
  if (year === null) r.ctx.error(r.sheet, b("priorYear"), "请填写上年度");
  else if (year < 1990 || year > 2100) r.ctx.error(r.sheet, b("priorYear"), `上年度应为四位年份，实为“${year}”`);
  else change.priorYear = year;
  for (const key of ["personnel", "publicFunds", "project"] as const) {
    const field: Field = CHANGE_FORM.rows[key];
    change.prior[key] = r.amount(b(key), field.label, `change.prior.${key}`);
    change.reasons[key] = r.text(b(`${key}Reason`), `change.reasons.${key}`);
  }
  return change;
}

export function readOperating(r: Reader): NamedAmount[] {
  if (!r) return [];
  return r.tableRows(TABLES.operating, "operatingCosts.items", 50).map((row, i) => ({
    name: r.text(row.cell(0), `operatingCosts.items.${i}.name`),
    amount: r.requiredAmount(row.cell(1), "金额", `operatingCosts.items.${i}.amount`),
  }));
}

export function readSangong(r: Reader): Pick<Doc["sangong"], "current" | "prior" | "reasons"> {
  const zero = (): Sangong => ({ abroad: 0, vehiclePurchase: 0, vehicleOperation: 0, reception: 0 });
  const unstated = (): SangongPrior => ({ abroad: null, vehiclePurchase: null, vehicleOperation: null, reception: null });
  const result = { current: zero(), prior: unstated(), reasons: { abroad: "", vehiclePurchase: "", vehicleOperation: "", reception: "" } };
  const rows = r?.formRows(SANGONG_FORM, TABLES.sangong.columns.map(headerText));
  if (!r || !rows) return result;
  for (const key of SANGONG_ITEMS) {
    const row = rows[key];
    const label = SANGONG_FORM.rows[key].label;
    result.current[key] = r.statableAmount(`B${row}`, `本年${label}`, `sangong.current.${key}`, 0);
    result.prior[key] = r.amount(`C${row}`, `上年${label}`, `sangong.prior.${key}`);
    result.reasons[key] = r.text(`D${row}`, `sangong.reasons.${key}`);
  }
  return result;
}
