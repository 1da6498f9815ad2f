/**
 * What a trend chart draws, shared by the interactive chart (trend-chart.tsx, Recharts, loaded
 * when seen) and the server-drawn one (static-trend-chart.tsx, no JavaScript). How it looks is
 * chart-style.ts, shared by every chart.
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

/** Every amount a trend chart plots, for its axis. */
export function trendValues({ rows, series }: Pick<TrendChartProps, "rows" | "series">): number[] {
  return rows.flatMap((row) => series.map((s) => row[s.key] ?? 0));
}
