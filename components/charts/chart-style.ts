/**
 * One look for every chart of the portal, whether drawn on the server (static-trend-chart.tsx,
 * plain SVG) or in the browser (Recharts: trend-chart.tsx, components/compare/compare-charts.tsx):
 * the same colours and dash patterns per series, text size and colour, axis and grid lines, and the
 * same amount axis — round ticks from zero, some room above the highest point, the unit written
 * over the axis.
 */
import { scaleLinear } from "d3-scale";

export const CHART_TEXT = "#292524"; // stone-800: 14:1 on white
export const CHART_AXIS = "#44403c";
export const CHART_GRID = "#d6d3d1";
export const CHART_GRID_DASH = "3 3";
export const CHART_FONT_SIZE = 12;

/**
 * Colours of at least 3:1 on white, each with its own dash pattern and marker size, so that lines
 * read without colour (bars use the colour only; the table beside every chart holds the figures).
 */
const COLORS = ["#9f1d20", "#1d4ed8", "#15803d", "#a16207", "#6b21a8", "#0f766e", "#c2410c", "#be185d", "#4d7c0f", "#475569"];
const DASHES = [undefined, "6 3", "2 3", "10 3 2 3", "1 4"] as const;
const RADII = [4, 3, 5, 3, 4] as const;

export interface SeriesStyle {
  stroke: string;
  dash: string | undefined;
  r: number;
}

export function seriesStyle(index: number): SeriesStyle {
  return { stroke: COLORS[index % COLORS.length]!, dash: DASHES[index % DASHES.length], r: RADII[index % RADII.length]! };
}

const TICKS = 5;
/** The highest point stays at least this share of the axis below its top. */
const HEADROOM = 0.05;

/**
 * The amount axis for `values` (any unit): from zero (or the lowest value, if below zero) to a
 * round number at least 5 % above the highest, with round ticks (steps of 1, 2 or 5 × 10ⁿ, as
 * d3-scale chooses them; never 6.5 / 13 / 19.5).
 */
export function amountAxis(
  values: readonly (number | null | undefined)[],
  /** One unit as the axis is labelled, in the values' own unit (10 000 for 元 shown in 万元). */
  unitSize = 1,
): { domain: [number, number]; ticks: number[] } {
  const numbers = values.filter((v): v is number => typeof v === "number" && Number.isFinite(v));
  const low = Math.min(0, ...numbers);
  const high = Math.max(0, ...numbers);
  if (low === high) return { domain: [low, low + unitSize], ticks: [low, low + unitSize] }; // nothing but zeros
  let scale = scaleLinear().domain([low, high]).nice(TICKS);
  let [, top] = scale.domain() as [number, number];
  if (high > 0 && top - high < HEADROOM * (top - low)) {
    scale = scaleLinear()
      .domain([low, high + 2 * HEADROOM * (high - low)])
      .nice(TICKS);
    [, top] = scale.domain() as [number, number];
  }
  return { domain: [low, top], ticks: scale.ticks(TICKS) };
}

/** A tick label of the amount axis, in 万元: "1,400", "12.5", "0.25". */
export function axisTick(wan: number): string {
  return wan.toLocaleString("zh-CN", { maximumFractionDigits: 2 });
}

/** The same for an amount in 元. */
export function wanTick(yuan: number): string {
  return axisTick(yuan / 10_000);
}

/** Recharts' text props in the shared look. */
export const RECHARTS_TICK = { fontSize: CHART_FONT_SIZE, fill: CHART_TEXT } as const;

/**
 * Props for a Recharts amount axis (<YAxis>) in the shared look: the shared domain and ticks, the
 * unit over the axis, no tick marks (the server-drawn chart has none either).
 */
export function rechartsAmountAxis(
  values: readonly (number | null | undefined)[],
  unit: string,
  format: (value: number) => string,
  unitSize = 1,
) {
  const { domain, ticks } = amountAxis(values, unitSize);
  return {
    domain,
    ticks,
    interval: 0 as const,
    allowDataOverflow: false,
    tickFormatter: format,
    tick: RECHARTS_TICK,
    tickLine: false,
    stroke: CHART_AXIS,
    width: 56,
    label: { value: unit, position: "top" as const, offset: 10, fontSize: CHART_FONT_SIZE, fill: CHART_TEXT },
  };
}

/**
 * Props for a Recharts year axis (<XAxis>): for lines, room at both ends so that the first and last
 * year ("2019" on a 375 px phone) are never cut at the edge.
 */
export function rechartsYearAxis(kind: "line" | "bar") {
  return {
    // On a phone, years that would overlap are left out; never the first or the last.
    interval: "preserveStartEnd" as const,
    minTickGap: 4,
    tick: RECHARTS_TICK,
    tickLine: false,
    stroke: CHART_AXIS,
    ...(kind === "line" ? { padding: { left: 20, right: 20 } } : {}),
  };
}

/** Recharts' legend in the shared look: the series in their own order (as the server-drawn legend and the tables), not sorted by name. */
export const RECHARTS_LEGEND = { wrapperStyle: { fontSize: CHART_FONT_SIZE, color: CHART_TEXT }, itemSorter: null } as const;

/** Room around a Recharts plot: above for the unit label, at the right for the last year. */
export const RECHARTS_MARGIN = { top: 24, right: 16, bottom: 0, left: 0 } as const;
