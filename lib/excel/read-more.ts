/**
 * Reading the second half of the workbook: 绩效活动, 政府采购, 国有资产, 拟购置资产, 名词解释,
 * 其他事项 and 所列数.
 */
import type { Activity, DisclosureDocument, GlossaryTerm, Indicator, PlannedPurchase, ProcurementLine, SubActivity } from "../disclosure/schema";
import { ASSETS_FORM, OTHER_FORM, STATED_FORM } from "./forms";
import { PROCUREMENT_STATEMENT, TABLES } from "./layout";
import { isNotStated } from "./cells";
import type { DataRow } from "./reader";
import type { Reader } from "./read-budget";

type Doc = DisclosureDocument;

/**
 * 绩效活动: a row with 级次 and 职责活动 starts an activity (级次 1) or a sub-activity of the last
 * level-1 activity (级次 2); its 绩效指标 columns, and those of the following rows with an empty
 * 职责活动, are the indicators of the activity last started.
 */
export function readActivities(r: Reader): Activity[] {
  if (!r) return [];
  const activities: Activity[] = [];
  let current: { item: SubActivity; path: string } | undefined;
  let parent: { item: Activity; path: string } | undefined;
  const rows = r.tableRows(TABLES.activities);
  const levelOne: DataRow[] = [];

  const indicator = (row: DataRow) => {
    const filled = [5, 6, 7, 8, 9].some((i) => r.peek(row.cell(i)) !== "");
    if (!filled) return;
    if (!current) {
      r.ctx.error(r.sheet, row.cell(5), "绩效指标之前应先填写所属职责活动（级次和职责活动）");
      return;
    }
    const path = `${current.path}.indicators.${current.item.indicators.length}`;
    const item: Indicator = {
      name: r.text(row.cell(5), `${path}.name`),
      excellent: r.text(row.cell(6), `${path}.excellent`),
      good: r.text(row.cell(7), `${path}.good`),
      fair: r.text(row.cell(8), `${path}.fair`),
      poor: r.text(row.cell(9), `${path}.poor`),
    };
    if (current.item.indicators.length === 50) r.ctx.at(`${current.path}.indicators`, r.sheet, row.cell(5));
    current.item.indicators.push(item);
  };

  for (const row of rows) {
    const levelText = r.peek(row.cell(0));
    const title = r.peek(row.cell(1));
    const details = [2, 3, 4].some((i) => r.peek(row.cell(i)) !== "");
    if (levelText === "" && title === "") {
      if (details) r.ctx.error(r.sheet, row.cell(1), "请填写职责活动（预算数、内容描述、绩效目标须填在职责活动所在行）");
      else indicator(row);
      continue;
    }
    const level = levelText === "1" ? 1 : levelText === "2" ? 2 : null;
    const refuse = (message: string) => {
      r.ctx.error(r.sheet, row.cell(0), message);
      // Indicators on the following rows belong to this refused row: absorb them quietly.
      current = { item: { title, budget: null, description: "", goal: "", indicators: [] }, path: "-" };
    };
    if (level === null) {
      refuse(levelText === "" ? "请填写级次（1 或 2）" : `级次应为 1 或 2，实为“${levelText}”`);
      continue;
    }
    if (level === 2 && !parent) {
      refuse("二级职责活动之前应先填写一级职责活动");
      continue;
    }
    const path = level === 1 ? `performance.activities.${activities.length}` : `${parent?.path}.children.${parent?.item.children.length}`;
    const fields: SubActivity = {
      title: r.text(row.cell(1), `${path}.title`),
      budget: r.amount(row.cell(2), "年度预算数", `${path}.budget`),
      description: r.text(row.cell(3), `${path}.description`),
      goal: r.text(row.cell(4), `${path}.goal`),
      indicators: [],
    };
    r.ctx.at(`${path}.indicators`, r.sheet, row.cell(5));
    if (level === 1) {
      const item: Activity = { ...fields, children: [] };
      activities.push(item);
      levelOne.push(row);
      parent = { item, path };
      r.ctx.at(`${path}.children`, r.sheet, row.cell(1));
      current = parent;
    } else if (parent) {
      if (parent.item.children.length === 50) r.ctx.at(`${parent.path}.children`, r.sheet, row.cell(1));
      parent.item.children.push(fields);
      current = { item: fields, path };
    }
    indicator(row);
  }
  r.locateArray("performance.activities", levelOne, 100);
  return activities;
}

export function readProcurement(r: Reader): Pick<Doc["procurement"], "lines" | "emptyStatement"> {
  if (!r) return { lines: [], emptyStatement: "" };
  const at = PROCUREMENT_STATEMENT.row;
  if (r.peek(`A${at}`) !== PROCUREMENT_STATEMENT.label) {
    r.ctx.error(r.sheet, `A${at}`, `应为“${PROCUREMENT_STATEMENT.label}”（请勿修改）`);
  }
  const emptyStatement = r.text(`B${at}`, "procurement.emptyStatement");
  const lines = r.tableRows(TABLES.procurement, "procurement.lines", 500).map((row, i): ProcurementLine => {
    const p = `procurement.lines.${i}`;
    const c = (index: number) => row.cell(index);
    const funding = (index: number, key: string) => r.amount(c(index), TABLES.procurement.columns[index]?.label ?? key, `${p}.${key}`) ?? 0;
    const stated = r.amount(c(12), "所列合计", `${p}.statedTotal`);
    return {
      sourceProject: r.text(c(0), `${p}.sourceProject`),
      sourceBudget: r.amount(c(1), "来源预算资金", `${p}.sourceBudget`),
      catalogCode: r.text(c(2), `${p}.catalogCode`),
      item: r.text(c(3), `${p}.item`),
      unit: r.text(c(4), `${p}.unit`),
      unitPrice: r.amount(c(5), "单价", `${p}.unitPrice`),
      quantity: r.count(c(6), "数量", `${p}.quantity`, false),
      general: funding(7, "general"),
      fund: funding(8, "fund"),
      specialAccount: funding(9, "specialAccount"),
      other: funding(10, "other"),
      otherChannels: funding(11, "otherChannels"),
      ...(stated === null ? {} : { statedTotal: stated }),
    };
  });
  return { lines, emptyStatement };
}

export function readAssetTable(r: Reader, fallbackAsOf: string): Doc["assets"]["table"] {
  const table: Doc["assets"]["table"] = {
    asOf: fallbackAsOf,
    buildingsArea: 0,
    buildingsValue: 0,
    officeArea: 0,
    officeValue: 0,
    vehicleCount: 0,
    vehicleValue: 0,
    equipmentValue: 0,
    otherValue: 0,
  };
  const rows = r?.formRows(ASSETS_FORM);
  if (!r || !rows) return table;
  const b = (key: keyof typeof rows) => `B${rows[key]}`;
  const path = (key: string) => `assets.table.${key}`;
  const label = (key: keyof typeof ASSETS_FORM.rows) => ASSETS_FORM.rows[key].label;
  table.asOf = r.date(b("asOf"), "截止时间", path("asOf"));
  table.buildingsArea = r.count(b("buildingsArea"), label("buildingsArea"), path("buildingsArea"), false) ?? 0;
  table.officeArea = r.count(b("officeArea"), label("officeArea"), path("officeArea"), false) ?? 0;
  table.vehicleCount = r.count(b("vehicleCount"), label("vehicleCount"), path("vehicleCount"), true) ?? 0;
  for (const key of ["buildingsValue", "officeValue", "vehicleValue", "equipmentValue", "otherValue"] as const) {
    table[key] = r.amount(b(key), label(key), path(key)) ?? 0;
  }
  return table;
}

export function readPurchases(r: Reader): PlannedPurchase[] {
  if (!r) return [];
  return r.tableRows(TABLES.purchases, "assets.plannedPurchases", 200).map((row, i) => {
    const p = `assets.plannedPurchases.${i}`;
    return {
      item: r.text(row.cell(0), `${p}.item`),
      quantity: r.count(row.cell(1), "数量", `${p}.quantity`, true),
      unit: r.text(row.cell(2), `${p}.unit`),
      amount: r.requiredAmount(row.cell(3), "金额", `${p}.amount`),
    };
  });
}

export function readGlossary(r: Reader): GlossaryTerm[] {
  if (!r) return [];
  return r.tableRows(TABLES.glossary, "glossary", 100).map((row, i) => ({
    term: r.text(row.cell(0), `glossary.${i}.term`),
    definition: r.text(row.cell(1), `glossary.${i}.definition`),
  }));
}

export function readOther(r: Reader): string {
  const rows = r?.formRows(OTHER_FORM);
  if (!r || !rows) return "";
  return r.text(`B${rows.otherMatters}`, "otherMatters");
}

export type StatedKey = keyof typeof STATED_FORM.rows;

/** The document path of each stated figure. */
export const STATED_PATHS: Record<StatedKey, string> = {
  revenueTotal: "revenue.statedTotal",
  expenditureTotal: "expenditure.statedTotal",
  basic: "expenditure.statedBasic",
  project: "expenditure.statedProject",
  changeTotal: "change.stated.total",
  changeBasic: "change.stated.basic",
  changePersonnel: "change.stated.personnel",
  changePublicFunds: "change.stated.publicFunds",
  changeProject: "change.stated.project",
  totalPercent: "change.stated.totalPercent",
  basicPercent: "change.stated.basicPercent",
  projectPercent: "change.stated.projectPercent",
  operatingTotal: "operatingCosts.statedTotal",
  sangongTotal: "sangong.statedTotal",
  sangongVehicle: "sangong.statedVehicle",
  sangongChange: "sangong.statedChange",
  procurementTotal: "procurement.statedTotal",
  plannedTotal: "assets.statedPlannedTotal",
  assetTotal: "assets.table.statedTotal",
};

/**
 * The totals whose cell may hold the text 未列示: the department does not state that section's
 * figure at all (revenue.notStated / operatingCosts.notStated), distinct from an empty cell (a
 * total not printed, computed from the rows).
 */
export const STATABLE_TOTALS = { revenueTotal: "revenue.notStated", operatingTotal: "operatingCosts.notStated" } as const;
export type StatableTotal = keyof typeof STATABLE_TOTALS;

/** Which of STATABLE_TOTALS the 所列数 sheet marks 未列示. */
export function readNotStatedTotals(r: Reader): Record<StatableTotal, boolean> {
  const marked = { revenueTotal: false, operatingTotal: false };
  const rows = r?.formRows(STATED_FORM);
  if (!r || !rows) return marked;
  for (const key of Object.keys(STATABLE_TOTALS) as StatableTotal[]) marked[key] = isNotStated(r.raw(`B${rows[key]}`));
  return marked;
}

/** The stated figures that are filled in; an empty cell is a figure not stated. */
export function readStated(r: Reader): Partial<Record<StatedKey, number>> {
  const stated: Partial<Record<StatedKey, number>> = {};
  const rows = r?.formRows(STATED_FORM);
  if (!r || !rows) return stated;
  for (const key of Object.keys(STATED_PATHS) as StatedKey[]) {
    const field = STATED_FORM.rows[key];
    const address = `B${rows[key]}`;
    // 未列示 in 收入合计 / 机关运行经费合计: no printed total (readNotStatedTotals reads the mark).
    if (Object.hasOwn(STATABLE_TOTALS, key) && isNotStated(r.raw(address))) continue;
    const value =
      field.kind === "percent"
        ? r.percent(address, field.label, STATED_PATHS[key])
        : r.amount(address, field.label, STATED_PATHS[key], field.kind === "signedAmount");
    if (value !== null) stated[key] = value;
  }
  return stated;
}
