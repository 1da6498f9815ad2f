import { describe, expect, it } from "vitest";
import { wan } from "../../money";
import { consistentDocument } from "../fixture";
import { expectOneFinding } from "../test-helpers";
import {
  activityBudgets,
  expenditureBasic,
  expenditureProject,
  expenditureTotal,
  revenueExpenditureBalance,
  revenueTotal,
} from "./revenue-expenditure";

describe("revenue.total", () => {
  it("passes when the stated total is the sum of the sources", () => {
    expect(revenueTotal.check(consistentDocument(), {})).toEqual([]);
  });

  it("passes within 0.01万元 and when no total is stated", () => {
    const doc = consistentDocument();
    doc.revenue.statedTotal = wan("500.51");
    expect(revenueTotal.check(doc, {})).toEqual([]);
    delete doc.revenue.statedTotal;
    doc.revenue.sources[0]!.amount = wan("1");
    expect(revenueTotal.check(doc, {})).toEqual([]);
  });

  it("flags a stated total that is not the sum of the sources", () => {
    const doc = consistentDocument();
    doc.revenue.statedTotal = wan("500.70");
    const f = expectOneFinding(revenueTotal.check(doc, {}), {
      ruleId: "revenue.total",
      severity: "error",
      field: "revenue.statedTotal",
      mentions: ["收入合计500.70万元", "一般预算收入480.50万元", "基金预算收入20.00万元", "之和500.50万元"],
    });
    expect(f).toMatchObject({ expected: wan("500.50"), actual: wan("500.70") });
  });
});

describe("expenditure.total", () => {
  it("passes when the stated total is basic + project", () => {
    expect(expenditureTotal.check(consistentDocument(), {})).toEqual([]);
  });

  it("flags a stated total that is not basic + project", () => {
    const doc = consistentDocument();
    doc.expenditure.statedTotal = wan("510.50");
    expectOneFinding(expenditureTotal.check(doc, {}), {
      ruleId: "expenditure.total",
      severity: "error",
      field: "expenditure.statedTotal",
      mentions: ["支出合计510.50万元", "基本支出360.50万元", "项目支出140.00万元", "之和500.50万元"],
    });
  });

  it("adds the stated subtotals, leaving a wrong subtotal to its own rule", () => {
    const doc = consistentDocument();
    doc.expenditure.statedBasic = wan("370.50");
    doc.expenditure.statedTotal = wan("510.50");
    expect(expenditureTotal.check(doc, {})).toEqual([]);
    expect(expenditureBasic.check(doc, {})).toHaveLength(1);
  });
});

describe("expenditure.basic", () => {
  it("passes when basic = personnel + public funds", () => {
    expect(expenditureBasic.check(consistentDocument(), {})).toEqual([]);
  });

  it("flags a stated basic that is not personnel + public funds", () => {
    const doc = consistentDocument();
    doc.expenditure.publicFunds = wan("60");
    expectOneFinding(expenditureBasic.check(doc, {}), {
      ruleId: "expenditure.basic",
      severity: "error",
      field: "expenditure.statedBasic",
      mentions: ["基本支出360.50万元", "人员经费300.20万元", "日常公用经费60.00万元", "之和360.20万元"],
    });
  });
});

describe("expenditure.project", () => {
  it("passes when project = Σ projects", () => {
    expect(expenditureProject.check(consistentDocument(), {})).toEqual([]);
  });

  it("flags a stated project total that is not Σ projects", () => {
    const doc = consistentDocument();
    doc.expenditure.projects.push({ name: "新增项目", amount: wan("3.25") });
    expectOneFinding(expenditureProject.check(doc, {}), {
      ruleId: "expenditure.project",
      severity: "error",
      field: "expenditure.statedProject",
      mentions: ["项目支出140.00万元", "3个项目之和143.25万元"],
    });
  });
});

describe("revenue-expenditure.balance", () => {
  it("passes when revenue = expenditure", () => {
    expect(revenueExpenditureBalance.check(consistentDocument(), {})).toEqual([]);
  });

  it("flags computed revenue ≠ computed expenditure", () => {
    const doc = consistentDocument();
    doc.revenue.sources.push({ key: "carryover", label: "上年结转", amount: wan("12") });
    expectOneFinding(revenueExpenditureBalance.check(doc, {}), {
      ruleId: "revenue-expenditure.balance",
      severity: "error",
      field: "revenue.sources",
      mentions: ["各项收入之和512.50万元", "支出合计（基本支出+项目支出）500.50万元"],
    });
  });

  it("flags stated totals that disagree though each is within tolerance of its lines", () => {
    const doc = consistentDocument();
    doc.revenue.statedTotal = wan("500.51");
    doc.expenditure.statedTotal = wan("500.49");
    expectOneFinding(revenueExpenditureBalance.check(doc, {}), {
      ruleId: "revenue-expenditure.balance",
      severity: "error",
      field: "revenue.statedTotal",
      mentions: ["收入合计500.51万元", "支出合计500.49万元"],
    });
  });

  it("leaves a stated total that is off its own lines to revenue.total", () => {
    const doc = consistentDocument();
    doc.revenue.statedTotal = wan("600");
    expect(revenueExpenditureBalance.check(doc, {})).toEqual([]);
  });
});

describe("performance.activity-budgets", () => {
  it("passes when the top-level budgets add up to the project total", () => {
    expect(activityBudgets.check(consistentDocument(), {})).toEqual([]);
  });

  it("passes when no activity has a budget", () => {
    const doc = consistentDocument();
    for (const a of doc.performance.activities) a.budget = null;
    expect(activityBudgets.check(doc, {})).toEqual([]);
  });

  it("warns when the budgets do not add up to the project total", () => {
    const doc = consistentDocument();
    doc.performance.activities[1]!.budget = null;
    expectOneFinding(activityBudgets.check(doc, {}), {
      ruleId: "performance.activity-budgets",
      severity: "warning",
      field: "performance.activities",
      mentions: ["1项职责活动", "年度预算数之和90.00万元", "项目支出140.00万元"],
    });
  });
});
