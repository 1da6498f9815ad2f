import { describe, expect, it } from "vitest";
import { displayWan, normalizeNumberText, parseAmountText, parseCountText, parseDateText, parseDecimalText, parseYearText } from "./number-parse";

describe("parseAmountText (万元 → 元)", () => {
  it("reads up to four decimals exactly", () => {
    expect(parseAmountText("1028.57", 0)).toEqual({ ok: true, value: 10_285_700 });
    expect(parseAmountText("0.0001", 0)).toEqual({ ok: true, value: 1 });
    expect(parseAmountText("29.5", 0)).toEqual({ ok: true, value: 295_000 });
  });

  it("accepts what a Chinese keyboard types", () => {
    expect(normalizeNumberText("１，０２８。５７")).toBe("1028.57");
    expect(parseAmountText("１０２８．５７", 0)).toEqual({ ok: true, value: 10_285_700 });
    expect(parseAmountText(" 1,028.57 ", 0)).toEqual({ ok: true, value: 10_285_700 });
    expect(parseAmountText("12.", 0)).toEqual({ ok: true, value: 120_000 });
  });

  it("treats blank as 0 for a required amount and null for an optional one", () => {
    expect(parseAmountText("", 0)).toEqual({ ok: true, value: 0 });
    expect(parseAmountText("  ", null)).toEqual({ ok: true, value: null });
  });

  it("refuses negatives, signs, five decimals, words and huge numbers", () => {
    for (const text of ["-5", "+5", "1.23456", "一千", "abc", "1e3", "1..2", "999999999999"]) {
      expect(parseAmountText(text, 0), text).toEqual({ ok: false });
    }
  });

  it("shows two decimals unless more were typed", () => {
    expect(displayWan(10_285_700)).toBe("1028.57");
    expect(displayWan(0)).toBe("0.00");
    expect(displayWan(12_345)).toBe("1.2345");
    expect(displayWan(null)).toBe("");
  });
});

describe("other number fields", () => {
  it("parses areas, counts, years and dates", () => {
    expect(parseDecimalText("40000.5", 0)).toEqual({ ok: true, value: 40000.5 });
    expect(parseDecimalText("1.234", 0)).toEqual({ ok: false });
    expect(parseCountText("10", 0)).toEqual({ ok: true, value: 10 });
    expect(parseCountText("", null)).toEqual({ ok: true, value: null });
    expect(parseCountText("1.5", 0)).toEqual({ ok: false });
    expect(parseYearText("2017")).toEqual({ ok: true, value: 2017 });
    expect(parseYearText("1899")).toEqual({ ok: false });
    expect(parseDateText("2017-12-31")).toEqual({ ok: true, value: "2017-12-31" });
    expect(parseDateText("2017-02-30")).toEqual({ ok: false });
    expect(parseDateText("2017/12/31")).toEqual({ ok: false });
  });
});
