/**
 * 部门预算安排的总体情况: revenue and expenditure totals, and the performance table's budgets
 * against the project total.
 *
 * A stated total is compared with its parts *as the document gives them*: the stated subtotal
 * where one is stated, else the subtotal computed from the lines. Each stated figure is thereby
 * checked exactly once (subtotals against their own lines), so one slip yields one finding.
 */
import { agrees } from "../../money";
import { deriveFigures } from "../../disclosure/figures";
import { compareStated, defineRule, partsText, sumMismatch, wanText } from "../kit";
import type { Rule } from "../types";

export const revenueTotal = defineRule({
  id: "revenue.total",
  severity: "error",
  title: "收入合计 = 各项收入之和",
  run(doc, emit) {
    const total = deriveFigures(doc).revenueTotal;
    if (total === null) return; // marked 未列示: completeness names it
    const sources = doc.revenue.sources.map((s) => [s.label, s.amount] as const);
    const parts = sources.length > 0 ? partsText(sources) : "各项收入";
    compareStated(emit, "revenue.statedTotal", doc.revenue.statedTotal, total, (stated) =>
      sumMismatch("预算收入", "收入合计", stated, parts, total),
    );
  },
});

/** 本年收入合计 leaves 上年结转结余 out; 收入总计 (revenue.total above) includes it. */
export const revenueCurrentTotal = defineRule({
  id: "revenue.current-total",
  severity: "error",
  title: "本年收入合计 = 除上年结转结余外的各项收入之和",
  run(doc, emit) {
    const current = deriveFigures(doc).revenueCurrent;
    if (current === null) return; // marked 未列示: completeness names it
    const sources = doc.revenue.sources.filter((s) => s.key !== "carryover").map((s) => [s.label, s.amount] as const);
    const parts = sources.length > 0 ? partsText(sources) : "各项本年收入";
    compareStated(emit, "revenue.statedCurrentTotal", doc.revenue.statedCurrentTotal, current, (stated) =>
      sumMismatch("预算收入", "本年收入合计", stated, parts, current),
    );
  },
});

export const expenditureTotal = defineRule({
  id: "expenditure.total",
  severity: "error",
  title: "支出合计 = 基本支出 + 项目支出",
  run(doc, emit) {
    const f = deriveFigures(doc);
    const basic = doc.expenditure.statedBasic ?? f.basic;
    const project = doc.expenditure.statedProject ?? f.project;
    if (basic === null) return; // 人员经费 or 日常公用经费 not stated: no sum to check
    const parts = partsText([
      ["基本支出", basic],
      ["项目支出", project],
    ]);
    compareStated(emit, "expenditure.statedTotal", doc.expenditure.statedTotal, basic + project, (stated) =>
      sumMismatch("预算支出", "支出合计", stated, parts, basic + project),
    );
  },
});

export const expenditureBasic = defineRule({
  id: "expenditure.basic",
  severity: "error",
  title: "基本支出 = 人员经费 + 日常公用经费",
  run(doc, emit) {
    const { personnel, publicFunds, basic } = deriveFigures(doc);
    if (personnel === null || publicFunds === null || basic === null) return; // a part not stated
    const parts = partsText([
      ["人员经费", personnel],
      ["日常公用经费", publicFunds],
    ]);
    compareStated(emit, "expenditure.statedBasic", doc.expenditure.statedBasic, basic, (stated) =>
      sumMismatch("预算支出", "基本支出", stated, parts, basic),
    );
  },
});

export const expenditureProject = defineRule({
  id: "expenditure.project",
  severity: "error",
  title: "项目支出 = 各项目之和",
  run(doc, emit) {
    const f = deriveFigures(doc);
    const parts = `${doc.expenditure.projects.length}个项目`;
    compareStated(emit, "expenditure.statedProject", doc.expenditure.statedProject, f.project, (stated) =>
      sumMismatch("预算支出", "项目支出", stated, parts, f.project),
    );
  },
});

/**
 * Computed totals first. The stated totals are compared with each other only when each agrees
 * with its own lines: otherwise revenue.total or the expenditure rules already report the slip.
 */
export const revenueExpenditureBalance = defineRule({
  id: "revenue-expenditure.balance",
  severity: "error",
  title: "收入合计 = 支出合计",
  run(doc, emit) {
    const f = deriveFigures(doc);
    // 人员经费 or 日常公用经费 not stated: the expenditure total is not known (completeness says so).
    if (f.expenditureTotal === null || f.expenditureGrandTotal === null) return;
    // Revenue marked 未列示: nothing to balance against (completeness says so).
    if (f.revenueTotal === null) return;
    // 收入总计 = 支出总计: 本年支出合计 plus 结转下年 where the lines carry one.
    if (!agrees(f.revenueTotal, f.expenditureGrandTotal)) {
      const spent =
        f.carryForward === 0
          ? `支出合计（基本支出+项目支出）${wanText(f.expenditureTotal)}`
          : `支出总计（本年支出合计${wanText(f.expenditureTotal)}+结转下年${wanText(f.carryForward)}）${wanText(f.expenditureGrandTotal)}`;
      emit({
        field: "revenue.sources",
        expected: f.expenditureGrandTotal,
        actual: f.revenueTotal,
        message: `收支不平衡：各项收入之和${wanText(f.revenueTotal)}，与${spent}不符（上年结转结余也应列为收入来源）`,
      });
      return;
    }
    const revenue = doc.revenue.statedTotal;
    const expenditure = doc.expenditure.statedTotal;
    if (revenue === undefined || expenditure === undefined) return;
    if (!agrees(revenue, f.revenueTotal) || !agrees(expenditure, f.expenditureTotal) || f.carryForward !== 0) return;
    if (agrees(revenue, expenditure)) return;
    emit({
      field: "revenue.statedTotal",
      expected: expenditure,
      actual: revenue,
      message: `收支不平衡：所列收入合计${wanText(revenue)}，与所列支出合计${wanText(expenditure)}不符`,
    });
  },
});

/** Sub-activities repeat their parent's budget, so only top-level activities are summed. */
export const activityBudgets = defineRule({
  id: "performance.activity-budgets",
  severity: "warning",
  title: "各职责活动年度预算数之和 = 项目支出",
  run(doc, emit) {
    const budgeted = doc.performance.activities.filter((a) => a.budget !== null);
    if (budgeted.length === 0) return;
    const f = deriveFigures(doc);
    if (agrees(f.activityBudgets, f.project)) return;
    emit({
      field: "performance.activities",
      expected: f.project,
      actual: f.activityBudgets,
      message:
        `绩效预算信息：${budgeted.length}项职责活动的年度预算数之和${wanText(f.activityBudgets)}，` +
        `与项目支出${wanText(f.project)}不符`,
    });
  },
});

export const REVENUE_EXPENDITURE_RULES: readonly Rule[] = [
  revenueTotal,
  revenueCurrentTotal,
  expenditureTotal,
  expenditureBasic,
  expenditureProject,
  revenueExpenditureBalance,
  activityBudgets,
];
