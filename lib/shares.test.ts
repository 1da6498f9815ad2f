import { describe, expect, it } from "vitest";
import { wan } from "./money";
import { changeOf, competitionRanks, percentOf, sharesOf, withSign } from "./shares";

describe("percentOf", () => {
  it("rounds half away from zero on exact integers", () => {
    expect(percentOf(1, 3)).toBe("33.33");
    expect(percentOf(2, 3)).toBe("66.67");
    expect(percentOf(1, 8)).toBe("12.50");
    expect(percentOf(1, 80_000)).toBe("0.00"); // 0.00125 % → 0.00
    expect(percentOf(1, 40_000)).toBe("0.00"); // 0.0025 % → 0.00
    expect(percentOf(1, 20_000)).toBe("0.01"); // 0.005 % → half up
    expect(percentOf(-1, 20_000)).toBe("-0.01"); // half away from zero
    expect(percentOf(-1, 80_000)).toBe("0.00"); // no "-0.00"
    expect(percentOf(wan("323"), wan("1028.57"))).toBe("31.40");
    expect(percentOf(5, 5)).toBe("100.00");
    expect(percentOf(0, 5)).toBe("0.00");
    expect(percentOf(5, 0)).toBeNull();
  });

  it("stays exact where a float would not", () => {
    // 9e15 元 × 10000 overflows 2^53; BigInt keeps every digit.
    expect(percentOf(3_000_000_000_000_001, 9_000_000_000_000_000)).toBe("33.33");
    expect(percentOf(4_500_000_000_000_000, 9_000_000_000_000_000)).toBe("50.00");
    // 0.145 as a float is 0.14499…; on integers it is exactly half, rounded up.
    expect(percentOf(145, 100_000)).toBe("0.15");
  });
});

describe("changeOf", () => {
  it("gives the change in 万元 and as a percentage of the prior year, signed", () => {
    expect(changeOf(wan("1028.57"), wan("1235.15"))).toEqual({ amount: "-206.58", percent: "-16.73" });
    expect(changeOf(wan("110"), wan("100"))).toEqual({ amount: "+10.00", percent: "+10.00" });
    expect(changeOf(wan("100"), wan("100"))).toEqual({ amount: "0.00", percent: "0.00" });
    expect(changeOf(wan("5"), 0)).toEqual({ amount: "+5.00", percent: null });
    expect(changeOf(wan("5"), null)).toBeNull();
    expect(changeOf(undefined, wan("5"))).toBeNull();
  });

  it("signs only what is above zero", () => {
    expect(withSign("0.01")).toBe("+0.01");
    expect(withSign("12.00")).toBe("+12.00");
    expect(withSign("0.00")).toBe("0.00");
    expect(withSign("-3.00")).toBe("-3.00");
  });
});

describe("competitionRanks", () => {
  it("gives ties one rank and skips the next", () => {
    expect(competitionRanks([9, 7, 7, 5, 5, 5, 1])).toEqual([1, 2, 2, 4, 4, 4, 7]);
    expect(competitionRanks([])).toEqual([]);
    expect(competitionRanks([0, 0])).toEqual([1, 1]);
  });
});

describe("sharesOf", () => {
  it("adds up to exactly 100.00, the missing hundredths going to the largest remainders", () => {
    expect(sharesOf([1, 1, 1])).toEqual(["33.34", "33.33", "33.33"]);
    expect(sharesOf([2, 1])).toEqual(["66.67", "33.33"]);
    expect(sharesOf([1, 2, 3, 0])).toEqual(["16.67", "33.33", "50.00", "0.00"]);
    expect(sharesOf([wan("323"), wan("705.57")])).toEqual(["31.40", "68.60"]);
    const many = sharesOf([7, 7, 7, 7, 7, 7, 1]);
    expect(many.reduce((s, x) => s + Math.round(Number(x) * 100), 0)).toBe(10_000);
    expect(sharesOf([5])).toEqual(["100.00"]);
    expect(sharesOf([0, 0])).toEqual([null, null]);
    expect(sharesOf([])).toEqual([]);
  });
});
