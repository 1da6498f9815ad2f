/**
 * Invented demonstration data: twelve departments × 2016–2019, so that the public comparison has
 * something to compare. The portal labels these departments as demo data (departments.is_demo);
 * the documents themselves read like published disclosures.
 *
 * Deterministic: one mulberry32 stream per department, seeded by its code. Every amount is a whole
 * multiple of 100 元 (two decimals of 万元), every stated figure is the computed one, each year's
 * prior-year amounts are the previous demo year's current ones, so runChecks finds nothing.
 */
import { sum, type Yuan } from "../../lib/money";
import { standardGlossary } from "../../lib/disclosure/glossary";
import { withStatedFigures } from "../../lib/disclosure/stated";
import { demoLines, demoStaff } from "./demo-lines";
import {
  SANGONG_ITEMS,
  type Activity,
  type DisclosureDocument,
  type NamedAmount,
  type PlannedPurchase,
  type ProcurementLine,
  type RevenueSource,
  type SangongItem,
} from "../../lib/disclosure/schema";
import {
  ABROAD_NONE,
  DEMO_PROFILES,
  OPERATING_ITEMS,
  PURCHASE_CATALOG,
  REVENUE_LABELS,
  SANGONG_REASONS,
  indicator,
  type DemoProfile,
} from "./demo-text";

/** The invented demo data states every 三公 item. */
type AllSangong = Record<SangongItem, Yuan>;

export interface DemoDepartment {
  code: string;
  name: string;
  nature: "行政" | "事业" | "参公";
}

export const DEMO_DEPARTMENTS: readonly DemoDepartment[] = DEMO_PROFILES.map(({ code, name, nature }) => ({
  code,
  name,
  nature,
}));

export const DEMO_YEARS: readonly number[] = [2016, 2017, 2018, 2019];

export interface DemoDisclosure {
  departmentCode: string;
  year: number;
  document: DisclosureDocument;
}

export function demoDisclosures(): DemoDisclosure[] {
  return DEMO_PROFILES.flatMap((profile) =>
    departmentDocuments(profile).map(({ year, document }) => ({ departmentCode: profile.code, year, document })),
  );
}

/** mulberry32: a tiny, well-mixed 32-bit PRNG; the same seed always gives the same stream. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** FNV-1a of the department code. */
function seedOf(code: string): number {
  let h = 0x811c9dc5;
  for (const ch of code) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193);
  return h >>> 0;
}

/** A 万元 figure rounded to two decimals, as 元 (a whole multiple of 100). */
const r100 = (wanAmount: number): Yuan => Math.round(wanAmount * 100) * 100;
const toWan = (yuan: Yuan): number => yuan / 10_000;
const VEHICLE_PRICE: Yuan = r100(9.6);

interface YearFigures {
  personnel: Yuan;
  publicFunds: Yuan;
  projects: NamedAmount[];
  sangong: AllSangong;
}

function departmentDocuments(p: DemoProfile): { year: number; document: DisclosureDocument }[] {
  const rand = mulberry32(seedOf(p.code));
  const noise = (spread: number) => 1 + (rand() * 2 - 1) * spread;
  const specs = p.areas.flatMap((a) => a.projects);
  const weights = sum(specs.map(([, w]) => w));
  const vehiclesIn = (year: number) => p.vehicles + (p.vehicleYear !== undefined && year > p.vehicleYear ? 1 : 0);

  const figuresOf = (year: number): YearFigures => {
    const t = year - 2016;
    const personnel = r100(p.personnel * (1 + p.personnelGrowth) ** t * noise(0.03));
    const publicFunds = r100(toWan(personnel) * p.publicRatio * noise(0.05));
    const trend = p.project * (1 + p.projectGrowth) ** t;
    const projects = specs.map(([name, w]) => ({ name, amount: r100((trend * w) / weights * noise(0.12)) }));
    const abroad = p.abroad === undefined || year > 2016 ? 0 : r100(year < 2016 ? p.abroad : p.abroad * 0.6);
    const sangong: AllSangong = {
      abroad,
      vehiclePurchase: year === p.vehicleYear ? VEHICLE_PRICE : 0,
      vehicleOperation: r100(vehiclesIn(year) * 2.6 * noise(0.08)),
      reception: r100(p.reception * (1 + p.receptionGrowth) ** t * noise(0.05)),
    };
    return { personnel, publicFunds, projects, sangong };
  };

  let otherAssets = r100(p.otherAssets);
  let prior = figuresOf(2015);
  return DEMO_YEARS.map((year) => {
    const current = figuresOf(year);
    const purchases = plannedPurchases(p, year, rand);
    const document = buildDocument(p, year, current, prior, purchases, otherAssets, rand);
    otherAssets += sum(purchases.filter((x) => x.item.catalog !== VEHICLE_CODE).map((x) => x.purchase.amount));
    prior = current;
    return { year, document };
  });
}

const VEHICLE_CODE = "A020305";

interface Purchase {
  purchase: PlannedPurchase;
  item: { catalog: string; unitPrice: Yuan };
}

function plannedPurchases(p: DemoProfile, year: number, rand: () => number): Purchase[] {
  const result: Purchase[] = [];
  if (year === p.vehicleYear) {
    result.push({
      purchase: { item: "执法执勤用车", quantity: 1, unit: "辆", amount: VEHICLE_PRICE },
      item: { catalog: VEHICLE_CODE, unitPrice: VEHICLE_PRICE },
    });
  }
  if (rand() >= 0.75 && result.length === 0) return result;
  const pool = [...PURCHASE_CATALOG];
  const count = 2 + Math.floor(rand() * 3);
  for (let i = 0; i < count && pool.length > 0; i++) {
    const [entry] = pool.splice(Math.floor(rand() * pool.length), 1);
    if (!entry) break;
    const [item, unit, price, catalog] = entry;
    const unitPrice = r100(price);
    const quantity = 1 + Math.floor(rand() * Math.min(10, Math.floor(9.9 / price)));
    result.push({ purchase: { item, quantity, unit, amount: unitPrice * quantity }, item: { catalog, unitPrice } });
  }
  return result;
}

function operatingItems(publicFunds: Yuan, vehicle: Yuan, rand: () => number): NamedAmount[] {
  const rest = publicFunds - vehicle;
  const shares = OPERATING_ITEMS.map(([, share]) => share * (1 + (rand() * 2 - 1) * 0.15));
  const total = sum(shares);
  const items = OPERATING_ITEMS.map(([name], i) => ({
    name,
    amount: name === "公务用车运行维护费" ? vehicle : r100((toWan(rest) * (shares[i] ?? 0)) / total),
  }));
  const last = items[items.length - 1];
  if (last) last.amount += publicFunds - sum(items.map((i) => i.amount));
  return items;
}

function changeReason(current: NamedAmount[], prior: NamedAmount[], year: number): string {
  const deltas = current.map((c) => [c.name, c.amount - (prior.find((p) => p.name === c.name)?.amount ?? 0)] as const);
  const total = sum(deltas.map(([, d]) => d));
  const [name] = deltas.reduce((best, d) => (d[1] * Math.sign(total) > best[1] * Math.sign(total) ? d : best));
  return `${year}年${name}预算安排${total >= 0 ? "增加" : "减少"}`;
}

function sangongReasons(current: AllSangong, prior: AllSangong): DisclosureDocument["sangong"]["reasons"] {
  const reasons = { abroad: "", vehiclePurchase: "", vehicleOperation: "", reception: "" };
  for (const key of SANGONG_ITEMS) {
    const d = current[key] - prior[key];
    if (d !== 0) reasons[key] = key === "abroad" && current.abroad === 0 ? ABROAD_NONE : SANGONG_REASONS[key][d > 0 ? 0 : 1];
  }
  return reasons;
}

function buildDocument(
  p: DemoProfile,
  year: number,
  cur: YearFigures,
  prior: YearFigures,
  purchases: Purchase[],
  otherAssets: Yuan,
  rand: () => number,
): DisclosureDocument {
  const projectTotal = sum(cur.projects.map((x) => x.amount));
  const total = cur.personnel + cur.publicFunds + projectTotal;
  const amountOf = (name: string | undefined) => cur.projects.find((x) => x.name === name)?.amount ?? 0;

  const fund = amountOf(p.fundProject);
  const specialAccount = p.specialAccount === undefined ? 0 : r100(p.specialAccount * (1 + (rand() - 0.5) * 0.1));
  const other = p.otherIncome === undefined ? 0 : r100(p.otherIncome * (1 + (rand() - 0.5) * 0.1));
  const carryover = year >= 2019 && p.carryover !== undefined ? r100(toWan(projectTotal) * p.carryover) : null;
  const sources: RevenueSource[] = [
    { key: "general", label: REVENUE_LABELS.general, amount: total - fund - specialAccount - other - (carryover ?? 0) },
    { key: "fund", label: REVENUE_LABELS.fund, amount: fund },
    { key: "specialAccount", label: REVENUE_LABELS.specialAccount, amount: specialAccount },
    { key: "other", label: REVENUE_LABELS.other, amount: other },
  ];
  if (carryover !== null) sources.push({ key: "carryover", label: REVENUE_LABELS.carryover, amount: carryover });

  const vehicleLine = Math.min(
    r100(toWan(cur.sangong.vehicleOperation) * (0.6 + rand() * 0.25)),
    r100(toWan(cur.publicFunds) * 0.25),
  );

  const operating = operatingItems(cur.publicFunds, vehicleLine, rand);

  const activities: Activity[] = p.areas.map((area) => {
    const children = area.projects.map(([name, , indicators]) => ({
      title: name,
      budget: amountOf(name),
      description: `用于${name}相关工作支出。`,
      goal: `按期完成${name}年度工作任务，资金使用规范，达到预期绩效目标。`,
      indicators: indicators.map(indicator),
    }));
    const { title, description, goal } = area;
    return { title, budget: sum(children.map((c) => c.budget)), description, goal, indicators: [], children };
  });

  const lines: ProcurementLine[] = purchases.map(({ purchase, item }) => {
    const fromVehicleProject = item.catalog === VEHICLE_CODE;
    return {
      sourceProject: fromVehicleProject ? (p.vehicleSource ?? "") : "日常公用经费",
      sourceBudget: fromVehicleProject ? amountOf(p.vehicleSource) : cur.publicFunds,
      catalogCode: item.catalog,
      item: purchase.item,
      unit: purchase.unit,
      unitPrice: item.unitPrice,
      quantity: purchase.quantity,
      general: purchase.amount,
      fund: 0,
      specialAccount: 0,
      other: 0,
      otherChannels: 0,
      statedTotal: purchase.amount,
    };
  });

  const [area, perSquareMetre, officeShare] = p.building;
  const buildingsValue = r100(area * perSquareMetre);
  const vehicleCount = p.vehicles + (p.vehicleYear !== undefined && year > p.vehicleYear ? 1 : 0);

  const doc: DisclosureDocument = {
    schemaVersion: 2,
    preamble: `按照《中华人民共和国预算法》和《河北省预决算公开操作规程实施细则》规定，现将${p.name}${year}年部门预算公开如下：`,
    duties: [...p.duties],
    units: [{ name: p.name, nature: p.nature, rank: "正科级", funding: "财政拨款" }, ...(p.subUnit ? [p.subUnit] : [])],
    overview:
      "按照预算管理有关规定，目前我县部门预算的编制实行综合预算制度，即全部收入和支出都反映在预算里，我部门机关及所属单位所有收支都包含在部门预算中。",
    revenue: { intro: "反映本部门当年全部收入", sources, prior: prior.personnel + prior.publicFunds + sum(prior.projects.map((x) => x.amount)) },
    expenditure: {
      intro:
        "收支预算总表支出栏、基本支出表、项目支出表按经济分类和支出功能分类科目编制，反映我部门本年度支出预算的总体情况。",
      personnel: cur.personnel,
      publicFunds: cur.publicFunds,
      projects: cur.projects,
    },
    change: {
      priorYear: year - 1,
      prior: { personnel: prior.personnel, publicFunds: prior.publicFunds, project: sum(prior.projects.map((x) => x.amount)) },
      stated: {},
      reasons: {
        personnel: cur.personnel >= prior.personnel ? "因人员增加及工资标准调整" : "因人员退休及调出",
        publicFunds: cur.publicFunds >= prior.publicFunds ? "因工作任务增加" : "因落实厉行节约要求",
        project: changeReason(cur.projects, prior.projects, year),
      },
    },
    operatingCosts: { purpose: "用于保障我部门正常运转", items: operating, prior: prior.publicFunds },
    sangong: { current: cur.sangong, prior: prior.sangong, reasons: sangongReasons(cur.sangong, prior.sangong) },
    performance: {
      overallGoals: [...p.areas.map((a) => a.goal), "严格执行预算，规范资金管理，提高财政资金使用效益。"],
      activities,
    },
    procurement: { lines, emptyStatement: lines.length === 0 ? `${year}年度未安排政府采购预算，空表列示。` : "" },
    assets: {
      plannedPurchases: purchases.map((x) => x.purchase),
      table: {
        asOf: `${year - 1}-12-31`,
        buildingsArea: area,
        buildingsValue,
        officeArea: Math.round(area * officeShare),
        officeValue: r100(toWan(buildingsValue) * officeShare),
        vehicleCount,
        vehicleValue: r100(p.vehicles * 14.5) + (vehicleCount > p.vehicles ? VEHICLE_PRICE : 0),
        equipmentValue: r100(p.equipment),
        otherValue: otherAssets,
      },
    },
    glossary: standardGlossary(),
    otherMatters: "无。",
    lines: demoLines({ code: p.code, year, personnel: cur.personnel, publicFunds: cur.publicFunds, projects: cur.projects, fundProject: p.fundProject, sources, operatingItems: operating }),
    staff: demoStaff(cur.personnel),
  };
  return withStatedFigures(doc);
}

