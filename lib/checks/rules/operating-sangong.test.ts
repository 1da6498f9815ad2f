import { describe, expect, it } from "vitest";
import { wan } from "../../money";
import { consistentDocument } from "../fixture";
import { expectOneFinding } from "../test-helpers";
import {
  operatingPublicFunds,
  operatingTotal,
  sangongChange,
  sangongTotal,
  sangongVehicle,
  sangongVehicleOperation,
} from "./operating-sangong";

describe("operating.total", () => {
  it("passes when the stated total is Σ items", () => {
    expect(operatingTotal.check(consistentDocument(), {})).toEqual([]);
  });

  it("flags a stated total that is not Σ items", () => {
    const doc = consistentDocument();
    doc.operatingCosts.statedTotal = wan("62.30");
    expectOneFinding(operatingTotal.check(doc, {}), {
      ruleId: "operating.total",
      severity: "error",
      field: "operatingCosts.statedTotal",
      mentions: ["机关运行经费", "合计62.30万元", "4项明细之和60.30万元"],
    });
  });
});

describe("sangong.total", () => {
  it("passes when the total is 出国 + 车辆 + 接待", () => {
    expect(sangongTotal.check(consistentDocument(), {})).toEqual([]);
  });

  it("flags a total that is not the sum of its items", () => {
    const doc = consistentDocument();
    doc.sangong.current.reception = wan("7");
    expectOneFinding(sangongTotal.check(doc, {}), {
      ruleId: "sangong.total",
      severity: "error",
      field: "sangong.statedTotal",
      mentions: ["合计20.00万元", "因公出国（境）费0.00万元", "公务用车购置及运行维护费15.00万元", "公务接待费7.00万元", "之和22.00万元"],
    });
  });
});

describe("sangong.vehicle", () => {
  it("passes when the vehicle figure is 购置 + 运行维护", () => {
    expect(sangongVehicle.check(consistentDocument(), {})).toEqual([]);
  });

  it("flags a vehicle figure that is not 购置 + 运行维护, once", () => {
    const doc = consistentDocument();
    doc.sangong.statedVehicle = wan("17");
    doc.sangong.statedTotal = wan("22");
    expect(sangongTotal.check(doc, {})).toEqual([]);
    expectOneFinding(sangongVehicle.check(doc, {}), {
      ruleId: "sangong.vehicle",
      severity: "error",
      field: "sangong.statedVehicle",
      mentions: ["公务用车购置及运行维护费17.00万元", "公务用车购置费0.00万元", "公务用车运行维护费15.00万元", "之和15.00万元"],
    });
  });
});

describe("sangong.change", () => {
  it("passes when the stated change is current − prior total", () => {
    expect(sangongChange.check(consistentDocument(), {})).toEqual([]);
  });

  it("flags a stated change that is not current − prior total", () => {
    const doc = consistentDocument();
    doc.sangong.statedChange = wan("-5");
    expectOneFinding(sangongChange.check(doc, {}), {
      ruleId: "sangong.change",
      severity: "error",
      field: "sangong.statedChange",
      mentions: ["比上年增减-5.00万元", "本年合计20.00万元", "上年合计23.00万元", "之差-3.00万元"],
    });
  });
});

describe("operating.public-funds", () => {
  it("passes when 机关运行经费 = 日常公用经费", () => {
    expect(operatingPublicFunds.check(consistentDocument(), {})).toEqual([]);
  });

  it("passes for units that are not 行政", () => {
    const doc = consistentDocument();
    doc.units[0]!.nature = "事业";
    doc.operatingCosts.items.pop();
    expect(operatingPublicFunds.check(doc, {})).toEqual([]);
  });

  it("warns for an administrative unit whose 机关运行经费 ≠ 日常公用经费", () => {
    const doc = consistentDocument();
    doc.operatingCosts.items.pop();
    expectOneFinding(operatingPublicFunds.check(doc, {}), {
      ruleId: "operating.public-funds",
      severity: "warning",
      field: "operatingCosts.items",
      mentions: ["机关运行经费45.30万元", "日常公用经费60.30万元"],
    });
  });
});

describe("sangong.vehicle-operation", () => {
  it("passes when the 三公 vehicle operation is at least the 机关运行经费 line", () => {
    expect(sangongVehicleOperation.check(consistentDocument(), {})).toEqual([]);
  });

  it("passes when 机关运行经费 has no vehicle line", () => {
    const doc = consistentDocument();
    doc.operatingCosts.items = doc.operatingCosts.items.filter((i) => !i.name.includes("公务用车"));
    doc.sangong.current.vehicleOperation = 0;
    expect(sangongVehicleOperation.check(doc, {})).toEqual([]);
  });

  it("warns when the 三公 vehicle operation is smaller", () => {
    const doc = consistentDocument();
    doc.sangong.current.vehicleOperation = wan("12.50");
    expectOneFinding(sangongVehicleOperation.check(doc, {}), {
      ruleId: "sangong.vehicle-operation",
      severity: "warning",
      field: "sangong.current.vehicleOperation",
      mentions: ["公务用车运行维护费12.50万元", "机关运行经费中的公务用车运行维护费15.00万元"],
    });
  });
});
