import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { amountScale, StaticTrendChart, yearPosition } from "./static-trend-chart";

const rows = [
  { year: 2016, total: 12_345_600, basic: 7_000_000, project: 5_345_600 },
  { year: 2017, total: 10_277_800, basic: 6_474_200, project: 3_803_600 },
  { year: 2018, total: 10_285_700, basic: 7_055_700, project: 3_230_000 },
];
const series = [
  { key: "total", name: "支出总计" },
  { key: "basic", name: "基本支出" },
  { key: "project", name: "项目支出" },
];

/** The `cy` of each marker of one series, in % of the plot's height. */
function markerHeights(html: string, key: string): number[] {
  const group = html.split(`data-series="${key}"`)[1]!.split("</g>")[0]!;
  return [...group.matchAll(/<circle cx="[\d.]+%" cy="([\d.]+)%"/g)].map((m) => Number(m[1]));
}

describe("the server-drawn trend chart", () => {
  it("scales from zero to a round number above the highest figure", () => {
    const { ticks, y } = amountScale(rows, ["total", "basic", "project"]);
    expect(ticks[0]).toBe(0);
    expect(ticks.at(-1)).toBeGreaterThanOrEqual(12_345_600);
    expect(ticks.at(-1)! % 1_000_000).toBe(0); // a round number of 万元
    expect(y(0)).toBe(100); // the bottom of the plot
    expect(y(ticks.at(-1)!)).toBe(0); // the top
  });

  it("gives all-zero figures a scale rather than dividing by nothing", () => {
    const { ticks, y } = amountScale([{ year: 2018, total: 0 }, { year: 2019, total: 0 }], ["total"]);
    expect(ticks.length).toBeGreaterThan(1);
    expect(Number.isFinite(y(0))).toBe(true);
  });

  it("spreads the years across the plot, first to last", () => {
    expect([0, 1, 2].map((i) => yearPosition(i, 3))).toEqual([4, 50, 96]);
    expect(yearPosition(0, 1)).toBe(50);
  });

  it("draws every figure as SVG on the server, higher amounts higher up, with no script", () => {
    const html = renderToStaticMarkup(<StaticTrendChart rows={rows} series={series} unit="万元" summary="县合计趋势" testId="t" />);
    expect(html).toContain('role="img" aria-label="县合计趋势"');
    expect(html).not.toContain("<script");
    for (const s of series) {
      const heights = markerHeights(html, s.key);
      expect(heights).toHaveLength(3);
      // A higher amount is drawn nearer the top (a smaller % from the top).
      const byAmount = rows.map((r, i) => [r[s.key as "total"], heights[i]!] as const).sort((a, b) => a[0] - b[0]);
      for (let i = 1; i < byAmount.length; i++) expect(byAmount[i]![1]).toBeLessThan(byAmount[i - 1]![1]);
    }
    // Two segments per series join the three years; each marker names its exact figure.
    expect(html.split('data-series="total"')[1]!.split("</g>")[0]!.match(/<line /g)).toHaveLength(2);
    expect(html).toContain("<title>2016 · 支出总计 · 1234.56 万元</title>");
    expect(html).toContain("<title>2018 · 项目支出 · 323.00 万元</title>");
    // The unit stands over the amount axis, and the highest point keeps room above it.
    expect(html).toContain('data-testid="t-unit">万元</span>');
    expect(Math.min(...markerHeights(html, "total"))).toBeGreaterThanOrEqual(5);
    // The legend names each line; the year labels are all there.
    for (const s of series) expect(html).toContain(`</svg>${s.name}</li>`);
    for (const r of rows) expect(html).toContain(`>${r.year}</span>`);
  });
});
