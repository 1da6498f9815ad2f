/**
 * 政府采购预算 and 国有资产信息.
 * The procurement total is compared with the lines as stated (a line's stated total where one is
 * stated), so a wrong line is reported once, by procurement.line-total.
 */
import { TOLERANCE, sum, wan, type Yuan } from "../../money";
import { deriveFigures, procurementLineTotal } from "../../disclosure/figures";
import type { ProcurementLine } from "../../disclosure/schema";
import { compareStated, defineRule, partsText, sumMismatch, wanText } from "../kit";
import type { Rule } from "../types";

/**
 * A purchase below the county's 分散采购限额 needs no 政府采购预算. That is why the real 434/2018
 * disclosure — 7万元 of small purchases (the largest 4.4万元) and an empty procurement table — is
 * not flagged: only a single planned purchase of at least this amount is expected in the table.
 */
export const PROCUREMENT_THRESHOLD_YUAN: Yuan = wan("10");

export const assetsTotal = defineRule({
  id: "assets.total",
  severity: "error",
  title: "资产总额 = 房屋 + 车辆 + 设备 + 其他固定资产",
  run(doc, emit) {
    const { table } = doc.assets;
    const total = deriveFigures(doc).assetTotal;
    const parts = partsText([
      ["房屋", table.buildingsValue],
      ["车辆", table.vehicleValue],
      ["单价20万元以上的设备", table.equipmentValue],
      ["其他固定资产", table.otherValue],
    ]);
    compareStated(emit, "assets.table.statedTotal", table.statedTotal, total, (stated) =>
      sumMismatch("固定资产占用情况表", "资产总额", stated, parts, total),
    );
  },
});

export const assetsOffice = defineRule({
  id: "assets.office",
  severity: "error",
  title: "其中办公用房 ≤ 房屋",
  run(doc, emit) {
    const { table } = doc.assets;
    if (table.officeValue - table.buildingsValue > TOLERANCE) {
      emit({
        field: "assets.table.officeValue",
        expected: table.buildingsValue,
        actual: table.officeValue,
        message:
          `固定资产占用情况表：办公用房价值${wanText(table.officeValue)}，` +
          `大于房屋价值${wanText(table.buildingsValue)}`,
      });
    }
    if (table.officeArea > table.buildingsArea) {
      emit({
        field: "assets.table.officeArea",
        message:
          `固定资产占用情况表：办公用房面积${table.officeArea}平方米，` +
          `大于房屋面积${table.buildingsArea}平方米`,
      });
    }
  },
});

export const assetsPlannedTotal = defineRule({
  id: "assets.planned-total",
  severity: "error",
  title: "拟购置固定资产预算 = 各项购置之和",
  run(doc, emit) {
    const total = deriveFigures(doc).plannedPurchases;
    const parts = `${doc.assets.plannedPurchases.length}项拟购置资产`;
    compareStated(emit, "assets.statedPlannedTotal", doc.assets.statedPlannedTotal, total, (stated) =>
      sumMismatch("国有资产信息", "固定资产购置预算", stated, parts, total),
    );
  },
});

const statedLineTotal = (line: ProcurementLine): Yuan => line.statedTotal ?? procurementLineTotal(line);

export const procurementTotal = defineRule({
  id: "procurement.total",
  severity: "error",
  title: "政府采购预算合计 = 各行之和",
  run(doc, emit) {
    const { lines, statedTotal } = doc.procurement;
    const total = sum(lines.map(statedLineTotal));
    compareStated(emit, "procurement.statedTotal", statedTotal, total, (stated) =>
      sumMismatch("政府采购预算", "合计", stated, `${lines.length}行`, total),
    );
  },
});

export const procurementLineTotalRule = defineRule({
  id: "procurement.line-total",
  severity: "error",
  title: "政府采购预算每行合计 = 各资金来源之和",
  run(doc, emit) {
    doc.procurement.lines.forEach((line, index) => {
      const total = procurementLineTotal(line);
      const parts = partsText([
        ["一般公共预算拨款", line.general],
        ["基金预算拨款安排", line.fund],
        ["财政专户核拨资金", line.specialAccount],
        ["其他来源收入安排", line.other],
        ["其他渠道资金", line.otherChannels],
      ]);
      compareStated(emit, `procurement.lines.${index}.statedTotal`, line.statedTotal, total, (stated) =>
        sumMismatch(`政府采购预算第${index + 1}行（${line.item}）`, "合计", stated, parts, total),
      );
    });
  },
});

export const purchasesWithoutProcurement = defineRule({
  id: "assets.purchases-without-procurement",
  severity: "warning",
  title: "达到采购限额的拟购置资产应列入政府采购预算",
  run(doc, emit) {
    if (doc.procurement.lines.length > 0) return;
    const large = doc.assets.plannedPurchases.filter((p) => p.amount >= PROCUREMENT_THRESHOLD_YUAN);
    if (large.length === 0) return;
    const items = partsText(large.map((p) => [p.item, p.amount] as const));
    emit({
      field: "procurement.lines",
      message:
        `政府采购预算：拟购置${items}，达到${wanText(PROCUREMENT_THRESHOLD_YUAN)}的采购限额，` +
        `但政府采购预算为空表`,
    });
  },
});

export const ASSETS_PROCUREMENT_RULES: readonly Rule[] = [
  assetsTotal,
  assetsOffice,
  assetsPlannedTotal,
  procurementTotal,
  procurementLineTotalRule,
  purchasesWithoutProcurement,
];
