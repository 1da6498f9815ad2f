/**
 * The table's values reshaped for the charts: one point per year, one series per department.
 * Values become 万元 numbers only here, for drawing; the table and downloads stay exact.
 */
import { YUAN_PER_WAN } from "../money";
import type { CompareRow } from "./table";

export interface ChartSeries {
  /** A safe data key ("s0", "s1", …): department codes may look like numbers or paths. */
  key: string;
  label: string;
}

export type ChartPoint = { year: string } & Record<string, number | string | null>;

export interface ChartData {
  series: ChartSeries[];
  points: ChartPoint[];
}

export function buildChartData(rows: readonly CompareRow[]): ChartData {
  const series: ChartSeries[] = [];
  const keyOf = new Map<string, string>();
  const byYear = new Map<number, ChartPoint>();
  for (const row of rows) {
    let key = keyOf.get(row.department.ref);
    if (key === undefined) {
      key = `s${series.length}`;
      keyOf.set(row.department.ref, key);
      series.push({ key, label: `${row.department.code} ${row.department.name}` });
    }
    const point = byYear.get(row.year) ?? { year: String(row.year) };
    point[key] = row.value === null ? null : row.value / YUAN_PER_WAN;
    byYear.set(row.year, point);
  }
  const points = [...byYear.entries()].sort(([a], [b]) => a - b).map(([, point]) => point);
  return { series, points };
}
