/**
 * A required section left empty without a statement: one rule, and at most one finding, per
 * requirement. What each section requires is written in the registry (lib/disclosure/sections.ts,
 * `required`); only 政府采购预算 has a statement of its own (空表列示), for the other sections an
 * empty list or text is the slip.
 */
import { deriveFigures } from "../../disclosure/figures";
import { ALL_SECTIONS, type Requirement } from "../../disclosure/sections";
import { defineRule } from "../kit";
import type { Rule } from "../types";

function requirementRule(r: Requirement): Rule {
  return defineRule({
    id: `completeness.${r.id}`,
    severity: "warning",
    title: r.title ?? `${r.name}不能为空`,
    run(doc, emit) {
      if (r.isEmpty(doc)) emit({ field: r.field, message: `${r.name}：${r.what}` });
    },
  });
}

/**
 * A budget of nothing: every amount still 0.00 (a new empty draft) balances, so every sum check
 * passes; without this error a blank form could be submitted and published. One total at zero
 * and the other not is the balance rule's finding (收入合计 = 支出合计), not this one's.
 */
export const zeroAmounts = defineRule({
  id: "completeness.amounts",
  severity: "error",
  title: "预算金额不能全部为零",
  run(doc, emit) {
    const f = deriveFigures(doc);
    // A figure not stated (null: 未列示, as every figure of a new draft starts) states no amount
    // either: with nothing else entered, still a budget of nothing.
    const spent = (f.personnel ?? 0) + (f.publicFunds ?? 0) + f.project;
    if ((f.revenueTotal ?? 0) === 0 && spent === 0) {
      emit({
        field: "revenue.sources",
        message: "预算收入和支出均未填写金额（未列示或0.00万元）：尚未填写任何预算金额，不能提交。请取消“未列示”，填写各项收入、人员经费、日常公用经费和项目支出的金额。",
      });
    }
  },
});

/** One per requirement of the registry (lib/disclosure/sections.ts), exactly. */
export const COMPLETENESS_RULES: readonly Rule[] = ALL_SECTIONS.flatMap((s) => s.required.map(requirementRule));

/** Completeness of the budget as a whole, not of one section (so not in the registry). */
export const BUDGET_COMPLETENESS_RULES: readonly Rule[] = [zeroAmounts];
