/**
 * The form sheets: one labelled row per field (A: 项目, B: 内容, C: 填写说明). On import a row is
 * found by its label in column A, so the order of rows does not matter but the labels must stay.
 */
import type { SANGONG_ITEMS, Staff } from "../disclosure/schema";
import { SANGONG_LABELS } from "../disclosure/sections";
import { SHEET, type Field, type SheetName } from "./layout";

export interface FormSpec<K extends string> {
  sheet: SheetName;
  rows: Readonly<Record<K, Field>>;
}

export const FORM_HEADER = ["项目", "内容", "填写说明"] as const;

const f = (label: string, kind: Field["kind"], hint = ""): Field => ({ label, kind, hint });
/** A section's mark 未列示 (是 / 否 / empty): an optional row, since workbooks written before it lack it. */
const mark = (label: string, what: string): Field => ({
  label,
  kind: "text",
  list: ["是", "否"],
  optional: true,
  hint: `“是”：本部门不公开${what}（明细金额也不公开）；“否”：公开（没有明细时为0.00）；留空：有金额即公开，没有则视为未列示`,
});
const AMOUNT_HINT = "万元，最多4位小数（精确到元）";
const STATED_HINT = "历史公开文件所列数字；留空 = 未列（新填报请留空，由系统计算）";
/**
 * 收入合计 and 机关运行经费合计: a workbook written before the marks (概述's “本年收入未列示” /
 * “机关运行经费未列示”) said 未列示 here; still read so, but the mark is the place now.
 */
const STATABLE_HINT = `${STATED_HINT}；本部门不公开此数的，在“概述”表的“未列示”行填“是”`;

export const OVERVIEW_FORM = {
  sheet: SHEET.overview,
  rows: {
    preamble: f("前言", "longText", "如：按照《中华人民共和国预算法》……现将本部门2018年部门预算公开如下："),
    overview: f("部门预算总体情况", "longText", "如：按照预算管理有关规定……"),
    revenueIntro: f("收入说明", "longText", "如：反映本部门当年全部收入"),
    revenueNotStated: mark("本年收入未列示", "本年收入"),
    expenditureIntro: f("支出说明", "longText", "如：收支预算总表支出栏……反映我部门本年度支出预算的总体情况。"),
    operatingPurpose: f("机关运行经费用途", "longText", "如：用于保障我部门正常运转"),
    operatingNotStated: mark("机关运行经费未列示", "机关运行经费"),
  },
} as const satisfies FormSpec<string>;

export const CHANGE_FORM = {
  sheet: SHEET.change,
  rows: {
    priorYear: f("上年度", "integer", "四位年份，如 2017"),
    personnel: f("上年人员经费", "amount", AMOUNT_HINT),
    publicFunds: f("上年日常公用经费", "amount", AMOUNT_HINT),
    project: f("上年项目支出", "amount", AMOUNT_HINT),
    personnelReason: f("人员经费增减原因", "longText", "如：因人员变化（不写“增加/减少”及金额）"),
    publicFundsReason: f("日常公用经费增减原因", "longText", "如：因工作实际"),
    projectReason: f("项目支出增减原因", "longText", "“主要为”之后的文字，如：……划归商务局，我办不再安排预算"),
  },
} as const satisfies FormSpec<string>;

export const ASSETS_FORM = {
  sheet: SHEET.assets,
  rows: {
    asOf: f("截止时间", "date", "YYYY-MM-DD，如 2017-12-31"),
    buildingsArea: f("房屋面积（平方米）", "number", "平方米"),
    buildingsValue: f("房屋价值", "amount", AMOUNT_HINT),
    officeArea: f("其中：办公用房面积（平方米）", "number", "平方米"),
    officeValue: f("其中：办公用房价值", "amount", AMOUNT_HINT),
    vehicleCount: f("车辆数量（台、辆）", "integer", "整数"),
    vehicleValue: f("车辆价值", "amount", AMOUNT_HINT),
    equipmentValue: f("单价20万元以上设备价值", "amount", AMOUNT_HINT),
    otherValue: f("其他固定资产价值", "amount", AMOUNT_HINT),
  },
} as const satisfies FormSpec<string>;

export const OTHER_FORM = {
  sheet: SHEET.other,
  rows: { otherMatters: f("其他需要说明的事项", "longText", "无则填“无。”") },
} as const satisfies FormSpec<string>;

export const STATED_FORM = {
  sheet: SHEET.stated,
  rows: {
    revenueTotal: f("收入合计", "amount", STATABLE_HINT),
    expenditureTotal: f("支出合计", "amount", STATED_HINT),
    basic: f("基本支出", "amount", STATED_HINT),
    project: f("项目支出", "amount", STATED_HINT),
    changeTotal: f("支出合计比上年增减", "signedAmount", "减少填负数"),
    changeBasic: f("基本支出比上年增减", "signedAmount", "减少填负数"),
    changePersonnel: f("人员经费比上年增减", "signedAmount", "减少填负数"),
    changePublicFunds: f("日常公用经费比上年增减", "signedAmount", "减少填负数"),
    changeProject: f("项目支出比上年增减", "signedAmount", "减少填负数"),
    totalPercent: f("支出合计增减幅度", "percent", "百分数，如 -16.58"),
    basicPercent: f("基本支出增减幅度", "percent", "百分数"),
    projectPercent: f("项目支出增减幅度", "percent", "百分数"),
    operatingTotal: f("机关运行经费合计", "amount", STATABLE_HINT),
    sangongTotal: f("三公经费合计", "amount", STATED_HINT),
    sangongVehicle: f("公务用车购置及运行维护费", "amount", STATED_HINT),
    sangongChange: f("三公经费比上年增减", "signedAmount", "减少填负数"),
    procurementTotal: f("政府采购预算合计", "amount", STATED_HINT),
    plannedTotal: f("拟购置资产合计", "amount", STATED_HINT),
    assetTotal: f("资产总额", "amount", STATED_HINT),
  },
} as const satisfies FormSpec<string>;

/** 三公经费 is a table with fixed rows (A: 项目, B: 本年, C: 上年, D: 增减原因), found by label. */
export const SANGONG_FORM = {
  sheet: SHEET.sangong,
  rows: {
    abroad: f(SANGONG_LABELS.abroad, "text"),
    vehiclePurchase: f(SANGONG_LABELS.vehiclePurchase, "text"),
    vehicleOperation: f(SANGONG_LABELS.vehicleOperation, "text"),
    reception: f(SANGONG_LABELS.reception, "text"),
  },
} as const satisfies FormSpec<(typeof SANGONG_ITEMS)[number]>;

/** 人员情况 (section 一): head counts; an empty cell is not stated (未列示), distinct from 0. */
export const STAFF_FORM = {
  sheet: SHEET.staff,
  rows: {
    authorized: f("编制数", "integer", "人；留空 = 未列示"),
    active: f("在职人数", "integer", "人；留空 = 未列示"),
    retired: f("离退休人数", "integer", "人；留空 = 未列示"),
    statedTotal: f("实有人数（原文所列）", "integer", "历史公开文件印出的实有人数；新填报留空（由在职 + 离退休计算）"),
  },
} as const satisfies FormSpec<keyof Staff>;
