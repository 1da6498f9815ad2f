"use client";

import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from "recharts";
import {
  axisTick,
  CHART_GRID,
  CHART_GRID_DASH,
  RECHARTS_LEGEND,
  RECHARTS_MARGIN,
  rechartsAmountAxis,
  rechartsYearAxis,
  seriesStyle,
} from "@/components/charts/chart-style";
import type { ChartData } from "@/lib/compare/chart-data";
import { L, type Lang } from "@/lib/compare/texts";
import type { ChartType } from "@/lib/compare/state";

export interface ChartProps {
  data: ChartData;
  chart: ChartType;
  /** The chart's accessible name. */
  title: string;
  lang?: Lang;
}

const formatValue = (lang: Lang) => (value: unknown) =>
  typeof value === "number" ? `${value.toFixed(2)} ${L.unitAxis[lang]}` : String(value ?? "");

const style = { width: "100%", height: 360 };

/**
 * Grouped bars (departments side by side within each year) or one line per department, in the look
 * every chart of the portal shares (components/charts/chart-style.ts). Values are in 万元.
 */
export default function CompareCharts({ data, chart, title, lang = "zh" }: ChartProps) {
  const desc =
    lang === "zh"
      ? `${L.yearAxis.zh}：${data.points.map((p) => p.year).join("、")}；${L.unitAxis.zh}`
      : `${L.yearAxis.en}: ${data.points.map((p) => p.year).join(", ")}; ${L.unitAxis.en}`;
  const values = data.points.flatMap((point) => data.series.map((s) => point[s.key] as number | null | undefined));
  const xAxis = <XAxis dataKey="year" {...rechartsYearAxis(chart)} />;
  const yAxis = <YAxis {...rechartsAmountAxis(values, L.unitAxis[lang], axisTick)} />;
  const grid = <CartesianGrid stroke={CHART_GRID} strokeDasharray={CHART_GRID_DASH} vertical={false} />;
  if (chart === "line") {
    return (
      <LineChart data={data.points} title={title} desc={desc} responsive style={style} margin={RECHARTS_MARGIN}>
        {grid}
        {xAxis}
        {yAxis}
        <Tooltip formatter={formatValue(lang)} />
        <Legend iconType="plainline" {...RECHARTS_LEGEND} />
        {data.series.map((s, i) => {
          const look = seriesStyle(i);
          return (
            <Line
              key={s.key}
              dataKey={s.key}
              name={s.label}
              stroke={look.stroke}
              strokeDasharray={look.dash}
              strokeWidth={2}
              dot={{ r: look.r, fill: look.stroke }}
              connectNulls={false}
              isAnimationActive={false}
            />
          );
        })}
      </LineChart>
    );
  }
  return (
    <BarChart data={data.points} title={title} desc={desc} responsive style={style} margin={RECHARTS_MARGIN}>
      {grid}
      {xAxis}
      {yAxis}
      <Tooltip formatter={formatValue(lang)} />
      <Legend {...RECHARTS_LEGEND} />
      {data.series.map((s, i) => (
        <Bar key={s.key} dataKey={s.key} name={s.label} fill={seriesStyle(i).stroke} isAnimationActive={false} />
      ))}
    </BarChart>
  );
}
