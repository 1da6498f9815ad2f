/**
 * Every total, subtotal and change of a disclosure, derived from its lines. The rendering, the
 * checks, the comparison table (db `disclosure_figures`) and the editor all read figures from
 * here, so no figure is ever typed in twice.
 *
 * Where a document carries budget lines (schema-lines.ts), 人员经费, 公用经费 and 项目支出 are
 * computed from them; otherwise (historic documents) from the typed figures. A prior-year figure
 * is the one the document states, else last year's published figure when the caller has it
 * (`previous`), else null: not stated — and every change and percentage built on it is null too.
 */
import { percentChange, sum, wanOr, type Yuan } from "../money";
import { hasLines, lineFigures } from "./line-sums";
import { SANGONG_ITEMS, type DisclosureDocument, type Sangong, type SangongItem } from "./schema";
import type { HeadlineFigures } from "./measures";

/** What every page prints where a figure was not stated (distinct from 0.00). */
export const NOT_STATED = "未列示";

/** "12.00", or 未列示 for a figure not stated. */
export function wanOrNotStated(yuan: Yuan | null): string {
  return wanOr(yuan, NOT_STATED);
}

export type SangongKey = SangongItem | "vehicle" | "total";
/**
 * 三公 figures of which some may not be stated (未列示: null) — this year's items as much as a
 * prior year or a change. 公务用车购置及运行维护费 (vehicle) and the total are null as soon as one
 * of their items is: a sum over a figure nobody stated is not known.
 */
export type MaybeSangongFigures = Record<SangongKey, Yuan | null>;

export type ExpenditureKey = "personnel" | "publicFunds" | "basic" | "project" | "total";
type Maybe = Yuan | null;

export interface DerivedFigures {
  /** 收入总计 (with 上年结转结余) and 本年收入合计 (without it); null: not stated (revenueStated). */
  revenueTotal: Maybe;
  revenueCurrent: Maybe;
  revenuePrior: Maybe;
  revenueChange: Maybe;
  revenueChangePercent: number | null;
  /** null: the document does not state it (未列示), and then 基本支出 and the totals are not known either. */
  personnel: Maybe;
  publicFunds: Maybe;
  basic: Maybe;
  project: Yuan;
  /** 本年支出合计 = 基本支出 + 项目支出. */
  expenditureTotal: Maybe;
  /** 结转下年, and 支出总计 = 本年支出合计 + 结转下年. */
  carryForward: Yuan;
  expenditureGrandTotal: Maybe;
  prior: Record<ExpenditureKey, Maybe>;
  change: Record<ExpenditureKey, Maybe>;
  changePercent: Record<ExpenditureKey, number | null>;
  /** null: not stated (operatingCostsStated). */
  operatingCosts: Maybe;
  operatingCostsPrior: Maybe;
  operatingCostsChange: Maybe;
  operatingCostsChangePercent: number | null;
  sangong: MaybeSangongFigures;
  sangongPrior: MaybeSangongFigures;
  sangongChange: MaybeSangongFigures;
  sangongChangePercent: Record<SangongKey, number | null>;
  activityBudgets: Yuan;
  procurementTotal: Yuan;
  plannedPurchases: Yuan;
  assetTotal: Yuan;
  /** The expenditure figures come from budget lines. */
  fromLines: boolean;
  /** Whether a section states its figures at all (else its sentences are not printed). */
  stated: { revenue: boolean; expenditure: boolean; operatingCosts: boolean };
}

export function sangongFigures(items: Sangong): MaybeSangongFigures {
  return maybeSangong(items);
}

/** a + b, null when either is not stated. */
export function plus(a: Maybe, b: Maybe): Maybe {
  return a === null || b === null ? null : a + b;
}

/** current − prior, null when either is not stated. */
export function minus(current: Maybe, prior: Maybe): Maybe {
  return current === null || prior === null ? null : current - prior;
}

/** change ÷ prior in percent (two decimals); null without a stated, non-zero prior. */
export function percentOf(change: Maybe, prior: Maybe): number | null {
  return change === null || prior === null ? null : percentChange(change, prior);
}

function maybeSangong(items: Record<SangongItem, Maybe>): MaybeSangongFigures {
  const vehicle = plus(items.vehiclePurchase, items.vehicleOperation);
  return { ...items, vehicle, total: plus(plus(items.abroad, vehicle), items.reception) };
}

/** One procurement line's amount: Σ of its funding columns. */
export function procurementLineTotal(line: DisclosureDocument["procurement"]["lines"][number]): Yuan {
  return line.general + line.fund + line.specialAccount + line.other + line.otherChannels;
}

export function assetTotal(table: DisclosureDocument["assets"]["table"]): Yuan {
  return table.buildingsValue + table.vehicleValue + table.equipmentValue + table.otherValue;
}

/** 人员经费, 日常公用经费 (null: not stated), 项目支出: from the lines where there are lines. */
function expenditureParts(doc: DisclosureDocument): { personnel: Maybe; publicFunds: Maybe; project: Yuan } {
  if (hasLines(doc)) return lineFigures(doc.lines);
  const { expenditure } = doc;
  return { personnel: expenditure.personnel, publicFunds: expenditure.publicFunds, project: sum(expenditure.projects.map((p) => p.amount)) };
}

/**
 * Whether the document states its revenue / its 机关运行经费. The explicit flag wins (true: 未列示,
 * false: stated, even as a 0 with no rows); without it (every document older than the flag) the
 * older implicit rule: not stated when it lists no amount and prints no total.
 */
export function revenueStated(doc: DisclosureDocument): boolean {
  const flag = doc.revenue.notStated;
  return flag === undefined ? doc.revenue.statedTotal !== undefined || doc.revenue.sources.some((s) => s.amount !== 0) : !flag;
}
export function operatingCostsStated(doc: DisclosureDocument): boolean {
  const flag = doc.operatingCosts.notStated;
  return flag === undefined ? doc.operatingCosts.statedTotal !== undefined || doc.operatingCosts.items.length > 0 : !flag;
}

/**
 * Σ of the sources / the items; null where the document does not state the figure — marked
 * 未列示, or (without the mark) nothing entered at all: a sum over amounts nobody wrote is no 0.00.
 */
const revenueOf = (doc: DisclosureDocument): Maybe => (revenueStated(doc) ? sum(doc.revenue.sources.map((s) => s.amount)) : null);
const operatingOf = (doc: DisclosureDocument): Maybe => (operatingCostsStated(doc) ? sum(doc.operatingCosts.items.map((i) => i.amount)) : null);

export function deriveFigures(doc: DisclosureDocument, previous?: DisclosureDocument | null): DerivedFigures {
  const { personnel, publicFunds, project } = expenditureParts(doc);
  const basic = plus(personnel, publicFunds);
  const current: Record<ExpenditureKey, Maybe> = { personnel, publicFunds, basic, project, total: plus(basic, project) };

  // Last year's published figures, used where this document leaves a prior-year figure unstated.
  const last = previous ? lastYear(previous) : null;
  const entered = doc.change.prior;
  const priorPersonnel = entered.personnel ?? last?.personnel ?? null;
  const priorPublic = entered.publicFunds ?? last?.publicFunds ?? null;
  const priorProject = entered.project ?? last?.project ?? null;
  const priorBasic = plus(priorPersonnel, priorPublic);
  const prior: Record<ExpenditureKey, Maybe> = {
    personnel: priorPersonnel,
    publicFunds: priorPublic,
    basic: priorBasic,
    project: priorProject,
    total: plus(priorBasic, priorProject),
  };
  const keys = ["personnel", "publicFunds", "basic", "project", "total"] as const;
  const change = Object.fromEntries(keys.map((k) => [k, minus(current[k], prior[k])])) as Record<ExpenditureKey, Maybe>;
  const changePercent = Object.fromEntries(keys.map((k) => [k, percentOf(change[k], prior[k])])) as Record<ExpenditureKey, number | null>;

  const revenueTotal = revenueOf(doc);
  const revenueCurrent = revenueTotal === null ? null : sum(doc.revenue.sources.filter((s) => s.key !== "carryover").map((s) => s.amount));
  const revenuePrior = doc.revenue.prior ?? (previous ? revenueOf(previous) : null);
  const revenueChange = minus(revenueTotal, revenuePrior);

  const operatingCosts = operatingOf(doc);
  const operatingCostsPrior = doc.operatingCosts.prior ?? (previous ? operatingOf(previous) : null);
  const operatingCostsChange = minus(operatingCosts, operatingCostsPrior);

  const sangong = sangongFigures(doc.sangong.current);
  const sangongPrior = maybeSangong(
    Object.fromEntries(SANGONG_ITEMS.map((k) => [k, doc.sangong.prior[k] ?? previous?.sangong.current[k] ?? null])) as Record<SangongItem, Maybe>,
  );
  const sangongKeys = [...SANGONG_ITEMS, "vehicle", "total"] as const;
  const sangongChange = Object.fromEntries(sangongKeys.map((k) => [k, minus(sangong[k], sangongPrior[k])])) as MaybeSangongFigures;
  const sangongChangePercent = Object.fromEntries(
    sangongKeys.map((k) => [k, percentOf(sangongChange[k], sangongPrior[k])]),
  ) as Record<SangongKey, number | null>;

  const carryForward = doc.lines?.carryForward ?? 0;
  const { expenditure } = doc;
  return {
    revenueTotal,
    revenueCurrent,
    revenuePrior,
    revenueChange,
    revenueChangePercent: percentOf(revenueChange, revenuePrior),
    personnel,
    publicFunds,
    basic,
    project,
    expenditureTotal: current.total,
    carryForward,
    expenditureGrandTotal: plus(current.total, carryForward),
    prior,
    change,
    changePercent,
    operatingCosts,
    operatingCostsPrior,
    operatingCostsChange,
    operatingCostsChangePercent: percentOf(operatingCostsChange, operatingCostsPrior),
    sangong,
    sangongPrior,
    sangongChange,
    sangongChangePercent,
    activityBudgets: sum(doc.performance.activities.map((a) => a.budget ?? 0)),
    procurementTotal: sum(doc.procurement.lines.map(procurementLineTotal)),
    plannedPurchases: sum(doc.assets.plannedPurchases.map((p) => p.amount)),
    assetTotal: assetTotal(doc.assets.table),
    fromLines: hasLines(doc),
    stated: {
      revenue: revenueStated(doc),
      expenditure:
        hasLines(doc) ||
        expenditure.statedTotal !== undefined ||
        (expenditure.personnel !== null && expenditure.personnel !== 0) ||
        (expenditure.publicFunds !== null && expenditure.publicFunds !== 0) ||
        expenditure.projects.length > 0,
      operatingCosts: operatingCostsStated(doc),
    },
  };
}

/** Last year's figures as its published document gives them (its own lines where it has them). */
function lastYear(previous: DisclosureDocument): { personnel: Maybe; publicFunds: Maybe; project: Yuan } {
  return expenditureParts(previous);
}

export { HEADLINE_MEASURES, MEASURE_LABELS, type HeadlineFigures, type HeadlineMeasure, type HeadlineTotals } from "./measures";

/**
 * A document's headline figures, null where it states none (未列示): 人员经费 / 公用经费 left
 * unstated (and so 基本支出 and 支出总计), a 三公 item (and so its sums), a document stating no
 * expenditure or no 机关运行经费 at all. Comparisons, rankings and downloads then leave it out.
 */
export function headlineFigures(doc: DisclosureDocument): HeadlineFigures {
  const f = deriveFigures(doc);
  const spending = f.stated.expenditure;
  return {
    total: spending ? f.expenditureTotal : null,
    basic: spending ? f.basic : null,
    personnel: spending ? f.personnel : null,
    publicFunds: spending ? f.publicFunds : null,
    project: f.project,
    sangongTotal: f.sangong.total,
    sangongAbroad: f.sangong.abroad,
    sangongVehiclePurchase: f.sangong.vehiclePurchase,
    sangongVehicleOperation: f.sangong.vehicleOperation,
    sangongReception: f.sangong.reception,
    operatingCosts: f.stated.operatingCosts ? f.operatingCosts : null,
    assetTotal: f.assetTotal,
  };
}
