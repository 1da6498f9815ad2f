"use client";

/**
 * A small line chart of amounts over the years. Loaded only through LazyTrendChart (after the
 * server-rendered table), so Recharts never weighs on the first render. It looks like the
 * server-drawn chart (chart-style.ts): same series styles, axis, ticks and unit.
 */
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatWan } from "../../lib/money";
import {
  CHART_GRID,
  CHART_GRID_DASH,
  RECHARTS_LEGEND,
  RECHARTS_MARGIN,
  rechartsAmountAxis,
  rechartsYearAxis,
  seriesStyle,
  wanTick,
} from "./chart-style";
import { trendValues, type TrendChartProps } from "./trend-series";

export type { TrendChartProps, TrendSeries } from "./trend-series";

export function TrendChart({ rows, series, unit }: TrendChartProps) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <LineChart data={[...rows]} margin={RECHARTS_MARGIN} accessibilityLayer={false}>
        <CartesianGrid stroke={CHART_GRID} strokeDasharray={CHART_GRID_DASH} vertical={false} />
        <XAxis dataKey="year" tickFormatter={(year: number) => `${year}`} {...rechartsYearAxis("line")} />
        <YAxis {...rechartsAmountAxis(trendValues({ rows, series }), unit, wanTick, 10_000)} />
        <Tooltip
          formatter={(value) => `${formatWan(Math.round(Number(value)))} ${unit}`}
          labelFormatter={(year) => `${String(year)}`}
        />
        <Legend iconType="plainline" {...RECHARTS_LEGEND} />
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
