/**
 * The documents a new year's draft starts from: an empty one (glossary pre-filled with the
 * standard terms), or last year's approved disclosure — duties, units, structure and texts carried
 * over, this year's amounts empty, last year's figures as the prior-year amounts.
 *
 * Either way every figure that may be 未列示 starts not stated — 收入 and 机关运行经费 marked
 * (`notStated: true`), 人员经费, 日常公用经费 and the four 三公 items null — so that nothing an
 * editor never entered is published as 0.00; the editor unmarks a figure to enter it (a stated
 * 0 is then an explicit choice), and the completeness check names each one still 未列示.
 */
import { standardGlossary } from "./glossary";
import { deriveFigures } from "./figures";
import { carryLineCodes } from "./line-codes";
import { NO_STAFF, type BudgetLines } from "./schema-lines";
import type { AssetTable, DisclosureDocument, Sangong, SangongPrior } from "./schema";

/** A new draft states no 三公 item, this year's or last year's, until someone enters it (or last year's disclosure gives it). */
const UNSTATED_SANGONG: Sangong & SangongPrior = { abroad: null, vehiclePurchase: null, vehicleOperation: null, reception: null };
const NO_LINES: BudgetLines = { expenditure: [], economic: [], carryForward: 0 };

export function emptyDocument(year: number): DisclosureDocument {
  return {
    schemaVersion: 2,
    preamble: "",
    duties: [],
    units: [],
    overview: "",
    revenue: {
      intro: "",
      prior: null,
      sources: [
        { key: "general", label: "一般公共预算拨款收入", amount: 0 },
        { key: "fund", label: "政府性基金预算拨款收入", amount: 0 },
        { key: "specialAccount", label: "财政专户核拨收入", amount: 0 },
        { key: "other", label: "其他来源收入", amount: 0 },
      ],
      notStated: true,
    },
    expenditure: { intro: "", personnel: null, publicFunds: null, projects: [] },
    change: {
      priorYear: year - 1,
      prior: { personnel: null, publicFunds: null, project: null },
      stated: {},
      reasons: { personnel: "", publicFunds: "", project: "" },
    },
    operatingCosts: { purpose: "", items: [], prior: null, notStated: true },
    sangong: {
      current: { ...UNSTATED_SANGONG },
      prior: { ...UNSTATED_SANGONG },
      reasons: { abroad: "", vehiclePurchase: "", vehicleOperation: "", reception: "" },
    },
    performance: { overallGoals: [], activities: [] },
    procurement: { lines: [], emptyStatement: "" },
    assets: {
      plannedPurchases: [],
      table: {
        asOf: `${year - 1}-12-31`,
        buildingsArea: 0,
        buildingsValue: 0,
        officeArea: 0,
        officeValue: 0,
        vehicleCount: 0,
        vehicleValue: 0,
        equipmentValue: 0,
        otherValue: 0,
      },
    },
    glossary: standardGlossary(),
    otherMatters: "",
    lines: structuredClone(NO_LINES),
    staff: { ...NO_STAFF },
  };
}

/** Next year's draft from last year's approved disclosure. */
export function draftFromPrevious(previous: DisclosureDocument, year: number): DisclosureDocument {
  const figures = deriveFigures(previous);
  const empty = emptyDocument(year);
  const zeroed = <T extends { amount: number }>(rows: T[]) => rows.map((row) => ({ ...row, amount: 0 }));
  return {
    ...empty,
    preamble: previous.preamble.replaceAll(String(year - 1), String(year)),
    duties: [...previous.duties],
    units: previous.units.map((u) => ({ ...u })),
    overview: previous.overview,
    // Last year's rows are carried with empty amounts, this year's figures 未列示 until entered:
    // 机关运行经费's carried items would otherwise state a total of 0.00 (an item listed states it).
    revenue: { intro: previous.revenue.intro, sources: zeroed(previous.revenue.sources), prior: figures.revenueTotal, notStated: true },
    expenditure: { intro: previous.expenditure.intro, personnel: null, publicFunds: null, projects: zeroed(previous.expenditure.projects) },
    change: {
      ...empty.change,
      // A last year that stated no expenditure at all gives no base (its 0.00 was never stated).
      prior: figures.stated.expenditure
        ? { personnel: figures.personnel, publicFunds: figures.publicFunds, project: figures.project }
        : { personnel: null, publicFunds: null, project: null },
    },
    operatingCosts: { purpose: previous.operatingCosts.purpose, items: zeroed(previous.operatingCosts.items), prior: figures.operatingCosts, notStated: true },
    sangong: { ...empty.sangong, prior: { ...previous.sangong.current } },
    performance: {
      overallGoals: [...previous.performance.overallGoals],
      activities: previous.performance.activities.map((a) => ({
        ...structuredClone(a),
        budget: null,
        children: a.children.map((c) => ({ ...structuredClone(c), budget: null })),
      })),
    },
    assets: { plannedPurchases: [], table: carriedAssetTable(previous.assets.table, year) },
    glossary: previous.glossary.map((g) => ({ ...g })),
    // Last year's codes carried over (as this year's codes) with empty amounts; a year without tables starts empty.
    lines: previous.lines
      ? carryLineCodes({ expenditure: zeroed(previous.lines.expenditure), economic: zeroed(previous.lines.economic), carryForward: 0 }, year - 1, year)
      : structuredClone(NO_LINES),
    staff: { ...previous.staff },
  };
}

/** Last year's asset table as a starting point, dated this year, without its printed total. */
function carriedAssetTable(table: AssetTable, year: number): AssetTable {
  const carried: AssetTable = { ...table, asOf: `${year - 1}-12-31` };
  delete carried.statedTotal;
  return carried;
}
