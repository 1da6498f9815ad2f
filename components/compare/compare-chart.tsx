"use client";

import dynamic from "next/dynamic";
import { L } from "@/lib/compare/labels";
import { WhenVisible } from "@/components/charts/when-visible";
import type { ChartProps } from "./compare-charts";

/**
 * Loads the chart code (Recharts) only in the browser, after the page with its table has rendered,
 * and only when the chart comes into view (WhenVisible): the server sends the table; the chart is
 * an enhancement.
 */
const loading = (
  <p className="flex h-[360px] items-center justify-center text-stone-700" data-testid="compare-chart-loading">
    {L.chartLoading.zh}
  </p>
);
const Charts = dynamic(() => import("./compare-charts"), { ssr: false, loading: () => loading });

export function CompareChart(props: ChartProps) {
  return (
    <WhenVisible placeholder={loading}>
      <Charts {...props} />
    </WhenVisible>
  );
}
