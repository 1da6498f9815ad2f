"use client";

import dynamic from "next/dynamic";
import { L } from "@/lib/compare/labels";
import type { ChartProps } from "./compare-charts";

/**
 * Loads the chart code (Recharts) only in the browser and only after the page with its table has
 * rendered: the server sends the table; the chart is an enhancement.
 */
const Charts = dynamic(() => import("./compare-charts"), {
  ssr: false,
  loading: () => (
    <p className="flex h-[360px] items-center justify-center text-stone-700" data-testid="compare-chart-loading">
      {L.chartLoading.zh}
    </p>
  ),
});

export function CompareChart(props: ChartProps) {
  return <Charts {...props} />;
}
