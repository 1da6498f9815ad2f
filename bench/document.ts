/**
 * A compact but realistic disclosure document for the benchmark's invented departments: every
 * section present, three projects, one performance activity, no procurement, about 3–4 KB of JSON.
 * Amounts vary deterministically with the department's index and the year; each year's prior-year
 * amounts are the previous year's current ones and every stated figure is the computed one, so the
 * document passes disclosureDocumentSchema and the checks like the demo seed (db/seed/demo.ts).
 */
import { sum, type Yuan } from "../lib/money";
import { SANGONG_ITEMS, type DisclosureDocument, type NamedAmount, type SangongItem } from "../lib/disclosure/schema";
import { REVENUE_LABELS, SANGONG_REASONS } from "../db/seed/demo-text";
import { standardGlossary } from "../lib/disclosure/glossary";
import { withStatedFigures } from "../lib/disclosure/stated";

export const BUREAUS = [
  "教育局", "财政局", "农业农村局", "卫生健康局", "民政局", "交通运输局", "自然资源和规划局",
  "住房和城乡建设局", "水利局", "文化广电和旅游局", "市场监督管理局", "人力资源和社会保障局",
  "生态环境分局", "应急管理局", "统计局", "审计局", "商务局", "林业局", "司法局", "退役军人事务局",
] as const;

const PROJECTS = [
  "信息化建设运行维护", "业务工作专项经费", "专项检查及执法经费", "宣传培训经费", "基础设施维修改造",
  "档案数字化整理", "应急保障经费", "调查统计专项", "政务服务窗口运行", "综合治理专项",
] as const;

/** mulberry32, as the demo seed: the same seed always gives the same stream. */
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

/** A 万元 figure rounded to two decimals, as 元. */
const r100 = (wanAmount: number): Yuan => Math.round(wanAmount * 100) * 100;

interface Profile {
  personnel: number; // 万元 in the first year
  growth: number;
  publicRatio: number;
  project: number;
  projectNames: string[];
  vehicles: number;
  reception: number;
  area: number;
}

function profileOf(index: number): Profile {
  const rand = mulberry32(index * 2_654_435_761 + 17);
  const first = Math.floor(rand() * PROJECTS.length);
  return {
    personnel: 80 + rand() * 900,
    growth: 0.01 + rand() * 0.05,
    publicRatio: 0.1 + rand() * 0.1,
    project: 20 + rand() * 600,
    projectNames: [0, 3, 7].map((k) => PROJECTS[(first + k) % PROJECTS.length] ?? "业务工作专项经费"),
    vehicles: Math.floor(rand() * 4),
    reception: 0.5 + rand() * 4,
    area: 300 + Math.floor(rand() * 3000),
  };
}

interface YearFigures {
  personnel: Yuan;
  publicFunds: Yuan;
  projects: NamedAmount[];
  sangong: Record<SangongItem, Yuan>; // the benchmark states every item
}

function figuresOf(p: Profile, index: number, year: number): YearFigures {
  const rand = mulberry32(index * 7_919 + year * 104_729);
  const noise = (spread: number) => 1 + (rand() * 2 - 1) * spread;
  const t = year - 2000;
  const personnel = r100(p.personnel * (1 + p.growth) ** t * noise(0.03));
  const publicFunds = r100((personnel / 10_000) * p.publicRatio * noise(0.05));
  const shares = [0.5, 0.3, 0.2];
  const projects = p.projectNames.map((name, i) => ({
    name,
    amount: r100(p.project * (shares[i] ?? 0.2) * (1 + p.growth) ** t * noise(0.15)),
  }));
  const sangong: Record<SangongItem, Yuan> = {
    abroad: 0,
    vehiclePurchase: 0,
    vehicleOperation: r100(p.vehicles * 2.4 * noise(0.08)),
    reception: r100(p.reception * noise(0.1)),
  };
  return { personnel, publicFunds, projects, sangong };
}

/** The document of the department with this index (0-based) for this year. */
export function benchDocument(index: number, name: string, year: number): DisclosureDocument {
  const p = profileOf(index);
  const cur = figuresOf(p, index, year);
  const prior = figuresOf(p, index, year - 1);
  const projectTotal = sum(cur.projects.map((x) => x.amount));
  const total = cur.personnel + cur.publicFunds + projectTotal;
  const vehicleLine = Math.min(cur.sangong.vehicleOperation, Math.floor(cur.publicFunds / 400) * 100);
  const office = Math.floor(((cur.publicFunds - vehicleLine) * 0.45) / 100) * 100;
  const utilities = Math.floor(((cur.publicFunds - vehicleLine) * 0.3) / 100) * 100;
  const reasons = { abroad: "", vehiclePurchase: "", vehicleOperation: "", reception: "" };
  for (const key of SANGONG_ITEMS) {
    const d = cur.sangong[key] - prior.sangong[key];
    if (d !== 0) reasons[key] = SANGONG_REASONS[key][d > 0 ? 0 : 1];
  }
  const buildingsValue = r100(p.area * 0.18);

  const doc: DisclosureDocument = {
    schemaVersion: 2,
    preamble: `按照《中华人民共和国预算法》和《河北省预决算公开操作规程实施细则》规定，现将${name}${year}年部门预算公开如下：`,
    duties: [`贯彻执行国家和省、市有关方针政策，负责全县${name.replace(/^示例县|\d+$/g, "")}相关工作。`, "承办县委、县政府交办的其他事项。"],
    units: [{ name, nature: "行政", rank: "正科级", funding: "财政拨款" }],
    overview: "按照预算管理有关规定，目前我县部门预算的编制实行综合预算制度，即全部收入和支出都反映在预算里。",
    revenue: {
      prior: null,
      intro: "反映本部门当年全部收入",
      sources: [
        { key: "general", label: REVENUE_LABELS.general, amount: total },
        { key: "fund", label: REVENUE_LABELS.fund, amount: 0 },
        { key: "specialAccount", label: REVENUE_LABELS.specialAccount, amount: 0 },
        { key: "other", label: REVENUE_LABELS.other, amount: 0 },
      ],
    },
    expenditure: {
      intro: "收支预算总表支出栏、基本支出表、项目支出表按经济分类和支出功能分类科目编制。",
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
        project: projectTotal >= sum(prior.projects.map((x) => x.amount)) ? "主要为业务专项增加" : "主要为业务专项减少",
      },
    },
    operatingCosts: {
      prior: null,
      purpose: "用于保障我部门正常运转",
      items: [
        { name: "办公及印刷费", amount: office },
        { name: "水电费", amount: utilities },
        { name: "公务用车运行维护费", amount: vehicleLine },
        { name: "其他商品服务支出", amount: cur.publicFunds - vehicleLine - office - utilities },
      ],
    },
    sangong: { current: cur.sangong, prior: prior.sangong, reasons },
    performance: {
      overallGoals: ["严格执行预算，规范资金管理，提高财政资金使用效益。"],
      activities: [
        {
          title: "履行部门职责",
          budget: projectTotal,
          description: "保障本部门年度重点工作开展。",
          goal: "按期完成年度工作任务，资金使用规范。",
          indicators: [],
          children: cur.projects.map((x) => ({
            title: x.name,
            budget: x.amount,
            description: `用于${x.name}相关工作支出。`,
            goal: `按期完成${x.name}年度任务。`,
            indicators: [{ name: "任务完成率", excellent: "≥95%", good: "≥90%", fair: "≥80%", poor: "<80%" }],
          })),
        },
      ],
    },
    procurement: { lines: [], emptyStatement: `${year}年度未安排政府采购预算，空表列示。` },
    assets: {
      plannedPurchases: [],
      table: {
        asOf: `${year - 1}-12-31`,
        buildingsArea: p.area,
        buildingsValue,
        officeArea: Math.round(p.area * 0.6),
        officeValue: r100((buildingsValue / 10_000) * 0.6),
        vehicleCount: p.vehicles,
        vehicleValue: r100(p.vehicles * 14.5),
        equipmentValue: 0,
        otherValue: r100(5 + (index % 50)),
      },
    },
    glossary: standardGlossary().slice(0, 3),
    otherMatters: "无。",
    lines: null,
    staff: { authorized: null, active: null, retired: null, statedTotal: null },
  };
  return withStatedFigures(doc);
}

