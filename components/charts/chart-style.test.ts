import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { amountAxis, axisTick, rechartsAmountAxis, rechartsYearAxis, seriesStyle, wanTick } from "./chart-style";
import { amountScale } from "./static-trend-chart";
import { trendValues } from "./trend-series";

/** 1, 2 or 5 times a power of ten (allowing for floating point). */
function isRoundStep(step: number): boolean {
  const power = 10 ** Math.floor(Math.log10(step));
  return [1, 2, 5, 10].some((m) => Math.abs(step / power - m) < 1e-9);
}

describe("the amount axis every chart shares", () => {
  it("has round ticks where Recharts' own split gave 0 / 6.5 / 13 / 19.5 / 26", () => {
    const { domain, ticks } = amountAxis([3, 12, 26]);
    expect(ticks).toEqual([0, 5, 10, 15, 20, 25, 30]);
    expect(domain).toEqual([0, 30]);
  });

  it("leaves room above the highest point even when it falls on a round number", () => {
    const { domain, ticks } = amountAxis([10, 20, 30]);
    expect(domain[1]).toBeGreaterThan(30);
    expect(ticks.at(-1)).toBe(domain[1]);
  });

  it("keeps zero in view, goes below it for negative values, ignores gaps, and survives all zeros", () => {
    expect(amountAxis([120, 80]).domain[0]).toBe(0);
    expect(amountAxis([-15, 40]).domain[0]).toBeLessThanOrEqual(-15);
    expect(amountAxis([null, 7, undefined]).ticks.at(-1)).toBeGreaterThan(7);
    expect(amountAxis([0, 0], 10_000)).toEqual({ domain: [0, 10_000], ticks: [0, 10_000] });
  });

  it("for any figures: ticks from the bottom to the top in one round step, the top point at least 5% below the top", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 9e14 }), { minLength: 1, maxLength: 20 }), (values) => {
        fc.pre(values.some((v) => v > 0));
        const { domain, ticks } = amountAxis(values);
        const [low, top] = domain;
        expect(ticks[0]).toBe(low);
        expect(ticks.at(-1)).toBe(top);
        const step = ticks[1]! - ticks[0]!;
        expect(isRoundStep(step)).toBe(true);
        for (let i = 1; i < ticks.length; i++) expect(ticks[i]! - ticks[i - 1]!).toBeCloseTo(step, 6);
        expect(ticks.length).toBeLessThanOrEqual(11);
        expect(top - Math.max(...values)).toBeGreaterThanOrEqual(0.05 * (top - low) - 1e-6);
      }),
    );
  });

  it("labels ticks in 万元 with separators and at most two decimals", () => {
    expect(axisTick(1400)).toBe("1,400");
    expect(axisTick(12.5)).toBe("12.5");
    expect(wanTick(2_500)).toBe("0.25");
  });
});

describe("one look for the server-drawn and the browser-drawn charts", () => {
  const rows = [
    { year: 2017, total: 9_800_000, basic: 6_000_000 },
    { year: 2018, total: 12_345_600, basic: 7_055_700 },
    { year: 2019, total: 13_000_000, basic: 7_500_000 },
  ];
  const series = [
    { key: "total", name: "支出总计" },
    { key: "basic", name: "基本支出" },
  ];

  it("gives Recharts the very ticks the server draws, the unit over the axis, every tick shown", () => {
    const drawn = amountScale(rows, ["total", "basic"]);
    const axis = rechartsAmountAxis(trendValues({ rows, series }), "万元", wanTick, 10_000);
    expect(axis.ticks).toEqual(drawn.ticks);
    expect(axis.domain).toEqual([0, drawn.ticks.at(-1)]);
    expect(axis.ticks.map(axis.tickFormatter)).toEqual(["0", "200", "400", "600", "800", "1,000", "1,200", "1,400"]);
    expect(axis.label).toMatchObject({ value: "万元", position: "top" });
    expect(axis.interval).toBe(0);
  });

  it("gives line charts room at both ends of the year axis, and keeps the first and last year", () => {
    expect(rechartsYearAxis("line").padding).toEqual({ left: 20, right: 20 });
    expect(rechartsYearAxis("bar")).not.toHaveProperty("padding");
    expect(rechartsYearAxis("line").interval).toBe("preserveStartEnd");
  });

  it("tells lines apart by dash and marker as well as colour", () => {
    const looks = [0, 1, 2, 3, 4].map(seriesStyle);
    expect(new Set(looks.map((l) => `${l.dash}|${l.r}`)).size).toBeGreaterThanOrEqual(4);
    expect(new Set(looks.map((l) => l.stroke)).size).toBe(5);
  });
});
