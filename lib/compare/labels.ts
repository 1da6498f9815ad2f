/**
 * The comparison's measure, column and notice labels, Chinese first, each with its English
 * counterpart; the page's fixed texts are ./texts.ts (re-exported here).
 */
import type { HeadlineMeasure } from "../disclosure/measures";
import { classOptions, measureLabel, type Measure } from "../classification/measure";

import { L, type Label } from "./texts";

export { L, type Label, type Lang } from "./texts";

export const COLUMN_KEYS = ["code", "name", "year", "value", "change", "changeRate", "share", "note"] as const;
export type ColumnKey = (typeof COLUMN_KEYS)[number];

export function columnLabel(key: ColumnKey, measure: Measure): Label {
  switch (key) {
    case "code":
      return { zh: "部门编码", en: "Code" };
    case "name":
      return { zh: "部门", en: "Department" };
    case "year":
      return { zh: "年度", en: "Year" };
    case "value":
      return { zh: `${measureLabel(measure).zh}（万元）`, en: `${measureLabel(measure).en} (10k yuan)` };
    case "change":
      return { zh: "比上年增减（万元）", en: "Change on prior year (10k yuan)" };
    case "changeRate":
      return { zh: "增减率（%）", en: "Change (%)" };
    case "share":
      return { zh: "占所选部门合计比例（%）", en: "Share of selected departments (%)" };
    case "note":
      return { zh: "备注", en: "Note" };
  }
}

export { measureLabel };

/**
 * The measure picker's groups: the headline figures, then the year's function and economic 类.
 * Only the 类: with every 款 the picker was some 360 options, a quarter of the year view's and the
 * comparison's HTML and payload, which the portal sends (and compresses) on every answer. A 款 or
 * 项 is chosen by its address (`measure=fn:20502`) and then stays listed while shown.
 */
export function measureGroups(year: number, headline: readonly HeadlineMeasure[]) {
  return [
    { label: L.headlineMeasures, options: headline.map((m) => ({ value: m as Measure, text: measureLabel(m) })) },
    ...(["function", "economic"] as const).map((scheme) => ({
      label: scheme === "function" ? L.functionClasses : L.economicClasses,
      options: classOptions(scheme, year, ["类"]).map((o) => ({ value: o.value as Measure, text: { zh: o.text, en: o.text } })),
    })),
  ];
}

export { fill } from "../fill";

/** The notice for values the URL asked for and the page dropped (lib/compare/state.ts). */
export function noticeText(notice: { kind: string; values: readonly string[] }): Label {
  const zh = notice.values.join("、");
  const en = notice.values.join(", ");
  switch (notice.kind) {
    case "unknown-departments":
      return { zh: `以下部门编码不存在或尚无已公开的预算，已忽略：${zh}`, en: `Unknown departments or none published, ignored: ${en}` };
    case "too-many-departments":
      return { zh: `最多可比较 20 个部门，已忽略：${zh}`, en: `At most 20 departments; ignored: ${en}` };
    case "unknown-years":
      return { zh: `以下年度无效或尚无已公开的预算，已忽略：${zh}`, en: `Invalid or unpublished years, ignored: ${en}` };
    case "too-many-years":
      return { zh: `最多可比较 20 个年度，已忽略较早的年度：${zh}`, en: `At most 20 years; earlier years ignored: ${en}` };
    case "invalid-class":
      return { zh: `${zh}已改为“支出总计”。`, en: `Unknown classification code (${en}); showing total expenditure.` };
    case "invalid-measure":
      return { zh: `未知的比较指标“${zh}”，已改为“支出总计”。`, en: `Unknown measure “${en}”; showing total expenditure.` };
    case "invalid-chart":
      return { zh: `未知的图表类型“${zh}”，已改为柱状图。`, en: `Unknown chart type “${en}”; showing a bar chart.` };
    default:
      return { zh, en };
  }
}
