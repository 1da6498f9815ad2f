import { describe, expect, it } from "vitest";
import { wan } from "../../money";
import { consistentDocument } from "../fixture";
import { expectOneFinding } from "../test-helpers";
import {
  PROCUREMENT_THRESHOLD_YUAN,
  assetsOffice,
  assetsPlannedTotal,
  assetsTotal,
  procurementLineTotalRule,
  procurementTotal,
  purchasesWithoutProcurement,
} from "./assets-procurement";

describe("assets.total", () => {
  it("passes when 资产总额 = 房屋 + 车辆 + 设备 + 其他", () => {
    expect(assetsTotal.check(consistentDocument(), {})).toEqual([]);
  });

  it("flags a 资产总额 that is not the sum", () => {
    const doc = consistentDocument();
    doc.assets.table.otherValue = wan("85.40");
    expectOneFinding(assetsTotal.check(doc, {}), {
      ruleId: "assets.total",
      severity: "error",
      field: "assets.table.statedTotal",
      mentions: ["资产总额725.50万元", "房屋600.00万元", "车辆40.00万元", "其他固定资产85.40万元", "之和725.40万元"],
    });
  });
});

describe("assets.office", () => {
  it("passes when 办公用房 ≤ 房屋, equal included", () => {
    const doc = consistentDocument();
    expect(assetsOffice.check(doc, {})).toEqual([]);
    doc.assets.table.officeArea = doc.assets.table.buildingsArea;
    doc.assets.table.officeValue = doc.assets.table.buildingsValue;
    expect(assetsOffice.check(doc, {})).toEqual([]);
  });

  it("flags an office value larger than the buildings' value", () => {
    const doc = consistentDocument();
    doc.assets.table.officeValue = wan("600.50");
    expectOneFinding(assetsOffice.check(doc, {}), {
      ruleId: "assets.office",
      severity: "error",
      field: "assets.table.officeValue",
      mentions: ["办公用房价值600.50万元", "房屋价值600.00万元"],
    });
  });

  it("flags an office area larger than the buildings' area", () => {
    const doc = consistentDocument();
    doc.assets.table.officeArea = 1500;
    expectOneFinding(assetsOffice.check(doc, {}), {
      ruleId: "assets.office",
      severity: "error",
      field: "assets.table.officeArea",
      mentions: ["办公用房面积1500平方米", "房屋面积1200平方米"],
    });
  });
});

describe("assets.planned-total", () => {
  it("passes when the stated amount is Σ planned purchases", () => {
    expect(assetsPlannedTotal.check(consistentDocument(), {})).toEqual([]);
  });

  it("flags a stated amount that is not Σ planned purchases", () => {
    const doc = consistentDocument();
    doc.assets.statedPlannedTotal = wan("7.50");
    expectOneFinding(assetsPlannedTotal.check(doc, {}), {
      ruleId: "assets.planned-total",
      severity: "error",
      field: "assets.statedPlannedTotal",
      mentions: ["固定资产购置预算7.50万元", "2项拟购置资产之和7.00万元"],
    });
  });
});

describe("procurement.total", () => {
  it("passes when the total is Σ lines", () => {
    expect(procurementTotal.check(consistentDocument(), {})).toEqual([]);
  });

  it("flags a total that is not Σ lines", () => {
    const doc = consistentDocument();
    doc.procurement.statedTotal = wan("16");
    expectOneFinding(procurementTotal.check(doc, {}), {
      ruleId: "procurement.total",
      severity: "error",
      field: "procurement.statedTotal",
      mentions: ["政府采购预算", "合计16.00万元", "1行之和6.00万元"],
    });
  });
});

describe("procurement.line-total", () => {
  it("passes when each line's total is Σ its funding columns", () => {
    expect(procurementLineTotalRule.check(consistentDocument(), {})).toEqual([]);
  });

  it("flags a line whose total is not Σ its funding columns, once", () => {
    const doc = consistentDocument();
    doc.procurement.lines[0]!.otherChannels = wan("1.50");
    expect(procurementTotal.check(doc, {})).toEqual([]);
    expectOneFinding(procurementLineTotalRule.check(doc, {}), {
      ruleId: "procurement.line-total",
      severity: "error",
      field: "procurement.lines.0.statedTotal",
      mentions: ["第1行（台式计算机）", "合计6.00万元", "一般公共预算拨款6.00万元", "其他渠道资金1.50万元", "之和7.50万元"],
    });
  });
});

describe("assets.purchases-without-procurement", () => {
  it("passes with small purchases and an empty table (the 434/2018 case)", () => {
    const doc = consistentDocument();
    doc.procurement.lines = [];
    doc.procurement.statedTotal = 0;
    doc.procurement.emptyStatement = "未安排政府采购预算，空表列示。";
    doc.assets.plannedPurchases[0]!.amount = PROCUREMENT_THRESHOLD_YUAN - 1;
    expect(purchasesWithoutProcurement.check(doc, {})).toEqual([]);
  });

  it("passes when the procurement table has lines", () => {
    const doc = consistentDocument();
    doc.assets.plannedPurchases[0]!.amount = wan("25");
    expect(purchasesWithoutProcurement.check(doc, {})).toEqual([]);
  });

  it("warns when a purchase reaches the threshold and the table is empty", () => {
    const doc = consistentDocument();
    doc.procurement.lines = [];
    doc.assets.plannedPurchases[0]!.amount = PROCUREMENT_THRESHOLD_YUAN;
    expectOneFinding(purchasesWithoutProcurement.check(doc, {}), {
      ruleId: "assets.purchases-without-procurement",
      severity: "warning",
      field: "procurement.lines",
      mentions: ["台式计算机10.00万元", "10.00万元的采购限额", "空表"],
    });
  });
});
