/**
 * The budget lines of the invented demo disclosures (示例数据): function codes that fit each
 * department (教育局 mostly 205, 卫生健康局 210 …), every amount of the narrative split into lines
 * that add up to it exactly, so the national tables of every demo department and year tie and
 * runChecks finds nothing. Staff counts follow the personnel budget.
 */
import { equivalentCode } from "../../lib/classification";
import { sum, type Yuan } from "../../lib/money";
import type { BudgetLines, EconomicLine, ExpenditureLine, FundingSource, Staff } from "../../lib/disclosure/schema-lines";
import type { NamedAmount, RevenueSource } from "../../lib/disclosure/schema";

interface DepartmentCodes {
  /** 行政运行 of the department's 款: its basic spending. */
  admin: string | ((year: number) => string);
  /** 项 codes its projects are booked under, in turn. */
  projects: readonly string[];
  /** The 项 of the project financed by 政府性基金. */
  fund?: string;
}

/** [2019 onwards, before]: 市场监督管理事务 (20138) replaced 工商行政管理事务 (20115) in 2019. */
const byYear = (from2019: string, before: string) => (year: number) => (year >= 2019 ? from2019 : before);

export const DEMO_FUNCTION_CODES: Readonly<Record<string, DepartmentCodes>> = {
  "401": { admin: "2050101", projects: ["2050202", "2050203", "2050801", "2050201"] },
  "402": { admin: "2100101", projects: ["2100408", "2100409", "2100401"] },
  "403": { admin: "2010601", projects: ["2010699"] },
  "404": { admin: "2200101", projects: ["2200102"], fund: "2120806" },
  "405": { admin: "2130101", projects: ["2130104", "2130199"] },
  "406": { admin: "2140101", projects: ["2140106"] },
  "407": { admin: "2070101", projects: ["2070104", "2070199"] },
  "408": { admin: "2080201", projects: ["2081002"] },
  "409": { admin: "2120101", projects: ["2120399"], fund: "2120803" },
  "410": { admin: byYear("2013801", "2011501"), projects: [] },
  "411": { admin: "2080101", projects: ["2080799", "2080199"] },
  "412": { admin: "2160201", projects: ["2160299"] },
};

/** 机关运行经费 items → 部门预算支出经济分类 款. */
const OPERATING_ECONOMIC: Readonly<Record<string, string>> = {
  办公及印刷费: "30201",
  邮电费: "30207",
  差旅费: "30211",
  会议费: "30215",
  培训费: "30216",
  工会经费: "30228",
  福利费: "30229",
  水电费: "30206",
  物业管理费: "30209",
  公务用车运行维护费: "30231",
  其他交通费用: "30239",
  其他商品服务支出: "30299",
};

/** A share of an amount, rounded to 0.01 万元 (100 元) like every demo amount. */
const share = (amount: Yuan, rate: number): Yuan => Math.round((amount * rate) / 100) * 100;

/**
 * A code of the 2018 lists as the demo year's list has it (the 2018 reform moved 行政单位医疗 from
 * 2100501 to 2101101 and 住房公积金 from 30311 to 30113; 职工基本医疗保险缴费 30110 was part of
 * 30104 社会保障缴费 before), so that every demo line is valid in its year and imports from Excel.
 */
function inYear(scheme: "function" | "economic", code: string, year: number): string {
  if (scheme === "economic" && code === "30110" && year < 2018) return "30104";
  return equivalentCode(scheme, code, 2018, year) ?? code;
}

/** The social-insurance parts of 人员经费, each with its own function 项 and economic 款 (as of 2018). */
const PERSONNEL_PARTS: readonly (readonly [string, string, number])[] = [
  ["2080505", "30108", 0.1], // 机关事业单位基本养老保险缴费
  ["2080506", "30109", 0.04], // 职业年金缴费
  ["2101101", "30110", 0.06], // 行政单位医疗
  ["2210201", "30113", 0.08], // 住房公积金
];

export interface DemoYear {
  code: string;
  year: number;
  personnel: Yuan;
  publicFunds: Yuan;
  projects: readonly NamedAmount[];
  fundProject?: string;
  sources: readonly RevenueSource[];
  operatingItems: readonly NamedAmount[];
}

export function demoLines(d: DemoYear): BudgetLines {
  const codes = DEMO_FUNCTION_CODES[d.code];
  if (!codes) throw new Error(`示例部门${d.code}没有功能分类科目`);
  const admin = typeof codes.admin === "string" ? codes.admin : codes.admin(d.year);
  const line = (functionCode: string, kind: ExpenditureLine["kind"], amount: Yuan, project = "", source: FundingSource = "general"): ExpenditureLine => ({ functionCode, kind, source, project, amount });

  const parts = PERSONNEL_PARTS.map(
    ([fn, econ, rate]) => [inYear("function", fn, d.year), inYear("economic", econ, d.year), share(d.personnel, rate)] as const,
  );
  const core = d.personnel - sum(parts.map(([, , amount]) => amount));
  const basic: ExpenditureLine[] = [
    line(admin, "personnel", core),
    ...parts.map(([fn, , amount]) => line(fn, "personnel", amount)),
    line(admin, "public", d.publicFunds),
  ];
  const projects = d.projects.map((p, i) =>
    p.name === d.fundProject && codes.fund
      ? line(codes.fund, "project", p.amount, p.name, "fund")
      : line(codes.projects.length > 0 ? codes.projects[i % codes.projects.length]! : admin.replace(/01$/, "02"), "project", p.amount, p.name),
  );
  const needs = d.sources.filter((s) => s.key !== "general" && s.key !== "fund" && s.amount > 0);
  const expenditure = fundFrom([...projects, ...basic], needs);

  // 基本工资 40 %, 津贴补贴 30 %, 绩效工资 the rest of the core personnel spending.
  const wages = share(core, 0.4);
  const allowances = share(core, 0.3);
  const economic: EconomicLine[] = merge([
    { economicCode: "30101", amount: wages },
    { economicCode: "30102", amount: allowances },
    { economicCode: "30107", amount: core - wages - allowances },
    ...parts.map(([, econ, amount]) => ({ economicCode: econ, amount })),
    ...d.operatingItems.map((item) => ({ economicCode: OPERATING_ECONOMIC[item.name] ?? "30299", amount: item.amount })),
  ]);
  return { expenditure, economic, carryForward: 0 };
}

/**
 * Books the non-general sources (专户, 其他, 上年结转) on the project lines first, splitting a
 * line where a source covers only part of it; what is left stays on 一般公共预算.
 */
function fundFrom(lines: ExpenditureLine[], needs: readonly RevenueSource[]): ExpenditureLine[] {
  const result = lines.map((l) => ({ ...l }));
  for (const need of needs) {
    let left = need.amount;
    for (let i = 0; i < result.length && left > 0; i++) {
      const l = result[i]!;
      if (l.source !== "general" || l.amount === 0) continue;
      const take = Math.min(left, l.amount);
      l.amount -= take;
      result.splice(i + 1, 0, { ...l, source: need.key, amount: take });
      left -= take;
      i++;
    }
    if (left > 0) throw new Error(`示例数据：${need.label}超过可安排的支出`);
  }
  return result.filter((l) => l.amount > 0);
}

function merge(lines: EconomicLine[]): EconomicLine[] {
  const byCode = new Map<string, Yuan>();
  for (const l of lines) byCode.set(l.economicCode, (byCode.get(l.economicCode) ?? 0) + l.amount);
  return [...byCode].sort(([a], [b]) => a.localeCompare(b)).map(([economicCode, amount]) => ({ economicCode, amount })).filter((l) => l.amount > 0);
}

/** Staff in proportion to the personnel budget (about 11 万元 a head). */
export function demoStaff(personnel: Yuan): Staff {
  const active = Math.max(3, Math.round(personnel / 110_000));
  const retired = Math.round(active * 0.35);
  return { authorized: active + Math.max(1, Math.round(active * 0.05)), active, retired, statedTotal: active + retired };
}
