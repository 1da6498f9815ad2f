/**
 * A line chart of amounts over the years drawn on the server: plain SVG and HTML, no JavaScript.
 * For a chart in the first screen (the home page's county trend), where the interactive Recharts
 * chart would make every visitor download its code (about 127 KB gzip) right after the page loads.
 *
 * The plot is an SVG whose coordinates are percentages, so it stretches to any width while its
 * strokes, markers and labels keep their size; the axis labels and the legend are HTML beside it.
 * Each point carries a <title> with its exact figure, which a mouse shows on hover; the data table
 * next to the chart holds every figure for everyone else. Its look, axis and ticks are those of
 * the browser-drawn charts (chart-style.ts).
 */
import { formatWan } from "../../lib/money";
import { amountAxis, CHART_AXIS, CHART_GRID, CHART_GRID_DASH, seriesStyle, wanTick } from "./chart-style";
import { trendValues, type TrendChartProps } from "./trend-series";

/** Where each year sits across the plot, in % of its width: the first and last leave room for their marker. */
export function yearPosition(index: number, count: number): number {
  return count <= 1 ? 50 : 4 + (index * 92) / (count - 1);
}

/**
 * The vertical scale (chart-style.ts's amount axis): each tick's value, and a function from 元 to %
 * of the plot's height from its top.
 */
export function amountScale(rows: TrendChartProps["rows"], keys: readonly string[]) {
  const { domain, ticks } = amountAxis(trendValues({ rows, series: keys.map((key) => ({ key, name: key })) }), 10_000);
  const [low, high] = domain;
  return { ticks, y: (yuan: number) => (100 * (high - yuan)) / (high - low) };
}

function pct(value: number): string {
  return `${Number(value.toFixed(3))}%`;
}

export function StaticTrendChart(props: TrendChartProps & { summary: string; testId?: string }) {
  const { rows, series, unit, summary } = props;
  const { ticks, y } = amountScale(
    rows,
    series.map((s) => s.key),
  );
  const x = (index: number) => yearPosition(index, rows.length);
  return (
    <div role="img" aria-label={summary} className="w-full min-w-0 text-xs text-stone-800" data-testid={props.testId}>
      <div className="relative h-52 pt-6 pr-4 pl-14">
        <div className="relative h-full">
          <span className="absolute -top-6 -left-14 w-12 text-center" data-testid={props.testId && `${props.testId}-unit`}>
            {unit}
          </span>
          {ticks.map((tick) => (
            <span key={tick} className="absolute -left-14 w-12 -translate-y-1/2 text-right tabular-nums" style={{ top: pct(y(tick)) }}>
              {wanTick(tick)}
            </span>
          ))}
          <svg className="absolute inset-0 h-full w-full overflow-visible" aria-hidden="true" focusable="false">
            {ticks.map((tick) => (
              <line key={tick} x1="0" x2="100%" y1={pct(y(tick))} y2={pct(y(tick))} stroke={CHART_GRID} strokeDasharray={CHART_GRID_DASH} />
            ))}
            <line x1="0" x2="0" y1="0" y2="100%" stroke={CHART_AXIS} />
            <line x1="0" x2="100%" y1="100%" y2="100%" stroke={CHART_AXIS} />
            {series.map((s, i) => {
              const style = seriesStyle(i);
              return (
                <g key={s.key} data-series={s.key}>
                  {/* A year that does not state the figure (未列示, null) gets no point and no line. */}
                  {rows.slice(1).map((row, j) => rows[j]![s.key] == null || row[s.key] == null ? null : (
                    <line
                      key={row.year}
                      x1={pct(x(j))}
                      y1={pct(y(rows[j]![s.key] ?? 0))}
                      x2={pct(x(j + 1))}
                      y2={pct(y(row[s.key] ?? 0))}
                      stroke={style.stroke}
                      strokeWidth={2}
                      strokeDasharray={style.dash}
                    />
                  ))}
                  {rows.map((row, j) => row[s.key] == null ? null : (
                    <circle key={row.year} cx={pct(x(j))} cy={pct(y(row[s.key] ?? 0))} r={style.r} fill={style.stroke}>
                      <title>{`${row.year} · ${s.name} · ${formatWan(row[s.key] ?? 0)} ${unit}`}</title>
                    </circle>
                  ))}
                </g>
              );
            })}
          </svg>
        </div>
      </div>
      <div className="relative mr-4 ml-14 h-5">
        {rows.map((row, j) => (
          <span
            key={row.year}
            // On a phone, more than six years leave room for every other label only.
            className={`absolute top-1 -translate-x-1/2 tabular-nums ${rows.length > 6 && j % 2 === 1 ? "max-sm:hidden" : ""}`}
            style={{ left: pct(x(j)) }}
          >
            {row.year}
          </span>
        ))}
      </div>
      <ul className="mt-2 flex flex-wrap justify-center gap-x-4 gap-y-1">
        {series.map((s, i) => {
          const style = seriesStyle(i);
          return (
            <li key={s.key} className="flex items-center gap-1">
              <svg width="24" height="8" aria-hidden="true" focusable="false">
                <line x1="0" x2="24" y1="4" y2="4" stroke={style.stroke} strokeWidth={2} strokeDasharray={style.dash} />
              </svg>
              {s.name}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
