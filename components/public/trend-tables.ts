/**
 * The trend tables of a department page, defined once: the page renders them, the chart plots
 * them and trend.csv downloads them, so the three can never disagree.
 */
import type { HeadlineFigures, HeadlineMeasure } from "../../lib/disclosure/figures";
import { wanOr } from "../../lib/money";
import type { CsvCell } from "../../lib/csv";
import type { TrendChartProps } from "../charts/trend-series";
import { label, labelf, measureLabel, type Lang, type LabelKey } from "./labels";
import { changeOf } from "../../lib/shares";

export interface TrendTable {
  title: LabelKey;
  measures: readonly HeadlineMeasure[];
}

export const TREND_TABLES = {
  total: { title: "trendSpending", measures: ["total", "basic", "project"] },
  sangong: {
    title: "trendSangong",
    measures: ["sangongTotal", "sangongAbroad", "sangongVehiclePurchase", "sangongVehicleOperation", "sangongReception"],
  },
  operating: { title: "trendOperating", measures: ["operatingCosts"] },
} as const satisfies Record<string, TrendTable>;

export type TrendTableKey = keyof typeof TREND_TABLES;
export const TREND_TABLE_KEYS = Object.keys(TREND_TABLES) as TrendTableKey[];

export function isTrendTableKey(value: string | null | undefined): value is TrendTableKey {
  return value != null && Object.hasOwn(TREND_TABLES, value);
}

export interface TrendPoint {
  year: number;
  isDemo: boolean;
  figures: HeadlineFigures;
}

/** The CSV of one trend table: 年度, each measure in 万元, and a 示例数据 note per year. */
export function trendCsvRows(points: readonly TrendPoint[], key: TrendTableKey, lang: Lang = "zh"): CsvCell[][] {
  const { measures } = TREND_TABLES[key];
  const header = [
    label("colYear", lang),
    ...measures.map((m) => `${measureLabel(m, lang)}（${label("unitWan", lang)}）`),
    label("noteColumn", lang),
  ];
  return [
    header,
    ...points.map((p) => [
      p.year,
      // Not stated (未列示): an empty cell, never 0.00.
      ...measures.map((m) => wanOr(p.figures[m], "")),
      p.isDemo ? label("demoData", lang) : "",
    ]),
  ];
}

/** Points for the chart: one object per year, amounts in 元 keyed by measure. */
export function chartRows(points: readonly { year: number; figures: HeadlineFigures }[], measures: readonly HeadlineMeasure[]) {
  return points.map((p) => ({
    year: p.year,
    ...Object.fromEntries(measures.map((m) => [m, p.figures[m]])),
  }));
}

/**
 * The chart's text equivalent in one sentence: each measure from the first year to the last, e.g.
 * "支出总计从2016年的1000.00万元变为2019年的1200.00万元（+20.00%）".
 */
export function trendSummary(
  points: readonly { year: number; figures: HeadlineFigures }[],
  measures: readonly HeadlineMeasure[],
  lang: Lang = "zh",
): string {
  const first = points[0];
  const last = points.at(-1);
  if (!first || !last) return "";
  const parts = measures.map((m) => {
    const change = changeOf(last.figures[m], first.figures[m]);
    return labelf(
      "trendSentence",
      {
        measure: measureLabel(m, lang),
        from: first.year,
        to: last.year,
        a: wanOr(first.figures[m], label("notStated", lang)),
        b: wanOr(last.figures[m], label("notStated", lang)),
        change: change?.percent ? `${change.percent}%` : (change?.amount ?? ""),
      },
      lang,
    );
  });
  return parts.join(lang === "zh" ? "；" : "; ");
}

/**
 * What a trend chart draws, with its one-sentence text equivalent (`title` names the chart in that
 * sentence); null when there is a single year and nothing to plot.
 */
export function trendChart(
  points: readonly { year: number; figures: HeadlineFigures }[],
  measures: readonly HeadlineMeasure[],
  title: string,
  lang: Lang = "zh",
): (TrendChartProps & { summary: string }) | null {
  if (points.length < 2) return null;
  return {
    rows: chartRows(points, measures),
    series: measures.map((m) => ({ key: m, name: measureLabel(m, lang) })),
    unit: label("unitWan", lang),
    summary: labelf(
      "chartSummary",
      { title, from: points[0]!.year, to: points.at(-1)!.year, summary: trendSummary(points, measures, lang) },
      lang,
    ),
  };
}
