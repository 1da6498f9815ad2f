/**
 * The budget lines against the rest of the document: the national tables are derived from the
 * lines (lib/disclosure/tables/), so what must tie is each table's source — the lines — with the
 * revenue sources, the economic lines, the typed figures of a historic-style draft and the 三公
 * items. Checked only where the document has lines (figures.ts hasLines).
 */
import { SANGONG_ECONOMIC_CODES } from "../../classification/economic-split";
import { agrees, sum, type Yuan } from "../../money";
import { deriveFigures, revenueStated } from "../../disclosure/figures";
import { economicTotals, hasLines, isBasic, linesTotal, ofKind, ofSource, SOURCE_ORDER } from "../../disclosure/line-sums";
import { SANGONG_ITEMS } from "../../disclosure/schema";
import { defineRule, wanText, type Emit } from "../kit";
import type { Rule } from "../types";

const SECTION = "部门预算公开表";

/** A figure not stated (null) on either side is not compared: the completeness check names it. */
function mismatch(emit: Emit, field: string, what: string, stated: Yuan | null, computed: Yuan | null, from: string): void {
  if (stated === null || computed === null || agrees(stated, computed)) return;
  emit({ field, expected: computed, actual: stated, message: `${SECTION}：${what}${wanText(stated)}，与${from}${wanText(computed)}不符` });
}

/** The typed 人员经费 / 日常公用经费 / 项目 list of the narrative against the lines. */
export const linesTypedFigures = defineRule({
  id: "lines.typed-figures",
  severity: "error",
  title: "所填人员经费、日常公用经费、各项目之和 = 支出明细",
  run(doc, emit) {
    if (!hasLines(doc)) return;
    const f = deriveFigures(doc);
    const { expenditure } = doc;
    mismatch(emit, "expenditure.personnel", "所填人员经费", expenditure.personnel, f.personnel, "支出明细中的人员经费");
    mismatch(emit, "expenditure.publicFunds", "所填日常公用经费", expenditure.publicFunds, f.publicFunds, "支出明细中的公用经费");
    if (expenditure.projects.length > 0) {
      const listed = sum(expenditure.projects.map((p) => p.amount));
      mismatch(emit, "expenditure.projects", "所列各项目之和", listed, f.project, "支出明细中的项目支出");
    }
  },
});

/** Each revenue source pays for the lines funded by it (without 结转下年, which no line spends). */
export const linesRevenueBySource = defineRule({
  id: "lines.revenue-by-source",
  severity: "error",
  title: "各项收入 = 该资金来源的支出明细之和",
  run(doc, emit) {
    // Revenue not stated (未列示): its sources' amounts are no figure to compare (completeness names it).
    if (!hasLines(doc) || doc.lines.carryForward !== 0 || !revenueStated(doc)) return;
    const sources = [...SOURCE_ORDER, ["carryover", "上年结转结余"] as const];
    for (const [key, label] of sources) {
      const revenue = sum(doc.revenue.sources.filter((s) => s.key === key).map((s) => s.amount));
      const spent = linesTotal(doc.lines.expenditure, ofSource(key));
      mismatch(emit, "revenue.sources", `${label}`, revenue, spent, "以其安排的支出明细之和");
    }
  },
});

/** 一般公共预算基本支出表 (economic) = the basic lines funded by the general budget (function). */
export const linesEconomicBasic = defineRule({
  id: "lines.economic-basic",
  severity: "error",
  title: "一般公共预算基本支出：经济分类合计 = 功能分类合计，人员经费、公用经费分别相等",
  run(doc, emit) {
    if (!hasLines(doc)) return;
    const general = doc.lines.expenditure.filter((l) => l.source === "general");
    // A draft's row whose code is still empty counts in the 合计 only (economicKind: null).
    const economic = economicTotals(doc.lines.economic);
    mismatch(emit, "lines.economic", "基本支出表（经济分类）合计", economic.total, linesTotal(general, isBasic), "一般公共预算支出表的基本支出");
    mismatch(emit, "lines.economic", "基本支出表的人员经费", economic.personnel, linesTotal(general, ofKind("personnel")), "一般公共预算的人员经费支出明细");
    mismatch(emit, "lines.economic", "基本支出表的公用经费", economic.publicFunds, linesTotal(general, ofKind("public")), "一般公共预算的公用经费支出明细");
  },
});

/** The 三公 items include their basic-spending economic lines (30212, 31013, 30231, 30217). */
export const linesSangongEconomic = defineRule({
  id: "lines.sangong-economic",
  severity: "warning",
  title: "“三公”经费各项 ≥ 基本支出表中的对应经济科目",
  run(doc, emit) {
    if (!hasLines(doc)) return;
    const { sangong } = doc;
    for (const item of SANGONG_ITEMS) {
      const code = SANGONG_ECONOMIC_CODES[item];
      const basic = sum(doc.lines.economic.filter((l) => l.economicCode === code).map((l) => l.amount));
      const stated = sangong.current[item];
      if (stated === null) continue; // not stated: the completeness check names it
      if (basic > stated + 100) {
        emit({
          field: `sangong.current.${item}`,
          expected: basic,
          actual: stated,
          message: `“三公”经费：所列本年数${wanText(stated)}，小于基本支出表中${code}科目的${wanText(basic)}`,
        });
      }
    }
  },
});

/** 实有人数 = 在职 + 离退休, where all three are stated. */
export const staffTotal = defineRule({
  id: "staff.total",
  severity: "error",
  title: "实有人数 = 在职人数 + 离退休人数",
  run(doc, emit) {
    const { active, retired, statedTotal } = doc.staff;
    if (active === null || retired === null || statedTotal === null || active + retired === statedTotal) return;
    emit({ field: "staff.statedTotal", message: `人员情况：所列实有人数${statedTotal}人，与在职${active}人加离退休${retired}人之和${active + retired}人不符` });
  },
});

export const BUDGET_LINE_RULES: readonly Rule[] = [linesTypedFigures, linesRevenueBySource, linesEconomicBasic, linesSangongEconomic, staffTotal];
