"use client";

/**
 * A small line chart of amounts over the years. Loaded only through LazyTrendChart (after the
 * server-rendered table), so Recharts never weighs on the first render. Each series
 * keeps its look from trend-series.ts.
 */
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatWan } from "../../lib/money";
import { seriesStyle, wanTick, type TrendChartProps } from "./trend-series";

export type { TrendChartProps, TrendSeries } from "./trend-series";

export function TrendChart({ rows, series, unit }: TrendChartProps) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <LineChart data={[...rows]} margin={{ top: 8, right: 16, bottom: 0, left: 0 }} accessibilityLayer={false}>
        <CartesianGrid stroke="#d6d3d1" strokeDasharray="3 3" />
        <XAxis dataKey="year" tickFormatter={(year: number) => `${year}`} stroke="#44403c" />
        <YAxis tickFormatter={wanTick} width={56} stroke="#44403c" />
        <Tooltip
          formatter={(value) => `${formatWan(Math.round(Number(value)))} ${unit}`}
          labelFormatter={(year) => `${String(year)}`}
        />
        <Legend iconType="plainline" wrapperStyle={{ fontSize: 12, color: "#292524" }} />
        {series.map((s, i) => {
          const style = seriesStyle(i);
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
