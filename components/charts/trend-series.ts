/**
 * What a trend chart draws and how each line looks, shared by the interactive chart (trend-chart.tsx,
 * Recharts, loaded when seen) and the server-drawn one (static-trend-chart.tsx, no JavaScript).
 */

export interface TrendSeries {
  key: string;
  name: string;
}

export interface TrendChartProps {
  /** One row per year: `year` and each series' amount in 元. */
  rows: ReadonlyArray<{ year: number } & Record<string, number>>;
  series: readonly TrendSeries[];
  unit: string;
}

/**
 * Colours of at least 3:1 on white, each with its own dash pattern and marker size, so the legend
 * reads without colour.
 */
export const SERIES_STYLES = [
  { stroke: "#9f1d20", dash: undefined, r: 4 },
  { stroke: "#1d4ed8", dash: "6 3", r: 3 },
  { stroke: "#15803d", dash: "2 3", r: 5 },
  { stroke: "#a16207", dash: "10 3 2 3", r: 3 },
  { stroke: "#6b21a8", dash: "1 4", r: 4 },
] as const;

export function seriesStyle(index: number) {
  return SERIES_STYLES[index % SERIES_STYLES.length]!;
}

/** 元 as a short 万元 tick label: "1000", "12.5". */
export function wanTick(yuan: number): string {
  return String(Number((yuan / 10_000).toFixed(2)));
}
