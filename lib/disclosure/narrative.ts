/**
 * The narrative sentences of a disclosure, generated from its data so that a sentence can never
 * disagree with the tables. They follow the wording of the published 2018 document
 * (shared/seed/zhengding-434-2018.txt), amounts in 万元 with two decimals.
 *
 * A document is rendered as published: where it keeps a `stated*` figure (what a historic text
 * printed), the sentence prints that figure; otherwise it prints the figure derived from the lines.
 * A stated figure that disagrees with its lines is then surfaced by the checks, not silently fixed.
 */
import { formatWan, type Yuan } from "../money";
import { deriveFigures, NOT_STATED } from "./figures";
import { SANGONG_ITEMS, type DisclosureDocument } from "./schema";
import { SANGONG_LABELS } from "./sections";


/** "1028.57万元" */
function wan(yuan: Yuan): string {
  return `${formatWan(yuan)}万元`;
}

/**
 * The figure as the document printed it, where it printed one; otherwise the derived one (null:
 * not stated). A printed total whose parts are not all stated any more (an item since marked
 * 未列示, so its derived total is null) is not printed either: it is built on a figure the
 * document now says it does not state, and would give that figure away (total − the others).
 */
function printed<T extends Yuan | null>(stated: Yuan | undefined, derived: T): Yuan | T {
  return derived === null ? derived : (stated ?? derived);
}

/** "公务接待费12.00万元", or "公务接待费未列示" for a figure the document does not state. */
function named(label: string, amount: Yuan | null): string {
  return amount === null ? `${label}${NOT_STATED}` : `${label}${wan(amount)}`;
}

export type Movement = "增加" | "减少" | "持平";

export function movement(change: Yuan): Movement {
  if (change > 0) return "增加";
  if (change < 0) return "减少";
  return "持平";
}

/** "减少206.78万元" / "增加17.14万元"; callers handle 持平 themselves, whose wording varies. */
function moved(change: Yuan): string {
  return `${movement(change)}${wan(Math.abs(change))}`;
}

/** Joins an editor's intro phrase to the generated sentence, adding "，" unless it ends a clause. */
function withIntro(intro: string, rest: string): string {
  const text = intro.trim();
  if (text === "") return rest;
  return /[。，；：！？]$/.test(text) ? `${text}${rest}` : `${text}，${rest}`;
}

/** "2017-12-31" → "2017年12月31日" */
export function chineseDate(isoDate: string): string {
  const [y, m, d] = isoDate.split("-");
  return `${Number(y)}年${Number(m)}月${Number(d)}日`;
}

/** "，比上年增加12.00万元，增长5.00%" — only where the prior year is stated. */
function versusPrior(change: Yuan | null, percent: number | null): string {
  if (change === null) return "";
  if (change === 0) return "，与上年持平";
  const rate = percent === null ? "" : `，${change > 0 ? "增长" : "下降"}${Math.abs(percent).toFixed(2)}%`;
  return `，比上年${moved(change)}${rate}`;
}

/**
 * （一）预算收入情况说明. Empty when the document states no revenue: no "0.00万元" sentence for a
 * figure nobody wrote (the completeness check names what is missing instead).
 */
export function revenueSentence(doc: DisclosureDocument, year: number, previous?: DisclosureDocument | null): string {
  const f = deriveFigures(doc, previous);
  if (!f.stated.revenue || f.revenueTotal === null) return "";
  const total = printed(doc.revenue.statedTotal, f.revenueTotal);
  const sources = doc.revenue.sources.map((s) => `${s.label}${wan(s.amount)}`);
  const parts = sources.length > 0 ? `，其中：${sources.join("，")}` : "";
  const change = doc.revenue.statedTotal === undefined || doc.revenue.statedTotal === f.revenueTotal ? versusPrior(f.revenueChange, f.revenueChangePercent) : "";
  return withIntro(doc.revenue.intro, `${year}年预算收入${wan(total)}${change}${parts}。`);
}

/** （二）支出说明; empty when the document states no expenditure. */
export function expenditureSentence(doc: DisclosureDocument, year: number): string {
  const { expenditure } = doc;
  const f = deriveFigures(doc);
  if (!f.stated.expenditure) return "";
  const total = printed(expenditure.statedTotal, f.expenditureTotal);
  const basic = printed(expenditure.statedBasic, f.basic);
  const project = printed(expenditure.statedProject, f.project);
  const projects = expenditure.projects.map((p) => `${p.name}${wan(p.amount)}`);
  const projectList = projects.length > 0 ? `，包括${projects.join("、")}` : "";
  // A part not stated is named as such; no total is printed that would be built on it.
  const head = total === null ? `${year}年支出预算中：` : `${year}年支出预算${wan(total)}，其中：`;
  const basicHead = basic === null ? "基本支出包括" : `基本支出${wan(basic)}，包括`;
  return withIntro(
    expenditure.intro,
    `${head}${basicHead}${named("人员经费", f.personnel)}和${named("日常公用经费", f.publicFunds)}；项目支出${wan(project)}${projectList}。`,
  );
}

/**
 * （三）比上年增减情况. Each change is the stated one (historic documents) or computed against a
 * stated prior-year figure; a change with neither is left out, and with no total change the
 * sentence is empty — never "与上年持平" against a prior year nobody stated.
 */
export function changeSentence(doc: DisclosureDocument, year: number, previous?: DisclosureDocument | null): string {
  const { change } = doc;
  const f = deriveFigures(doc, previous);
  const stated = change.stated;
  const dTotal = stated.total ?? f.change.total;
  const total = printed(doc.expenditure.statedTotal, f.expenditureTotal);
  if (dTotal === null || total === null || !f.stated.expenditure) return "";
  const dBasic = stated.basic ?? f.change.basic;
  const dPersonnel = stated.personnel ?? f.change.personnel;
  const dPublic = stated.publicFunds ?? f.change.publicFunds;
  const dProject = stated.project ?? f.change.project;

  const head =
    dTotal === 0
      ? `${year}年预算收支安排${wan(total)}，与${change.priorYear}年预算持平`
      : `${year}年预算收支安排${wan(total)}，较${change.priorYear}年预算${moved(dTotal)}`;
  const basic = dBasic === null ? "" : dBasic === 0 ? "，其中基本支出与上年持平" : `，其中基本支出${moved(dBasic)}`;
  const details: string[] = [];
  if (dPersonnel !== null && dPersonnel !== 0) {
    details.push(`${change.reasons.personnel.trim()}${movement(dPersonnel)}人员经费支出${wan(Math.abs(dPersonnel))}`);
  }
  if (dPublic !== null && dPublic !== 0) {
    details.push(`${change.reasons.publicFunds.trim()}${movement(dPublic)}日常公用经费支出${wan(Math.abs(dPublic))}`);
  }
  const detailText = details.length > 0 ? `，主要包括：${details.join("，")}` : "";
  const reason = change.reasons.project.trim();
  const project =
    dProject === null ? "" : dProject === 0 ? "项目支出与上年持平。" : `项目支出${moved(dProject)}${reason ? `，主要为${reason}` : ""}。`;
  return `${head}${basic}${detailText}。${project}`;
}

/** 三、机关运行经费安排情况; empty when the document states none. */
export function operatingCostsSentence(doc: DisclosureDocument, year: number, previous?: DisclosureDocument | null): string {
  const { operatingCosts } = doc;
  const f = deriveFigures(doc, previous);
  if (!f.stated.operatingCosts || f.operatingCosts === null) return "";
  const total = printed(operatingCosts.statedTotal, f.operatingCosts);
  const change = operatingCosts.statedTotal === undefined || operatingCosts.statedTotal === f.operatingCosts ? versusPrior(f.operatingCostsChange, f.operatingCostsChangePercent) : "";
  const purpose = operatingCosts.purpose.trim();
  const first = `${year}年机关运行经费共计安排${wan(total)}${change}${purpose ? `，${purpose}` : ""}。`;
  if (operatingCosts.items.length === 0) return first;
  return `${first}主要包括：${operatingCosts.items.map((i) => `${i.name}${wan(i.amount)}`).join("、")}。`;
}

/** 四、the first sentence: this year's 三公 figures, item by item. */
/**
 * An item not stated is named as 未列示, and no total or 公务用车 sum is printed over it; with no
 * item stated at all (and no total printed) the sentence is empty.
 */
export function sangongItemsSentence(doc: DisclosureDocument, year: number): string {
  const { sangong } = doc;
  const f = deriveFigures(doc).sangong;
  const total = printed(sangong.statedTotal, f.total);
  const vehicle = printed(sangong.statedVehicle, f.vehicle);
  if (total === null && SANGONG_ITEMS.every((item) => f[item] === null)) return "";
  return (
    (total === null ? `${year}年我部门财政拨款三公经费预算安排中：` : `${year}年我部门财政拨款三公经费预算安排${wan(total)}，其中：`) +
    `${named(SANGONG_LABELS.abroad, f.abroad)}；` +
    `公务用车购置及运维费${vehicle === null ? "" : wan(vehicle)}（包含：${named(SANGONG_LABELS.vehiclePurchase, f.vehiclePurchase)}，` +
    `${named(SANGONG_LABELS.vehicleOperation, f.vehicleOperation)}）；` +
    `${named(SANGONG_LABELS.reception, f.reception)}。`
  );
}

/**
 * 四、the second sentence: the change against last year, with a reason per changed item. An item
 * whose prior year is not stated is left out; with no total change at all the sentence is empty.
 */
export function sangongChangeSentence(doc: DisclosureDocument, previous?: DisclosureDocument | null): string {
  const { sangong } = doc;
  const f = deriveFigures(doc, previous).sangongChange;
  // The printed change of the total is over this year's items: not printed once one of them is 未列示.
  const total = deriveFigures(doc).sangong.total === null ? null : (sangong.statedChange ?? f.total);
  if (total === null) return "";

  const changed: string[] = [];
  const unchanged: string[] = [];
  for (const item of SANGONG_ITEMS) {
    const delta = f[item];
    if (delta === null) continue;
    if (delta === 0) {
      unchanged.push(SANGONG_LABELS[item]);
      continue;
    }
    const reason = sangong.reasons[item].trim();
    changed.push(
      `${SANGONG_LABELS[item]}比上年${moved(delta)}${reason ? `，${movement(delta)}原因是${reason}` : ""}`,
    );
  }
  const head =
    total === 0 ? "我部门财政拨款三公经费与上年持平" : `我部门财政拨款三公经费与上年相比${moved(total)}`;
  // Nothing moved at all: "与上年持平" already says it; listing every item again adds nothing.
  if (changed.length === 0 && total === 0) return `${head}。`;
  const clauses = [...changed];
  if (unchanged.length > 0) clauses.push(`${unchanged.join("、")}与上年持平`);
  return `${head}，其中：${clauses.join("；")}。`;
}

/** 人员情况: what the document states of 编制数 and 实有人数; empty when it states none. */
export function staffSentence(doc: DisclosureDocument): string {
  const { authorized, active, retired, statedTotal } = doc.staff;
  const total = statedTotal ?? (active !== null && retired !== null ? active + retired : null);
  const parts: string[] = [];
  if (authorized !== null) parts.push(`编制数${authorized}人`);
  if (total !== null) {
    const split = [active === null ? "" : `在职${active}人`, retired === null ? "" : `离退休${retired}人`].filter(Boolean);
    parts.push(`实有人数${total}人${split.length > 0 ? `，其中${split.join("、")}` : ""}`);
  } else if (active !== null || retired !== null) {
    parts.push([active === null ? "" : `在职${active}人`, retired === null ? "" : `离退休${retired}人`].filter(Boolean).join("、"));
  }
  return parts.length > 0 ? `本部门${parts.join("；")}。` : "";
}

/** 七、国有资产信息 */
export function assetsSentence(doc: DisclosureDocument, year: number): string {
  const { assets } = doc;
  const f = deriveFigures(doc);
  const assetTotal = printed(assets.table.statedTotal, f.assetTotal);
  const planned = printed(assets.statedPlannedTotal, f.plannedPurchases);
  const head = `我部门上年末固定资产金额为${wan(assetTotal)}`;
  if (assets.plannedPurchases.length === 0) {
    return planned === 0
      ? `${head}，${year}年我部门未安排固定资产购置预算。`
      : `${head}，${year}年我部门拟安排固定资产购置预算${wan(planned)}。`;
  }
  const list = assets.plannedPurchases.map((p) =>
    p.quantity === null ? `${p.item}预算${wan(p.amount)}` : `${p.item}${p.quantity}${p.unit}，预算${wan(p.amount)}`,
  );
  return `${head}，${year}年我部门拟安排固定资产购置预算${wan(planned)}：分别是${list.join("、")}。`;
}

export interface Narrative {
  revenue: string;
  expenditure: string;
  change: string;
  operatingCosts: string;
  sangongItems: string;
  sangongChange: string;
  assets: string;
}

/**
 * Every generated sentence of one disclosure; an empty string is a sentence not printed (its
 * figure was not stated). `previous`: last year's published disclosure, the prior-year base where
 * this document states none.
 */
export function narrative(doc: DisclosureDocument, year: number, previous?: DisclosureDocument | null): Narrative {
  return {
    revenue: revenueSentence(doc, year, previous),
    expenditure: expenditureSentence(doc, year),
    change: changeSentence(doc, year, previous),
    operatingCosts: operatingCostsSentence(doc, year, previous),
    sangongItems: sangongItemsSentence(doc, year),
    sangongChange: sangongChangeSentence(doc, previous),
    assets: assetsSentence(doc, year),
  };
}
