/**
 * 比上年增减: the stated changes against last year.
 *
 * Who reports what, so that one slip yields one finding:
 * - change.total compares the stated total change with the basic and project changes as the
 *   document gives them (stated, else computed from the prior amounts);
 * - change.basic does the same for basic = personnel + public funds;
 * - change.prior-difference compares only the leaves (personnel, public funds, project) with
 *   current − prior. It skips total and basic on purpose: they are sums of the leaves and the two
 *   rules above cover them. The seed's 206.78 (parts −52.58 − 154 = −206.58) is therefore reported
 *   once, by change.total.
 * - change.percent accepts a stated percentage that is either the stated or the computed change ÷
 *   the prior-year amount: whether a document derived its percentage from its (wrong) printed
 *   change or from the true one, the wrong change is reported once, by the rules above. No
 *   prior-year amount (0) means no percentage to compare with.
 */
import { percentChange, type Yuan } from "../../money";
import { deriveFigures } from "../../disclosure/figures";
import { compareStated, defineRule, differenceMismatch, partsText, sumMismatch, wanText } from "../kit";
import type { Rule } from "../types";

const SECTION = "比上年增减";

export const changeTotal = defineRule({
  id: "change.total",
  severity: "error",
  title: "支出总额变动 = 基本支出变动 + 项目支出变动",
  run(doc, emit) {
    const { change } = deriveFigures(doc);
    const { stated } = doc.change;
    const basic = stated.basic ?? change.basic;
    const project = stated.project ?? change.project;
    if (basic === null || project === null) return; // a prior year not stated: nothing to add up
    const parts = partsText([
      ["基本支出变动", basic],
      ["项目支出变动", project],
    ]);
    compareStated(emit, "change.stated.total", stated.total, basic + project, (total) =>
      sumMismatch(SECTION, "支出总额变动", total, parts, basic + project),
    );
  },
});

export const changeBasic = defineRule({
  id: "change.basic",
  severity: "error",
  title: "基本支出变动 = 人员经费变动 + 日常公用经费变动",
  run(doc, emit) {
    const { change } = deriveFigures(doc);
    const { stated } = doc.change;
    const personnel = stated.personnel ?? change.personnel;
    const publicFunds = stated.publicFunds ?? change.publicFunds;
    if (personnel === null || publicFunds === null) return;
    const parts = partsText([
      ["人员经费变动", personnel],
      ["日常公用经费变动", publicFunds],
    ]);
    compareStated(emit, "change.stated.basic", stated.basic, personnel + publicFunds, (basic) =>
      sumMismatch(SECTION, "基本支出变动", basic, parts, personnel + publicFunds),
    );
  },
});

const LEAVES = [
  ["personnel", "人员经费"],
  ["publicFunds", "日常公用经费"],
  ["project", "项目支出"],
] as const;

export const changePriorDifference = defineRule({
  id: "change.prior-difference",
  severity: "error",
  title: "人员经费、日常公用经费、项目支出的变动 = 本年数 − 上年数",
  run(doc, emit) {
    const f = deriveFigures(doc);
    for (const [key, label] of LEAVES) {
      const current = f[key];
      const prior = f.prior[key];
      if (prior === null || current === null) continue; // a figure not stated: completeness says so
      compareStated(emit, `change.stated.${key}`, doc.change.stated[key], current - prior, (stated) =>
        differenceMismatch(SECTION, `${label}变动`, stated, current, prior),
      );
    }
  },
});

const PERCENTAGES = [
  ["total", "totalPercent", "支出总额"],
  ["basic", "basicPercent", "基本支出"],
  ["project", "projectPercent", "项目支出"],
] as const;

/** 0.01 percentage point; the epsilon absorbs binary noise of two-decimal floats. */
const PERCENT_TOLERANCE = 0.01 + 1e-9;

const percentText = (p: number): string => `${p.toFixed(2)}%`;

export const changePercent = defineRule({
  id: "change.percent",
  severity: "error",
  title: "增减比例 = 变动额 ÷ 上年数",
  run(doc, emit) {
    const f = deriveFigures(doc);
    const { stated } = doc.change;
    for (const [key, percentKey, label] of PERCENTAGES) {
      const statedPercent = stated[percentKey];
      if (statedPercent === undefined) continue;
      const prior = f.prior[key];
      const computed = f.change[key];
      // No prior-year amount (unstated or 0): no percentage to compare with.
      if (prior === null || prior === 0 || computed === null) continue;
      const statedChange = stated[key];
      const candidates = statedChange === undefined ? [computed] : [statedChange, computed];
      const matches = candidates.some((change) => {
        const expected = percentChange(change, prior);
        return expected !== null && Math.abs(statedPercent - expected) <= PERCENT_TOLERANCE;
      });
      if (matches) continue;
      const change: Yuan = statedChange ?? computed;
      const expected = percentChange(change, prior) ?? 0; // non-null: prior ≠ 0
      emit({
        field: `change.stated.${percentKey}`,
        message:
          `${SECTION}：所列${label}增减比例${percentText(statedPercent)}，` +
          `与变动额${wanText(change)}除以上年${label}${wanText(prior)}所得${percentText(expected)}不符`,
      });
    }
  },
});

export const CHANGE_RULES: readonly Rule[] = [changeTotal, changeBasic, changePriorDifference, changePercent];
