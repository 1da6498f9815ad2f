/**
 * What a document leaves unstated (null, 未列示 — not 0): the public page then prints no sentence,
 * change or percentage built on it, and these warnings say what is missing instead.
 */
import { deriveFigures } from "../../disclosure/figures";
import { hasLines } from "../../disclosure/line-sums";
import { formatWan } from "../../money";
import { SANGONG_ITEMS } from "../../disclosure/schema";
import { defineRule } from "../kit";
import type { Rule } from "../types";
import { SANGONG_LABELS } from "../../disclosure/sections";

const PRIOR_EXPENDITURE = [
  ["personnel", "人员经费"],
  ["publicFunds", "日常公用经费"],
  ["project", "项目支出"],
] as const;


export const notStatedFigures = defineRule({
  id: "completeness.not-stated",
  severity: "warning",
  title: "未列示的数字：不生成相应说明",
  run(doc, emit, { previous }) {
    const f = deriveFigures(doc, previous);
    // Marked 未列示 by the editor: the registry's completeness.not-stated.revenue names it instead.
    // Unmarked but with nothing entered (a draft older than the mark), the editor's 未列示 box is
    // shown checked as well: the finding leads to it, to be unchecked before amounts are entered.
    if (!f.stated.revenue && doc.revenue.notStated !== true) emit({ field: "revenue.notStated", message: "预算收入：未列示收入金额，不生成收入说明" });
    if (!f.stated.expenditure) emit({ field: "expenditure", message: "预算支出：未列示支出金额，不生成支出说明" });
    const missing = PRIOR_EXPENDITURE.filter(([key]) => f.prior[key] === null).map(([, label]) => label);
    if (missing.length > 0) {
      emit({ field: "change.prior", message: `比上年增减：未列示上年${missing.join("、")}，相应增减额和增减率不予生成` });
    }
    if (!f.stated.operatingCosts && doc.operatingCosts.notStated !== true) emit({ field: "operatingCosts.notStated", message: "机关运行经费：未列示，不生成机关运行经费说明（无此项经费时请在用途中说明）" });
    const sangong = SANGONG_ITEMS.filter((item) => f.sangongPrior[item] === null).map((item) => SANGONG_LABELS[item]);
    if (sangong.length > 0) {
      emit({ field: "sangong.prior", message: `“三公”经费：未列示上年${sangong.join("、")}，相应增减不予生成` });
    }
    // A total the document printed (stated*) over a part it no longer states: the public page
    // prints neither (lib/disclosure/narrative.ts `printed`); said here, so the editor knows why.
    const printedOverUnstated: readonly [string, string, number | undefined, number | null][] = [
      ["revenue.statedTotal", "收入合计", doc.revenue.statedTotal, f.revenueTotal],
      ["expenditure.statedTotal", "支出合计", doc.expenditure.statedTotal, f.expenditureTotal],
      ["expenditure.statedBasic", "基本支出", doc.expenditure.statedBasic, f.basic],
      ["operatingCosts.statedTotal", "机关运行经费合计", doc.operatingCosts.statedTotal, f.operatingCosts],
      ["sangong.statedTotal", "“三公”经费合计", doc.sangong.statedTotal, f.sangong.total],
      ["sangong.statedVehicle", "公务用车购置及运行维护费", doc.sangong.statedVehicle, f.sangong.vehicle],
      ["sangong.statedChange", "“三公”经费比上年增减", doc.sangong.statedChange, f.sangong.total],
    ];
    for (const [field, label, stated, derived] of printedOverUnstated) {
      if (stated !== undefined && derived === null) {
        emit({ field, message: `原文所列${label}${formatWan(stated)}万元：其中有未列示的数字，公开页面不印出此数` });
      }
    }
    // A document entered with table lines is expected to state its staff as well.
    if (doc.lines !== null && doc.staff.authorized === null && doc.staff.active === null && doc.staff.statedTotal === null) {
      emit({ field: "staff", message: "人员情况：未列示编制数和实有人数" });
    }
    if (doc.lines !== null && !hasLines(doc)) {
      emit({ field: "lines.expenditure", message: "部门预算公开表：未填列支出明细（按支出功能分类科目），公开表无法生成" });
    }
  },
});

export const NOT_STATED_RULES: readonly Rule[] = [notStatedFigures];
