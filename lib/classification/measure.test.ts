import { describe, expect, it } from "vitest";
import fc from "fast-check";
import type { BudgetLines } from "../disclosure/schema-lines";
import { classAmount, classCodeInYear, classExistsIn, classLabel, classOptions, classTotals, keptClassPattern, parseClassMeasure, parseMeasure } from "./measure";

const lines: BudgetLines = {
  expenditure: [
    { functionCode: "2050101", kind: "personnel", source: "general", project: "", amount: 1_000_000 },
    { functionCode: "2050202", kind: "project", source: "general", project: "营养餐", amount: 250_000 },
    { functionCode: "2050202", kind: "project", source: "fund", project: "营养餐", amount: 50_000 },
    { functionCode: "2080505", kind: "personnel", source: "general", project: "", amount: 120_000 },
    { functionCode: "2011501", kind: "public", source: "general", project: "", amount: 7_000 },
  ],
  economic: [
    { economicCode: "30101", amount: 600_000 },
    { economicCode: "30108", amount: 120_000 },
    { economicCode: "30201", amount: 40_000 },
  ],
  carryForward: 0,
};

describe("a class as a measure", () => {
  it("accepts a function 类, 款 or 项 and an economic 类 or 款 that a year's list holds", () => {
    for (const text of ["fn:205", "fn:20502", "fn:2050101", "econ:301", "econ:30201", "fn:20115"]) {
      expect(parseClassMeasure(text)).toMatchObject({ ok: true, measure: text });
    }
    expect(parseMeasure("fn:205")).toEqual({ ok: true, measure: "fn:205" });
    expect(parseMeasure("total")).toEqual({ ok: true, measure: "total" });
  });

  it("refuses unknown codes and malformed values with a Chinese message, never echoing them whole", () => {
    const unknown = parseClassMeasure("fn:999");
    expect(unknown).toEqual({ ok: false, message: expect.stringContaining("支出功能分类中没有科目编码 999") });
    expect(parseClassMeasure("econ:399999")).toMatchObject({ ok: false, message: expect.stringContaining("不是有效的分类指标") });
    expect(parseClassMeasure("econ:2050101")).toMatchObject({ ok: false }); // 7 digits: no economic 项
    expect(parseClassMeasure("fn:2050")).toMatchObject({ ok: false });
    expect(parseClassMeasure("fn:205;drop")).toMatchObject({ ok: false });
    const long = parseClassMeasure(`fn:${"<script>".repeat(20)}`);
    expect(long.ok).toBe(false);
    if (!long.ok) expect(long.message.length).toBeLessThan(120);
    expect(parseMeasure("nonsense")).toMatchObject({ ok: false, message: expect.stringContaining("未知的指标") });
  });

  it("labels a class by its code and official name", () => {
    expect(classLabel("fn:205")).toEqual({ zh: "功能分类 205 教育支出", en: "Function 205 教育支出" });
    expect(classLabel("econ:301").zh).toBe("经济分类 301 工资福利支出");
  });

  it("sums the lines under the class, every kind and funding source; null when the lines were not published", () => {
    expect(classAmount(lines, { scheme: "function", code: "205" }, 2019)).toBe(1_300_000);
    expect(classAmount(lines, { scheme: "function", code: "20502" }, 2019)).toBe(300_000);
    expect(classAmount(lines, { scheme: "function", code: "2080505" }, 2019)).toBe(120_000);
    expect(classAmount(lines, { scheme: "function", code: "210" }, 2019)).toBe(0);
    expect(classAmount(lines, { scheme: "economic", code: "301" }, 2019)).toBe(720_000);
    expect(classAmount(lines, { scheme: "economic", code: "30201" }, 2019)).toBe(40_000);
    expect(classAmount(null, { scheme: "function", code: "205" }, 2018)).toBeNull();
  });

  it("totals every class the lines fall in, and each scheme's whole; none when the lines were not published", () => {
    const totals = classTotals(lines)!;
    const of = (scheme: string, code: string) => totals.filter((t) => t.scheme === scheme && t.code === code).map((t) => t.amount);
    expect(of("function", "")).toEqual([1_427_000]);
    expect(of("function", "205")).toEqual([1_300_000]);
    expect(of("function", "20502")).toEqual([300_000]);
    expect(of("function", "2050202")).toEqual([300_000]);
    expect(of("function", "201")).toEqual([7_000]);
    expect(of("economic", "")).toEqual([760_000]);
    expect(of("economic", "301")).toEqual([720_000]);
    expect(of("economic", "30201")).toEqual([40_000]);
    expect(of("function", "210")).toEqual([]); // no line: the class reads 0 (classAmount above)
    // function: the whole, 205, 20501, 2050101, 20502, 2050202, 208, 20805, 2080505, 201, 20115, 2011501; economic: the whole, 301, 30101, 30108, 302, 30201.
    expect(totals).toHaveLength(12 + 6);
    expect(classTotals(null)).toBeNull();
    expect(classTotals({ expenditure: [], economic: [], carryForward: 0 })).toEqual([
      { scheme: "function", code: "", amount: 0 },
      { scheme: "economic", code: "", amount: 0 },
    ]);
  });

  it("gives every class the sum of the lines whose code starts with it (any lines, any class code)", () => {
    const digits = (n: number) => fc.string({ unit: fc.constantFrom("2", "0", "1", "5"), minLength: n, maxLength: n });
    const amount = fc.integer({ min: 0, max: 1e12 });
    const linesArb = fc.record({
      expenditure: fc.array(fc.record({ functionCode: digits(7), kind: fc.constant("personnel" as const), source: fc.constant("general" as const), project: fc.constant(""), amount }), { maxLength: 30 }),
      economic: fc.array(fc.record({ economicCode: digits(5), amount }), { maxLength: 30 }),
      carryForward: fc.constant(0),
    });
    fc.assert(
      fc.property(linesArb, fc.oneof(digits(3), digits(5), digits(7)), fc.oneof(digits(3), digits(5)), (l, fnCode, econCode) => {
        const totals = classTotals(l)!;
        const stored = (scheme: string, code: string) => totals.find((t) => t.scheme === scheme && t.code === code)?.amount ?? 0;
        const sum = (xs: { code: string; amount: number }[], code: string) => xs.filter((x) => x.code.startsWith(code)).reduce((a, x) => a + x.amount, 0);
        expect(stored("function", fnCode)).toBe(sum(l.expenditure.map((x) => ({ code: x.functionCode, amount: x.amount })), fnCode));
        expect(stored("economic", econCode)).toBe(sum(l.economic.map((x) => ({ code: x.economicCode, amount: x.amount })), econCode));
        expect(new Set(totals.map((t) => `${t.scheme}:${t.code}`)).size).toBe(totals.length);
      }),
    );
  });

  it("follows a moved code across years (20115 工商行政管理事务 became 20138 in 2019)", () => {
    expect(classCodeInYear({ scheme: "function", code: "20115" }, 2018)).toBe("20115");
    expect(classCodeInYear({ scheme: "function", code: "20115" }, 2019)).toBe("20138");
    expect(classCodeInYear({ scheme: "function", code: "21011" }, 2017)).toBe("21005");
    expect(classCodeInYear({ scheme: "function", code: "205" }, 1980)).toBeUndefined();
    const moved = { ...lines, expenditure: [{ functionCode: "2013801", kind: "public" as const, source: "general" as const, project: "", amount: 9_000 }] };
    expect(classAmount(moved, { scheme: "function", code: "20115" }, 2019)).toBe(9_000);
    expect(classAmount(lines, { scheme: "function", code: "20115" }, 2018)).toBe(7_000);
  });

  it("knows when a year has no such class: fn:20138 before 2019 (three 款 merged into it), not 未列示", () => {
    const market = { scheme: "function", code: "20138" } as const;
    expect(classExistsIn(market, 2019)).toBe(true);
    expect(classExistsIn(market, 2018)).toBe(false);
    expect(classAmount(lines, market, 2018)).toBeNull(); // null, though the lines are published
    expect(classExistsIn({ scheme: "function", code: "20115" }, 2019)).toBe(true); // forward the merge is clear
    expect(classExistsIn({ scheme: "function", code: "205" }, 1980)).toBe(false);
  });

  it("offers the year's 类 and 款 in the picker, and keeps only known 类 and 款 for the kept pages", () => {
    const options = classOptions("function", 2019);
    expect(options).toContainEqual({ value: "fn:205", text: "205 教育支出" });
    expect(options.some((o) => o.value.length > "fn:20501".length)).toBe(false);
    const pattern = new RegExp(`^(?:${keptClassPattern()})$`);
    expect(pattern.test("fn:205")).toBe(true);
    expect(pattern.test("econ:30201")).toBe(true);
    expect(pattern.test("fn:999")).toBe(false);
    expect(pattern.test("fn:2050101")).toBe(false);
  });
});
