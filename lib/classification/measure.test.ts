import { describe, expect, it } from "vitest";
import type { BudgetLines } from "../disclosure/schema-lines";
import { classAmount, classCodeInYear, classExistsIn, classLabel, classOptions, keptClassPattern, parseClassMeasure, parseMeasure } from "./measure";

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
