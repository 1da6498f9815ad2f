/**
 * Test documents for the checks: a small, complete and fully consistent disclosure (every stated
 * figure set to the right value) on which runChecks finds nothing. Tests mutate a fresh copy.
 *
 * The figures (万元): revenue 500.50 = 480.50 + 20 · expenditure 500.50 = basic 360.50
 * (300.20 + 60.30) + project 140 (90 + 50) · prior 280 / 70.30 / 200 → changes +20.20, −10,
 * basic +10.20 (2.91%), project −60 (−30%), total −49.80 (−9.05%) · 机关运行经费 60.30 ·
 * 三公 20 = 0 + 0 + 15 + 5, prior 23 → −3 · procurement 6 · planned purchases 7 · assets 725.50.
 */
import { wan } from "../money";
import type { DisclosureDocument } from "../disclosure/schema";

export function consistentDocument(): DisclosureDocument {
  return {
    schemaVersion: 2,
    preamble: "按照《中华人民共和国预算法》规定，现将本部门2025年部门预算公开如下：",
    duties: ["负责本县政务服务工作。", "承办县政府交办的其他事项。"],
    units: [{ name: "示例县人民政府办公室", nature: "行政", rank: "正科级", funding: "财政拨款" }],
    overview: "按照预算管理有关规定，我部门所有收支都包含在部门预算中。",
    revenue: {
      prior: null,
      intro: "反映本部门当年全部收入。",
      sources: [
        { key: "general", label: "一般预算收入", amount: wan("480.50") },
        { key: "fund", label: "基金预算收入", amount: wan("20") },
      ],
      statedTotal: wan("500.50"),
    },
    expenditure: {
      intro: "反映我部门本年度支出预算的总体情况。",
      personnel: wan("300.20"),
      publicFunds: wan("60.30"),
      projects: [
        { name: "政务服务经费", amount: wan("90") },
        { name: "应急值守经费", amount: wan("50") },
      ],
      statedTotal: wan("500.50"),
      statedBasic: wan("360.50"),
      statedProject: wan("140"),
    },
    change: {
      priorYear: 2024,
      prior: { personnel: wan("280"), publicFunds: wan("70.30"), project: wan("200") },
      stated: {
        total: wan("-49.80"),
        basic: wan("10.20"),
        personnel: wan("20.20"),
        publicFunds: wan("-10"),
        project: wan("-60"),
        totalPercent: -9.05,
        basicPercent: 2.91,
        projectPercent: -30,
      },
      reasons: { personnel: "因人员变化", publicFunds: "因工作实际", project: "主要为项目调整" },
    },
    operatingCosts: {
      prior: null,
      purpose: "用于保障我部门正常运转",
      items: [
        { name: "办公及印刷费", amount: wan("20") },
        { name: "差旅费", amount: wan("10.30") },
        { name: "公务用车运行维护费", amount: wan("15") },
        { name: "其他商品服务支出", amount: wan("15") },
      ],
      statedTotal: wan("60.30"),
    },
    sangong: {
      current: { abroad: 0, vehiclePurchase: 0, vehicleOperation: wan("15"), reception: wan("5") },
      prior: { abroad: wan("2"), vehiclePurchase: 0, vehicleOperation: wan("15"), reception: wan("6") },
      statedTotal: wan("20"),
      statedVehicle: wan("15"),
      statedChange: wan("-3"),
      reasons: { abroad: "不再安排出国预算", vehiclePurchase: "", vehicleOperation: "", reception: "压减接待" },
    },
    performance: {
      overallGoals: ["提升政务服务水平。"],
      activities: [
        {
          title: "政务服务",
          budget: wan("90"),
          description: "政务公开、会议管理。",
          goal: "提升服务水平。",
          indicators: [{ name: "对外联络服务满意率", excellent: "≥95%", good: "≥90%", fair: "≥80%", poor: "<80%" }],
          children: [
            {
              title: "政务公开、会议管理",
              budget: wan("90"),
              description: "政务公开。",
              goal: "提升政务公开水平。",
              indicators: [{ name: "事项督查反馈率", excellent: "≥90%", good: "≥80%", fair: "≥60%", poor: "<60%" }],
            },
          ],
        },
        {
          title: "应急管理",
          budget: wan("50"),
          description: "县政府值班工作。",
          goal: "有效处置突发事件。",
          indicators: [],
          children: [],
        },
      ],
    },
    procurement: {
      lines: [
        {
          sourceProject: "政务服务经费",
          sourceBudget: wan("90"),
          catalogCode: "A02010104",
          item: "台式计算机",
          unit: "台",
          unitPrice: wan("0.60"),
          quantity: 10,
          general: wan("6"),
          fund: 0,
          specialAccount: 0,
          other: 0,
          otherChannels: 0,
          statedTotal: wan("6"),
        },
      ],
      statedTotal: wan("6"),
      emptyStatement: "",
    },
    assets: {
      plannedPurchases: [
        { item: "台式计算机", quantity: 10, unit: "台", amount: wan("6") },
        { item: "空调", quantity: 2, unit: "台", amount: wan("1") },
      ],
      statedPlannedTotal: wan("7"),
      table: {
        asOf: "2024-12-31",
        buildingsArea: 1200,
        buildingsValue: wan("600"),
        officeArea: 800,
        officeValue: wan("400"),
        vehicleCount: 2,
        vehicleValue: wan("40"),
        equipmentValue: 0,
        otherValue: wan("85.50"),
        statedTotal: wan("725.50"),
      },
    },
    glossary: [{ term: "基本支出", definition: "指为保障机构正常运转、完成日常工作任务而发生的支出。" }],
    otherMatters: "无。",
    lines: null,
    staff: { authorized: null, active: null, retired: null, statedTotal: null },
  };
}

/** Last year's published disclosure whose current figures are consistentDocument()'s prior ones. */
export function previousYearDocument(): DisclosureDocument {
  const doc = consistentDocument();
  doc.expenditure.personnel = wan("280");
  doc.expenditure.publicFunds = wan("70.30");
  doc.expenditure.projects = [{ name: "政务服务经费", amount: wan("200") }];
  doc.sangong.current = { abroad: wan("2"), vehiclePurchase: 0, vehicleOperation: wan("15"), reception: wan("6") };
  return doc;
}
