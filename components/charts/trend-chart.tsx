"use client";

/**
 * A small line chart of amounts over the years. Loaded only through LazyTrendChart (after the
 * server-rendered table), so Recharts never weighs on the first render. Series differ in dash
 * pattern and marker as well as colour, so the legend reads without colour.
 */
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatWan } from "../../lib/money";

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

// Colours of at least 3:1 on white, each with its own dash pattern and marker size.
const STYLES = [
  { stroke: "#9f1d20", dash: undefined, r: 4 },
  { stroke: "#1d4ed8", dash: "6 3", r: 3 },
  { stroke: "#15803d", dash: "2 3", r: 5 },
  { stroke: "#a16207", dash: "10 3 2 3", r: 3 },
  { stroke: "#6b21a8", dash: "1 4", r: 4 },
] as const;

/** 元 as a short 万元 tick label: "1000", "12.5". */
function tick(yuan: number): string {
  return String(Number((yuan / 10_000).toFixed(2)));
}

export function TrendChart({ rows, series, unit }: TrendChartProps) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <LineChart data={[...rows]} margin={{ top: 8, right: 16, bottom: 0, left: 0 }} accessibilityLayer={false}>
        <CartesianGrid stroke="#d6d3d1" strokeDasharray="3 3" />
        <XAxis dataKey="year" tickFormatter={(year: number) => `${year}`} stroke="#44403c" />
        <YAxis tickFormatter={tick} width={56} stroke="#44403c" />
        <Tooltip
          formatter={(value) => `${formatWan(Math.round(Number(value)))} ${unit}`}
          labelFormatter={(year) => `${String(year)}`}
        />
        <Legend iconType="plainline" wrapperStyle={{ fontSize: 12, color: "#292524" }} />
        {series.map((s, i) => {
          const style = STYLES[i % STYLES.length]!;
          return (
            <Line
              key={s.key}
              type="linear"
              dataKey={s.key}
              name={s.name}
              stroke={style.stroke}
              strokeWidth={2}
              strokeDasharray={style.dash}
              dot={{ r: style.r, fill: style.stroke }}
              isAnimationActive={false}
            />
          );
        })}
      </LineChart>
    </ResponsiveContainer>
  );
}
