"use client";

import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from "recharts";
import type { ChartData } from "@/lib/compare/chart-data";
import { L, type Lang } from "@/lib/compare/labels";
import type { ChartType } from "@/lib/compare/state";

export interface ChartProps {
  data: ChartData;
  chart: ChartType;
  /** The chart's accessible name. */
  title: string;
  lang?: Lang;
}

// Distinguishable on white (≥ 3:1) and for the common colour-vision deficiencies; lines add dashes.
const COLORS = ["#1f5fa8", "#c2410c", "#15803d", "#7e22ce", "#b91c1c", "#0f766e", "#a16207", "#be185d", "#4d7c0f", "#475569"];
const DASHES = ["", "6 3", "2 2", "8 3 2 3"];

const color = (i: number) => COLORS[i % COLORS.length];
const dash = (i: number) => DASHES[Math.floor(i / COLORS.length) % DASHES.length] || undefined;

const formatValue = (lang: Lang) => (value: unknown) =>
  typeof value === "number" ? `${value.toFixed(2)} ${L.unitAxis[lang]}` : String(value ?? "");
const formatTick = (value: unknown) => (typeof value === "number" ? value.toLocaleString("zh-CN", { maximumFractionDigits: 0 }) : String(value));

const style = { width: "100%", height: 360 };
const margin = { top: 8, right: 16, bottom: 24, left: 24 };

/** Grouped bars (departments side by side within each year) or one line per department. */
export default function CompareCharts({ data, chart, title, lang = "zh" }: ChartProps) {
  const desc =
    lang === "zh"
      ? `${L.yearAxis.zh}：${data.points.map((p) => p.year).join("、")}；${L.unitAxis.zh}`
      : `${L.yearAxis.en}: ${data.points.map((p) => p.year).join(", ")}; ${L.unitAxis.en}`;
  const xAxis = <XAxis dataKey="year" label={{ value: L.yearAxis[lang], position: "insideBottom", offset: -12 }} />;
  const yAxis = (
    <YAxis tickFormatter={formatTick} width={72} label={{ value: L.unitAxis[lang], angle: -90, position: "insideLeft", offset: -8 }} />
  );
  if (chart === "line") {
    return (
      <LineChart data={data.points} title={title} desc={desc} responsive style={style} margin={margin}>
        <CartesianGrid strokeDasharray="3 3" />
        {xAxis}
        {yAxis}
        <Tooltip formatter={formatValue(lang)} />
        <Legend verticalAlign="top" />
        {data.series.map((s, i) => (
          <Line
            key={s.key}
            dataKey={s.key}
            name={s.label}
            stroke={color(i)}
            strokeDasharray={dash(i)}
            strokeWidth={2}
            dot={{ r: 3 }}
            connectNulls={false}
            isAnimationActive={false}
          />
        ))}
      </LineChart>
    );
  }
  return (
    <BarChart data={data.points} title={title} desc={desc} responsive style={style} margin={margin}>
      <CartesianGrid strokeDasharray="3 3" vertical={false} />
      {xAxis}
      {yAxis}
      <Tooltip formatter={formatValue(lang)} />
      <Legend verticalAlign="top" />
      {data.series.map((s, i) => (
        <Bar key={s.key} dataKey={s.key} name={s.label} fill={color(i)} isAnimationActive={false} />
      ))}
    </BarChart>
  );
}
