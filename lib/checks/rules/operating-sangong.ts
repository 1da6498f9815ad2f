/**
 * 机关运行经费 and 财政拨款"三公"经费.
 * The 三公 total is compared with its parts as stated (the stated 公务用车购置及运维费 where one
 * is stated), so a wrong vehicle subtotal is reported once, by sangong.vehicle.
 */
import { agrees, sum } from "../../money";
import { deriveFigures } from "../../disclosure/figures";
import { compareStated, defineRule, partsText, sumMismatch, wanText } from "../kit";
import type { Rule } from "../types";

export const operatingTotal = defineRule({
  id: "operating.total",
  severity: "error",
  title: "机关运行经费 = 各明细之和",
  run(doc, emit) {
    const total = deriveFigures(doc).operatingCosts;
    if (total === null) return; // marked 未列示: completeness names it
    const parts = `${doc.operatingCosts.items.length}项明细`;
    compareStated(emit, "operatingCosts.statedTotal", doc.operatingCosts.statedTotal, total, (stated) =>
      sumMismatch("机关运行经费", "合计", stated, parts, total),
    );
  },
});

export const sangongTotal = defineRule({
  id: "sangong.total",
  severity: "error",
  title: "“三公”经费 = 因公出国（境）费 + 公务用车购置及运行维护费 + 公务接待费",
  run(doc, emit) {
    const { sangong } = deriveFigures(doc);
    const vehicle = doc.sangong.statedVehicle ?? sangong.vehicle;
    // A part not stated: no sum to check (the completeness check names the part instead).
    if (sangong.abroad === null || vehicle === null || sangong.reception === null) return;
    const total = sangong.abroad + vehicle + sangong.reception;
    const parts = partsText([
      ["因公出国（境）费", sangong.abroad],
      ["公务用车购置及运行维护费", vehicle],
      ["公务接待费", sangong.reception],
    ]);
    compareStated(emit, "sangong.statedTotal", doc.sangong.statedTotal, total, (stated) =>
      sumMismatch("“三公”经费", "合计", stated, parts, total),
    );
  },
});

export const sangongVehicle = defineRule({
  id: "sangong.vehicle",
  severity: "error",
  title: "公务用车购置及运行维护费 = 购置费 + 运行维护费",
  run(doc, emit) {
    const { sangong } = deriveFigures(doc);
    const { vehiclePurchase, vehicleOperation, vehicle } = sangong;
    if (vehiclePurchase === null || vehicleOperation === null || vehicle === null) return;
    const parts = partsText([
      ["公务用车购置费", vehiclePurchase],
      ["公务用车运行维护费", vehicleOperation],
    ]);
    compareStated(emit, "sangong.statedVehicle", doc.sangong.statedVehicle, vehicle, (stated) =>
      sumMismatch("“三公”经费", "公务用车购置及运行维护费", stated, parts, vehicle),
    );
  },
});

export const sangongChange = defineRule({
  id: "sangong.change",
  severity: "error",
  title: "“三公”经费比上年增减 = 本年合计 − 上年合计",
  run(doc, emit) {
    const f = deriveFigures(doc);
    const current = f.sangong.total;
    const prior = f.sangongPrior.total;
    if (prior === null || current === null) return; // items not all stated: completeness says so
    compareStated(emit, "sangong.statedChange", doc.sangong.statedChange, current - prior, (stated) =>
      `“三公”经费：所列比上年增减${wanText(stated)}，` +
      `与本年合计${wanText(current)}减上年合计${wanText(prior)}之差${wanText(current - prior)}不符`,
    );
  },
});

/** 机关运行经费 is the 日常公用经费 of administrative units; 事业 units may legitimately differ. */
export const operatingPublicFunds = defineRule({
  id: "operating.public-funds",
  severity: "warning",
  title: "行政单位的机关运行经费 = 日常公用经费",
  run(doc, emit) {
    if (!doc.units.some((u) => u.nature.trim() === "行政")) return;
    const f = deriveFigures(doc);
    if (f.publicFunds === null || f.operatingCosts === null || agrees(f.operatingCosts, f.publicFunds)) return;
    emit({
      field: "operatingCosts.items",
      expected: f.publicFunds,
      actual: f.operatingCosts,
      message:
        `机关运行经费：行政单位的机关运行经费${wanText(f.operatingCosts)}，` +
        `与日常公用经费${wanText(f.publicFunds)}不符`,
    });
  },
});

const VEHICLE_ITEM = "公务用车运行维护";

/**
 * The 三公 vehicle operation covers every funding of the vehicles, the 机关运行经费 line only the
 * basic-expenditure part: the former cannot be the smaller one without a reason.
 */
export const sangongVehicleOperation = defineRule({
  id: "sangong.vehicle-operation",
  severity: "warning",
  title: "“三公”公务用车运行维护费 ≥ 机关运行经费中的公务用车运行维护费",
  run(doc, emit) {
    const lines = doc.operatingCosts.items.filter((i) => i.name.includes(VEHICLE_ITEM));
    if (lines.length === 0) return;
    const operating = sum(lines.map((i) => i.amount));
    const sangong = doc.sangong.current.vehicleOperation;
    if (sangong === null || sangong >= operating || agrees(sangong, operating)) return;
    emit({
      field: "sangong.current.vehicleOperation",
      expected: operating,
      actual: sangong,
      message:
        `“三公”经费：公务用车运行维护费${wanText(sangong)}，` +
        `小于机关运行经费中的公务用车运行维护费${wanText(operating)}`,
    });
  },
});

export const OPERATING_SANGONG_RULES: readonly Rule[] = [
  operatingTotal,
  sangongTotal,
  sangongVehicle,
  sangongChange,
  operatingPublicFunds,
  sangongVehicleOperation,
];
