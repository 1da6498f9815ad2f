/**
 * The measures a 说明 text may put a number on: how a text names each one, and where its figures
 * come from. A new measure is one entry.
 *
 * `current` and `prior` return null when the document does not know the figure (not stated, or
 * not held at all): a number written about it is then "nothing to compare", never a finding.
 */
import type { Yuan } from "../../money";
import { deriveFigures, type DerivedFigures } from "../../disclosure/figures";
import { REVENUE_SOURCE_KEYS, type DisclosureDocument } from "../../disclosure/schema";

type Figure = Yuan | null | undefined;

export interface Measure {
  id: string;
  /** How a finding names it. */
  label: string;
  /**
   * How a text names it, as regular-expression sources (no groups). Longer names win where two
   * start at the same place ("公务用车购置及运行维护费" before "公务用车"), see `MENTION`.
   */
  names: readonly string[];
  /**
   * A measure whose name is also a line of another one: 机关运行经费 lists its own
   * "公务用车运行维护费" or "公务接待费" line. After that other measure is named in a sentence, the
   * name means the line, and the number is not read — until `partOf` (here “三公”经费) is named.
   */
  alsoLineOf?: string;
  partOf?: string;
  /**
   * The document holds only the whole of this measure: "一般公共预算财政拨款基本支出" (the part one
   * source funds) is not read. (财政拨款“三公”经费 is the whole 三公 by definition.)
   */
  wholeOnly?: boolean;
  current(f: DerivedFigures, doc: DisclosureDocument): Figure;
  prior(f: DerivedFigures, doc: DisclosureDocument): Figure;
}

const unknown = (): Figure => null;
const PARENS = (inner: string) => `[（(]${inner}[）)]`;
const SANGONG = `[“”"]?三公[“”"]?经费`;

/** A revenue source's amount: the sum of the document's lines of that key; unknown without one. */
function source(key: (typeof REVENUE_SOURCE_KEYS)[number]) {
  return (_f: DerivedFigures, doc: DisclosureDocument): Figure => {
    const lines = doc.revenue.sources.filter((s) => s.key === key);
    return lines.length === 0 ? null : lines.reduce((total, s) => total + s.amount, 0);
  };
}

export const MEASURES: readonly Measure[] = [
  {
    id: "revenueTotal",
    label: "收入总计",
    names: ["收入总计", "收入合计", "收入总预算", "本年收入", "预算收入", "收入预算", "总收入", "部门收入"],
    current: (f) => f.revenueTotal,
    prior: (f) => f.revenuePrior,
  },
  {
    id: "expenditureTotal",
    wholeOnly: true,
    label: "支出总计",
    names: ["支出总计", "支出合计", "支出预算", "本年支出", "预算支出", "总支出", "支出总预算", "收支总预算", "收支预算", "收支安排"],
    current: (f) => f.expenditureTotal,
    prior: (f) => f.prior.total,
  },
  { id: "basic", wholeOnly: true, label: "基本支出", names: ["基本支出"], current: (f) => f.basic, prior: (f) => f.prior.basic },
  { id: "project", wholeOnly: true, label: "项目支出", names: ["项目支出"], current: (f) => f.project, prior: (f) => f.prior.project },
  {
    id: "personnel",
    wholeOnly: true,
    label: "人员经费",
    names: ["人员经费支出", "人员经费"],
    current: (f) => f.personnel,
    prior: (f) => f.prior.personnel,
  },
  {
    id: "publicFunds",
    wholeOnly: true,
    label: "日常公用经费",
    names: ["日常公用经费支出", "日常公用经费", "公用经费支出", "公用经费"],
    current: (f) => f.publicFunds,
    prior: (f) => f.prior.publicFunds,
  },
  { id: "operatingCosts", wholeOnly: true, label: "机关运行经费", names: ["机关运行经费", "机关运行费"], current: (f) => f.operatingCosts, prior: (f) => f.operatingCostsPrior },
  {
    id: "sangongTotal",
    label: "“三公”经费",
    names: [`${SANGONG}合计`, `${SANGONG}总额`, SANGONG],
    current: (f) => f.sangong.total,
    prior: (f) => f.sangongPrior.total,
  },
  {
    id: "sangongAbroad",
    alsoLineOf: "operatingCosts",
    partOf: "sangongTotal",
    label: "因公出国（境）费",
    names: [`因公出国${PARENS("境")}费`, "因公出国境费", `出国${PARENS("境")}费`, "因公出国费"],
    current: (f) => f.sangong.abroad,
    prior: (f) => f.sangongPrior.abroad,
  },
  {
    id: "sangongVehicle",
    alsoLineOf: "operatingCosts",
    partOf: "sangongTotal",
    label: "公务用车购置及运行维护费",
    names: ["公务用车购置及运行维护费", "公务用车购置及运维费", "公务用车购置及运行费"],
    current: (f) => f.sangong.vehicle,
    prior: (f) => f.sangongPrior.vehicle,
  },
  {
    id: "sangongVehiclePurchase",
    alsoLineOf: "operatingCosts",
    partOf: "sangongTotal",
    label: "公务用车购置费",
    names: ["公务用车购置费", "公车购置费"],
    current: (f) => f.sangong.vehiclePurchase,
    prior: (f) => f.sangongPrior.vehiclePurchase,
  },
  {
    id: "sangongVehicleOperation",
    alsoLineOf: "operatingCosts",
    partOf: "sangongTotal",
    label: "公务用车运行维护费",
    names: [`公务用车运行${PARENS("维护")}费`, "公务用车运行维护费", "公务用车运维费", "公务用车运行费", "公车运行维护费"],
    current: (f) => f.sangong.vehicleOperation,
    prior: (f) => f.sangongPrior.vehicleOperation,
  },
  {
    id: "sangongReception",
    alsoLineOf: "operatingCosts",
    partOf: "sangongTotal",
    label: "公务接待费",
    names: ["公务接待费", "接待费"],
    current: (f) => f.sangong.reception,
    prior: (f) => f.sangongPrior.reception,
  },
  // Revenue sources: named so that "一般预算收入1028.57万元" is read as that source's amount,
  // never as the "预算收入" (the total) its name ends with.
  {
    id: "revenue.general",
    label: "一般公共预算拨款收入",
    names: ["一般公共预算拨款收入", "一般公共预算拨款", "一般公共预算收入", "一般预算拨款收入", "一般预算收入", "一般预算拨款"],
    current: source("general"),
    prior: unknown,
  },
  {
    id: "revenue.fund",
    label: "政府性基金预算拨款收入",
    names: ["政府性基金预算拨款收入", "政府性基金预算拨款", "政府性基金预算收入", "政府性基金收入", "基金预算拨款收入", "基金预算收入", "基金预算拨款"],
    current: source("fund"),
    prior: unknown,
  },
  {
    id: "revenue.specialAccount",
    label: "财政专户核拨收入",
    names: ["财政专户核拨收入", "财政专户核拨资金", "财政专户管理资金收入", "财政专户管理资金", "财政专户拨款"],
    current: source("specialAccount"),
    prior: unknown,
  },
  {
    id: "revenue.other",
    label: "其他来源收入",
    names: ["其[他它]来源收入", "其[他它]收入"],
    current: source("other"),
    prior: unknown,
  },
  {
    id: "revenue.stateCapital",
    label: "国有资本经营预算拨款收入",
    names: ["国有资本经营预算拨款收入", "国有资本经营预算收入", "国有资本经营预算拨款"],
    current: source("stateCapital"),
    prior: unknown,
  },
  { id: "revenue.unitFunds", label: "单位资金", names: ["单位资金收入", "单位资金"], current: source("unitFunds"), prior: unknown },
  {
    id: "revenue.carryover",
    label: "上年结转结余",
    names: ["上年结转结余", "上年结转", "上年结余", "结转结余"],
    current: source("carryover"),
    prior: unknown,
  },
];

const BY_ID: ReadonlyMap<string, Measure> = new Map(MEASURES.map((m) => [m.id, m]));

export function measureById(id: string): Measure {
  const measure = BY_ID.get(id);
  if (!measure) throw new Error(`unknown measure ${id}`);
  return measure;
}

/** One alternation of every name, longest first, tagged with the measure's index. */
const NAMES = MEASURES.flatMap((m, index) => m.names.map((name) => ({ name, index })))
  .sort((a, b) => b.name.length - a.name.length);
export const MENTION = new RegExp(NAMES.map(({ name }) => `(${name})`).join("|"), "g");
/** The measure a MENTION match names: the index of its one participating group. */
export function mentionedMeasure(match: RegExpExecArray): Measure {
  const group = match.findIndex((value, i) => i > 0 && value !== undefined);
  return MEASURES[NAMES[group - 1]!.index]!;
}

export interface MeasureFigures {
  current: Yuan | null;
  prior: Yuan | null;
}

export function figuresOf(measure: Measure, doc: DisclosureDocument, f: DerivedFigures = deriveFigures(doc)): MeasureFigures {
  return { current: measure.current(f, doc) ?? null, prior: measure.prior(f, doc) ?? null };
}
