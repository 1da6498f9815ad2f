import { describe, expect, it } from "vitest";
import { wan } from "../../money";
import { disagreement } from "./compare";
import { measureById } from "./measures";
import type { Claim } from "./reader";

const measure = measureById("sangongReception");
const written = (text: string) => {
  const [whole, frac = ""] = text.split(".");
  return { mantissa: BigInt(`${whole}${frac}`), decimals: frac.length };
};
const percent = (text: string, direction: 1 | -1 = 1): Claim => ({ kind: "percent", measure, direction, percent: written(text), quote: text });
const level = (text: string, unit: "万元" | "元" = "万元"): Claim => ({ kind: "level", measure, year: "current", amount: written(text), unit, quote: text });
const change = (text: string, direction: 1 | -1): Claim => ({ kind: "change", measure, direction, amount: written(text), unit: "万元", quote: text });
/** A percentage change of exactly `p` %: prior 100万元, current 100 + p. */
const moved = (p: string) => ({ prior: wan("100"), current: wan("100") + wan(p) });

describe("within the rounding the text uses", () => {
  it("“增长3%” accepts 2.5 % up to 3.49 %, not 2.49 % or 3.5 %", () => {
    for (const p of ["2.5", "3", "3.49", "3.4999"]) expect(disagreement(percent("3"), moved(p)), p).toBeNull();
    for (const p of ["2.49", "3.5", "-3"]) expect(disagreement(percent("3"), moved(p)), p).not.toBeNull();
  });

  it("“增长3.4%” accepts 3.35 % up to 3.449 %", () => {
    for (const p of ["3.35", "3.4", "3.449"]) expect(disagreement(percent("3.4"), moved(p)), p).toBeNull();
    for (const p of ["3.3499", "3.45"]) expect(disagreement(percent("3.4"), moved(p)), p).not.toBeNull();
  });

  it("direction matters: “下降3%” with a computed increase of 3 % is a mismatch, and says so", () => {
    expect(disagreement(percent("3", -1), moved("-3"))).toBeNull();
    expect(disagreement(percent("3", -1), moved("3"))).toEqual({ computed: "增长3.00%" });
  });

  it("“12.3万元” accepts 12.25 up to 12.3499 万元; “22万元” 21.5 up to 22.4999; “500元” 499.5 up to 500.4999 元", () => {
    const at = (text: string) => ({ current: wan(text), prior: null });
    for (const v of ["12.25", "12.3", "12.3499"]) expect(disagreement(level("12.3"), at(v)), v).toBeNull();
    for (const v of ["12.2499", "12.35"]) expect(disagreement(level("12.3"), at(v)), v).not.toBeNull();
    for (const v of ["21.5", "22.4999"]) expect(disagreement(level("22"), at(v)), v).toBeNull();
    expect(disagreement(level("22"), at("22.5"))).toEqual({ computed: "22.50万元", expected: wan("22.5"), actual: wan("22") });
    expect(disagreement(level("500", "元"), { current: 500, prior: null })).toBeNull();
    expect(disagreement(level("500", "元"), { current: 501, prior: null })).not.toBeNull();
  });

  it("a change compares its size and its direction", () => {
    const figures = { current: wan("22"), prior: wan("27") };
    expect(disagreement(change("5", -1), figures)).toBeNull();
    expect(disagreement(change("5", 1), figures)).toEqual({ computed: "减少5.00万元", expected: wan("-5"), actual: wan("5") });
    expect(disagreement(change("4", -1), figures)?.computed).toBe("减少5.00万元");
  });

  it("持平 means no change within 0.01万元", () => {
    const flat: Claim = { kind: "flat", measure, quote: "持平" };
    expect(disagreement(flat, { current: wan("15"), prior: wan("15.01") })).toBeNull();
    expect(disagreement(flat, { current: wan("15"), prior: wan("14") })?.computed).toBe("增加1.00万元");
  });

  it("a figure the document does not hold (null) is nothing to compare", () => {
    expect(disagreement(percent("50"), { current: wan("10"), prior: null })).toBeNull();
    expect(disagreement(change("5", 1), { current: null, prior: wan("10") })).toBeNull();
    expect(disagreement(level("5"), { current: null, prior: null })).toBeNull();
    expect(disagreement({ kind: "flat", measure, quote: "持平" }, { current: wan("1"), prior: null })).toBeNull();
    // No prior-year amount: a percentage of change has no base.
    expect(disagreement(percent("50"), { current: wan("10"), prior: 0 })).toBeNull();
  });
});
