/**
 * A Chinese description of a document path for messages that do not name their field
 * (schema errors such as "请填写名称"): "expenditure.projects.2.name" → "支出 › 项目 第3项 › 名称".
 */
const SEGMENTS: Readonly<Record<string, string>> = {
  preamble: "开篇段落",
  duties: "部门职责",
  units: "机构设置",
  nature: "单位性质",
  rank: "单位规格",
  funding: "经费保障形式",
  overview: "总体情况说明",
  revenue: "收入",
  sources: "收入来源",
  expenditure: "支出",
  projects: "项目",
  personnel: "人员经费",
  publicFunds: "日常公用经费",
  project: "项目支出",
  change: "比上年增减",
  priorYear: "对比年度",
  prior: "上年",
  current: "本年",
  stated: "原文所列数",
  reasons: "变动原因",
  operatingCosts: "机关运行经费",
  purpose: "用途",
  items: "明细",
  sangong: "三公经费",
  abroad: "因公出国（境）费",
  vehiclePurchase: "公务用车购置费",
  vehicleOperation: "公务用车运行维护费",
  reception: "公务接待费",
  performance: "绩效预算信息",
  overallGoals: "总体绩效目标",
  activities: "一级活动",
  children: "二级活动",
  indicators: "绩效指标",
  excellent: "优",
  good: "良",
  fair: "中",
  poor: "差",
  procurement: "政府采购",
  lines: "采购项目",
  emptyStatement: "空表说明",
  assets: "国有资产",
  plannedPurchases: "拟购置资产",
  table: "固定资产占用情况表",
  asOf: "截止时间",
  glossary: "名词解释",
  otherMatters: "其他需要说明的事项",
  name: "名称",
  label: "名称",
  title: "名称",
  item: "名称",
  amount: "金额",
  budget: "年度预算数",
  description: "内容描述",
  goal: "绩效目标",
  term: "名词",
  definition: "解释",
  intro: "说明",
  total: "合计",
  statedTotal: "所列合计",
};

export function describeField(path: string): string {
  const parts: string[] = [];
  for (const segment of path.split(".").filter((s) => s !== "")) {
    if (/^\d+$/.test(segment)) {
      const last = parts.length - 1;
      if (last >= 0) parts[last] = `${parts[last]} 第${Number(segment) + 1}项`;
      else parts.push(`第${Number(segment) + 1}项`);
    } else {
      parts.push(Object.hasOwn(SEGMENTS, segment) ? SEGMENTS[segment]! : segment);
    }
  }
  return parts.join(" › ");
}
