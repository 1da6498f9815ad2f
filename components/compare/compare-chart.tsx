"use client";

import { createContext, use } from "react";
import dynamic from "next/dynamic";
import { L, type Lang } from "@/lib/compare/texts";
import { WhenVisible } from "@/components/charts/when-visible";
import type { ChartProps } from "./compare-charts";

/**
 * Loads the chart code (Recharts) only in the browser, after the page with its table has rendered,
 * and only when the chart comes into view (WhenVisible): the server sends the table; the chart is
 * an enhancement.
 */
const Charts = dynamic(() => import("./compare-charts"), {
  ssr: false,
  loading: () => <Loading />,
});

// The loading placeholder gets no props of the chart: its language comes through context.
const LangContext = createContext<Lang>("zh");

function Loading() {
  const lang = use(LangContext);
  return (
    <p className="flex h-[360px] items-center justify-center text-stone-700" data-testid="compare-chart-loading">
      {L.chartLoading[lang]}
    </p>
  );
}

export function CompareChart(props: ChartProps) {
  return (
    <LangContext value={props.lang ?? "zh"}>
      <WhenVisible placeholder={<Loading />}>
        <Charts {...props} />
      </WhenVisible>
    </LangContext>
  );
}
