import type { ReactNode } from "react";
import { LazyTrendChart } from "../charts/lazy-trend-chart";
import { StaticTrendChart } from "../charts/static-trend-chart";
import type { TrendChartProps } from "../charts/trend-series";
import { DemoBadge } from "../ui/demo-badge";
import { StaticMarkup } from "../ui/static-markup";
import { label, type Lang } from "./labels";

/**
 * A chart with its table alternative, in one <figure> named by its heading. The table (children)
 * comes first: server-rendered, always there, read without JavaScript; the chart follows it and its
 * code (Recharts) is fetched only when it comes into view (components/charts/when-visible.tsx) —
 * or, for a chart in the first screen (`drawn="server"`), it is drawn on the server with no
 * JavaScript at all (components/charts/static-trend-chart.tsx).
 */
export function ChartFigure(props: {
  id: string;
  title: string;
  level: 2 | 3;
  isDemo?: boolean;
  /** null: nothing to plot (e.g. a single year); `note` says why. */
  chart: (TrendChartProps & { summary: string }) | null;
  note?: string;
  /** "when-seen" (default): interactive, its code fetched as it comes into view; "server": plain SVG. */
  drawn?: "when-seen" | "server";
  lang?: Lang;
  children: ReactNode;
}) {
  const Heading = props.level === 2 ? "h2" : "h3";
  const titleId = `${props.id}-title`;
  return (
    <figure id={props.id} aria-labelledby={titleId} className="my-6 min-w-0 rounded bg-white p-4 shadow-sm">
      <figcaption className="mb-2">
        <Heading id={titleId} className={`font-bold text-stone-900 ${props.level === 2 ? "text-lg" : ""}`}>
          {props.title}
          {props.isDemo && (
            <>
              {" "}
              <DemoBadge lang={props.lang} />
            </>
          )}
        </Heading>
        <p className="text-xs text-stone-700">{label("unitNote", props.lang)}</p>
      </figcaption>
      {props.children}
      {props.chart ? (
        props.drawn === "server" ? (
          // Sent as compact data (components/ui/static-markup.tsx): its SVG never changes in the browser.
          <StaticMarkup>
            <StaticTrendChart {...props.chart} testId={`${props.id}-chart`} />
          </StaticMarkup>
        ) : (
          <LazyTrendChart {...props.chart} testId={`${props.id}-chart`} />
        )
      ) : (
        props.note && <p className="text-sm text-stone-700">{props.note}</p>
      )}
    </figure>
  );
}
