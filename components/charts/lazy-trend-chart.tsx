"use client";

/**
 * The chart as a client leaf (ssr: false) whose code is fetched when it comes into view
 * (WhenVisible): the page's table arrives with the HTML, the Recharts code only when the chart is
 * about to be seen. The box keeps its height meanwhile, and its accessible name is the chart's
 * text summary; the data table beside it is the full alternative.
 */
import dynamic from "next/dynamic";
import type { TrendChartProps } from "./trend-series";
import { WhenVisible } from "./when-visible";

const placeholder = <div className="h-full w-full rounded bg-stone-100" />;
const TrendChart = dynamic(() => import("./trend-chart").then((m) => m.TrendChart), {
  ssr: false,
  loading: () => placeholder,
});

export function LazyTrendChart(props: TrendChartProps & { summary: string; testId?: string }) {
  const { summary, testId, ...chart } = props;
  return (
    <div role="img" aria-label={summary} className="h-60 w-full min-w-0" data-testid={testId}>
      <WhenVisible placeholder={placeholder} className="h-full w-full">
        <TrendChart {...chart} />
      </WhenVisible>
    </div>
  );
}
