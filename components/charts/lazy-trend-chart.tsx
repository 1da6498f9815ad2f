"use client";

/**
 * The chart as a client leaf loaded after hydration (ssr: false): the page's table arrives with
 * the HTML, the Recharts code only afterwards. The box keeps its height while loading, and its
 * accessible name is the chart's text summary; the data table beside it is the full alternative.
 */
import dynamic from "next/dynamic";
import type { TrendChartProps } from "./trend-chart";

const TrendChart = dynamic(() => import("./trend-chart").then((m) => m.TrendChart), {
  ssr: false,
  loading: () => <div className="h-full w-full rounded bg-stone-100" />,
});

export function LazyTrendChart(props: TrendChartProps & { summary: string; testId?: string }) {
  const { summary, testId, ...chart } = props;
  return (
    <div role="img" aria-label={summary} className="h-60 w-full min-w-0" data-testid={testId}>
      <TrendChart {...chart} />
    </div>
  );
}
