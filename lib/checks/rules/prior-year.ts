/**
 * Prior-year amounts stated in this disclosure = the current figures of last year's published
 * disclosure, where the portal has it (context.previous). Without it there is nothing to compare.
 */
import { deriveFigures } from "../../disclosure/figures";
import { SANGONG_ITEMS } from "../../disclosure/schema";
import { SANGONG_LABELS } from "../../disclosure/sections";
import { compareStated, defineRule, wanText } from "../kit";
import type { Rule } from "../types";

const EXPENDITURE = [
  ["personnel", "人员经费"],
  ["publicFunds", "日常公用经费"],
  ["project", "项目支出"],
] as const;

const mismatch = (section: string, year: number, label: string, stated: number, published: number): string =>
  `${section}：所列上年${label}${wanText(stated)}，与已公开的${year}年部门预算中的${label}${wanText(published)}不符`;

export const priorYearExpenditure = defineRule({
  id: "prior-year.expenditure",
  severity: "error",
  title: "所列上年人员经费、日常公用经费、项目支出 = 上年已公开数",
  run(doc, emit, { previous }) {
    if (!previous) return;
    const published = deriveFigures(previous);
    const year = doc.change.priorYear;
    for (const [key, label] of EXPENDITURE) {
      const last = published[key];
      if (last === null) continue; // last year did not state it: nothing to compare with
      compareStated(emit, `change.prior.${key}`, doc.change.prior[key] ?? undefined, last, (stated) =>
        mismatch("比上年增减", year, label, stated, last),
      );
    }
  },
});

export const priorYearSangong = defineRule({
  id: "prior-year.sangong",
  severity: "error",
  title: "所列上年“三公”经费各项 = 上年已公开数",
  run(doc, emit, { previous }) {
    if (!previous) return;
    const year = doc.change.priorYear;
    for (const key of SANGONG_ITEMS) {
      const published = previous.sangong.current[key];
      if (published === null) continue; // last year did not state it
      compareStated(emit, `sangong.prior.${key}`, doc.sangong.prior[key] ?? undefined, published, (stated) =>
        mismatch("“三公”经费", year, SANGONG_LABELS[key], stated, published),
      );
    }
  },
});

export const priorYearTotals = defineRule({
  id: "prior-year.totals",
  severity: "error",
  title: "所列上年收入总计、机关运行经费 = 上年已公开数",
  run(doc, emit, { previous }) {
    if (!previous) return;
    const published = deriveFigures(previous);
    const year = doc.change.priorYear;
    // Last year's figure marked 未列示 (null): nothing published to check an entered one against.
    const revenue = published.revenueTotal;
    const operating = published.operatingCosts;
    if (revenue !== null) {
      compareStated(emit, "revenue.prior", doc.revenue.prior ?? undefined, revenue, (stated) => mismatch("预算收入", year, "收入总计", stated, revenue));
    }
    if (operating !== null) {
      compareStated(emit, "operatingCosts.prior", doc.operatingCosts.prior ?? undefined, operating, (stated) =>
        mismatch("机关运行经费", year, "机关运行经费", stated, operating),
      );
    }
  },
});

export const PRIOR_YEAR_RULES: readonly Rule[] = [priorYearExpenditure, priorYearSangong, priorYearTotals];
