/**
 * Every total, subtotal and change of a disclosure, derived from its lines. The rendering, the
 * checks, the comparison table (db `disclosure_figures`) and the editor all read figures from
 * here, so no figure is ever typed in twice.
 */
import { percentChange, sum, type Yuan } from "../money";
import type { DisclosureDocument, Sangong } from "./schema";

export interface SangongFigures extends Sangong {
  vehicle: Yuan; // 公务用车购置及运行维护费 = 购置 + 运行维护
  total: Yuan;
}

export interface DerivedFigures {
  revenueTotal: Yuan;
  personnel: Yuan;
  publicFunds: Yuan;
  basic: Yuan;
  project: Yuan;
  expenditureTotal: Yuan;
  prior: { personnel: Yuan; publicFunds: Yuan; basic: Yuan; project: Yuan; total: Yuan };
  change: { personnel: Yuan; publicFunds: Yuan; basic: Yuan; project: Yuan; total: Yuan };
  changePercent: { basic: number | null; project: number | null; total: number | null };
  operatingCosts: Yuan;
  sangong: SangongFigures;
  sangongPrior: SangongFigures;
  sangongChange: SangongFigures;
  activityBudgets: Yuan;
  procurementTotal: Yuan;
  plannedPurchases: Yuan;
  assetTotal: Yuan;
}

export function sangongFigures(items: Sangong): SangongFigures {
  const vehicle = items.vehiclePurchase + items.vehicleOperation;
  return { ...items, vehicle, total: items.abroad + vehicle + items.reception };
}

function difference(a: SangongFigures, b: SangongFigures): SangongFigures {
  return {
    abroad: a.abroad - b.abroad,
    vehiclePurchase: a.vehiclePurchase - b.vehiclePurchase,
    vehicleOperation: a.vehicleOperation - b.vehicleOperation,
    reception: a.reception - b.reception,
    vehicle: a.vehicle - b.vehicle,
    total: a.total - b.total,
  };
}

/** One procurement line's amount: Σ of its funding columns. */
export function procurementLineTotal(line: DisclosureDocument["procurement"]["lines"][number]): Yuan {
  return line.general + line.fund + line.specialAccount + line.other + line.otherChannels;
}

export function assetTotal(table: DisclosureDocument["assets"]["table"]): Yuan {
  return table.buildingsValue + table.vehicleValue + table.equipmentValue + table.otherValue;
}

export function deriveFigures(doc: DisclosureDocument): DerivedFigures {
  const { expenditure, change } = doc;
  const basic = expenditure.personnel + expenditure.publicFunds;
  const project = sum(expenditure.projects.map((p) => p.amount));
  const priorBasic = change.prior.personnel + change.prior.publicFunds;
  const prior = {
    ...change.prior,
    basic: priorBasic,
    total: priorBasic + change.prior.project,
  };
  const current = { personnel: expenditure.personnel, publicFunds: expenditure.publicFunds, basic, project };
  const delta = {
    personnel: current.personnel - prior.personnel,
    publicFunds: current.publicFunds - prior.publicFunds,
    basic: basic - prior.basic,
    project: project - prior.project,
    total: basic + project - prior.total,
  };
  const sangong = sangongFigures(doc.sangong.current);
  const sangongPrior = sangongFigures(doc.sangong.prior);
  return {
    revenueTotal: sum(doc.revenue.sources.map((s) => s.amount)),
    personnel: expenditure.personnel,
    publicFunds: expenditure.publicFunds,
    basic,
    project,
    expenditureTotal: basic + project,
    prior,
    change: delta,
    changePercent: {
      basic: percentChange(delta.basic, prior.basic),
      project: percentChange(delta.project, prior.project),
      total: percentChange(delta.total, prior.total),
    },
    operatingCosts: sum(doc.operatingCosts.items.map((i) => i.amount)),
    sangong,
    sangongPrior,
    sangongChange: difference(sangong, sangongPrior),
    activityBudgets: sum(doc.performance.activities.map((a) => a.budget ?? 0)),
    procurementTotal: sum(doc.procurement.lines.map(procurementLineTotal)),
    plannedPurchases: sum(doc.assets.plannedPurchases.map((p) => p.amount)),
    assetTotal: assetTotal(doc.assets.table),
  };
}

/**
 * The headline figures compared across departments and years (db table `disclosure_figures`).
 * Keys are the comparison measures' ids.
 */
export const HEADLINE_MEASURES = [
  "total",
  "basic",
  "personnel",
  "publicFunds",
  "project",
  "sangongTotal",
  "sangongAbroad",
  "sangongVehiclePurchase",
  "sangongVehicleOperation",
  "sangongReception",
  "operatingCosts",
  "assetTotal",
] as const;
export type HeadlineMeasure = (typeof HEADLINE_MEASURES)[number];
export type HeadlineFigures = Record<HeadlineMeasure, Yuan>;

export const MEASURE_LABELS: Record<HeadlineMeasure, string> = {
  total: "支出总计",
  basic: "基本支出",
  personnel: "人员经费",
  publicFunds: "日常公用经费",
  project: "项目支出",
  sangongTotal: "“三公”经费合计",
  sangongAbroad: "因公出国（境）费",
  sangongVehiclePurchase: "公务用车购置费",
  sangongVehicleOperation: "公务用车运行维护费",
  sangongReception: "公务接待费",
  operatingCosts: "机关运行经费",
  assetTotal: "固定资产总额",
};

export function headlineFigures(doc: DisclosureDocument): HeadlineFigures {
  const f = deriveFigures(doc);
  return {
    total: f.expenditureTotal,
    basic: f.basic,
    personnel: f.personnel,
    publicFunds: f.publicFunds,
    project: f.project,
    sangongTotal: f.sangong.total,
    sangongAbroad: f.sangong.abroad,
    sangongVehiclePurchase: f.sangong.vehiclePurchase,
    sangongVehicleOperation: f.sangong.vehicleOperation,
    sangongReception: f.sangong.reception,
    operatingCosts: f.operatingCosts,
    assetTotal: f.assetTotal,
  };
}
