/**
 * Chinese names of document paths for the reviewer's diffs and the audit trail:
 * "expenditure.projects.2.amount" → "项目支出·第3项·金额". The tree follows lib/disclosure/schema.ts;
 * an unknown segment is shown as it is rather than dropped, so a new field is never hidden.
 */
export type FieldKind = "yuan" | "percent" | "status" | "text";

interface Leaf {
  label: string;
  kind: FieldKind;
}
interface Branch {
  /** Empty for a grouping that adds nothing to the name (e.g. "expenditure"). */
  label: string;
  fields?: Readonly<Record<string, Node>>;
  /** The node of each element when this is a list. */
  item?: Node;
}
type Node = Leaf | Branch;

const t = (label: string): Leaf => ({ label, kind: "text" });
const y = (label: string): Leaf => ({ label, kind: "yuan" });
const pct = (label: string): Leaf => ({ label, kind: "percent" });
const list = (label: string, fields?: Record<string, Node>): Branch => ({ label, item: fields ? { label: "", fields } : t("") });
const group = (label: string, fields: Record<string, Node>): Branch => ({ label, fields });

const named = { name: t("名称"), amount: y("金额") };
const sangong = (kind: (label: string) => Leaf) => ({
  abroad: kind("因公出国（境）费"),
  vehiclePurchase: kind("公务用车购置费"),
  vehicleOperation: kind("公务用车运行维护费"),
  reception: kind("公务接待费"),
});
const activity = {
  title: t("名称"),
  budget: y("年度预算数"),
  description: t("内容描述"),
  goal: t("绩效目标"),
  indicators: list("绩效指标", { name: t("指标名称"), excellent: t("优"), good: t("良"), fair: t("中"), poor: t("差") }),
};

const ROOT: Branch = group("", {
  schemaVersion: t("格式版本"),
  preamble: t("开篇段落"),
  duties: list("部门职责"),
  units: list("机构设置", { name: t("单位名称"), nature: t("单位性质"), rank: t("单位规格"), funding: t("经费保障形式") }),
  overview: t("总体情况说明"),
  revenue: group("", {
    intro: t("收入说明"),
    sources: list("收入来源", { key: t("类别"), label: t("名称"), amount: y("金额") }),
    statedTotal: y("收入合计（原文所列）"),
  }),
  expenditure: group("", {
    intro: t("支出说明"),
    personnel: y("人员经费"),
    publicFunds: y("日常公用经费"),
    projects: list("项目支出", named),
    statedTotal: y("支出合计（原文所列）"),
    statedBasic: y("基本支出（原文所列）"),
    statedProject: y("项目支出（原文所列）"),
  }),
  change: group("比上年增减", {
    priorYear: t("对比年度"),
    prior: group("上年数", { personnel: y("人员经费"), publicFunds: y("日常公用经费"), project: y("项目支出") }),
    stated: group("原文所列增减", {
      total: y("支出合计"),
      basic: y("基本支出"),
      personnel: y("人员经费"),
      publicFunds: y("日常公用经费"),
      project: y("项目支出"),
      totalPercent: pct("支出合计增减率"),
      basicPercent: pct("基本支出增减率"),
      projectPercent: pct("项目支出增减率"),
    }),
    reasons: group("变动原因", { personnel: t("人员经费"), publicFunds: t("日常公用经费"), project: t("项目支出") }),
  }),
  operatingCosts: group("机关运行经费", {
    purpose: t("用途"),
    items: list("明细", named),
    statedTotal: y("合计（原文所列）"),
  }),
  sangong: group("“三公”经费", {
    current: group("本年", sangong(y)),
    prior: group("上年", sangong(y)),
    statedTotal: y("合计（原文所列）"),
    statedVehicle: y("公务用车购置及运行维护费（原文所列）"),
    statedChange: y("增减（原文所列）"),
    reasons: group("增减原因", sangong(t)),
  }),
  performance: group("绩效", {
    overallGoals: list("总体绩效目标"),
    activities: list("一级活动", { ...activity, children: list("二级活动", activity) }),
  }),
  procurement: group("政府采购", {
    lines: list("采购项目", {
      sourceProject: t("项目来源"),
      sourceBudget: y("来源预算资金"),
      catalogCode: t("目录序号"),
      item: t("采购项目名称"),
      unit: t("数量单位"),
      unitPrice: y("单价"),
      quantity: t("数量"),
      general: y("一般公共预算拨款"),
      fund: y("基金预算拨款"),
      specialAccount: y("财政专户核拨资金"),
      other: y("其他来源收入"),
      otherChannels: y("其他渠道资金"),
      statedTotal: y("合计（原文所列）"),
    }),
    statedTotal: y("合计（原文所列）"),
    emptyStatement: t("空表说明"),
  }),
  assets: group("国有资产", {
    plannedPurchases: list("拟购置资产", { item: t("名称"), quantity: t("数量"), unit: t("单位"), amount: y("金额") }),
    statedPlannedTotal: y("拟购置合计（原文所列）"),
    table: group("固定资产占用", {
      asOf: t("截止日期"),
      buildingsArea: t("房屋面积（平方米）"),
      buildingsValue: y("房屋价值"),
      officeArea: t("办公用房面积（平方米）"),
      officeValue: y("办公用房价值"),
      vehicleCount: t("车辆数"),
      vehicleValue: y("车辆价值"),
      equipmentValue: y("单价20万元以上设备"),
      otherValue: y("其他固定资产"),
      statedTotal: y("资产总额（原文所列）"),
    }),
  }),
  glossary: list("名词解释", { term: t("名词"), definition: t("解释") }),
  otherMatters: t("其他需要说明的事项"),
  // Fields of audit entries outside the document.
  status: { label: "状态", kind: "status" },
  approvalDate: t("批复日期"),
});

function resolve(path: string): { parts: string[]; node: Node | null } {
  const parts: string[] = [];
  let node: Node | null = ROOT;
  for (const segment of path.split(".").filter((s) => s !== "")) {
    const branch: Branch | null = node && !("kind" in node) ? node : null;
    if (/^\d+$/.test(segment) && branch?.item) {
      parts.push(`第${Number(segment) + 1}项`);
      node = branch.item;
    } else if (branch?.fields && Object.hasOwn(branch.fields, segment)) {
      node = branch.fields[segment]!;
      if (node.label) parts.push(node.label);
    } else {
      parts.push(/^\d+$/.test(segment) ? `第${Number(segment) + 1}项` : segment);
      node = null;
    }
  }
  return { parts, node };
}

/** "expenditure.projects.2.amount" → "项目支出·第3项·金额". */
export function fieldName(path: string): string {
  const { parts } = resolve(path);
  return parts.length > 0 ? parts.join("·") : "全文";
}

/** How a field's values are shown: amounts in 万元, percentages, statuses, or as text. */
export function fieldKind(path: string): FieldKind {
  const { node } = resolve(path);
  return node && "kind" in node ? node.kind : "text";
}
