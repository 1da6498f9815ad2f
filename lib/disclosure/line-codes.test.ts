import { describe, expect, it } from "vitest";
import { draftFromPrevious, emptyDocument } from "./new-draft";
import { carryLineCodes, lineCodeErrors } from "./line-codes";
import type { DisclosureDocument } from "./schema";
import { documentWithLines } from "./tables/fixture";

const withCodes = (functionCodes: string[], economicCodes: string[] = []): DisclosureDocument => ({
  ...emptyDocument(2016),
  lines: {
    expenditure: functionCodes.map((functionCode) => ({ functionCode, kind: "personnel", source: "general", project: "", amount: 100 })),
    economic: economicCodes.map((economicCode) => ({ economicCode, amount: 100 })),
    carryForward: 0,
  },
});

describe("lineCodeErrors (the server's check of the lines' codes against the year)", () => {
  it("accepts 项 and 款 codes of the year, and a draft's empty code", () => {
    expect(lineCodeErrors(documentWithLines(), 2025)).toEqual([]);
    expect(lineCodeErrors(withCodes(["2010301", ""], ["30101", ""]), 2016)).toEqual([]);
    expect(lineCodeErrors({ ...emptyDocument(2016), lines: null }, 2016)).toEqual([]);
  });

  it("refuses a code of another year, with the row and a Chinese message", () => {
    // 224 灾害防治及应急管理支出 exists from 2019 on.
    expect(lineCodeErrors(withCodes(["2010301", "2240101"]), 2019)).toEqual([]);
    expect(lineCodeErrors(withCodes(["2010301", "2240101"]), 2016)).toEqual([
      { field: "lines.expenditure.1.functionCode", message: "支出明细第2行：科目编码2240101不是2016年支出功能分类的项级科目，请从科目列表中选择" },
    ]);
  });

  it("refuses an unknown economic code and a 类 where a 款 is asked for", () => {
    const errors = lineCodeErrors(withCodes([], ["38888", "301"]), 2018);
    expect(errors.map((e) => e.field)).toEqual(["lines.economic.0.economicCode", "lines.economic.1.economicCode"]);
    expect(errors[0]!.message).toBe("基本支出经济分类明细第1行：科目编码38888不是2018年支出经济分类的款级科目，请从科目列表中选择");
    expect(errors[1]!.message).toContain("是类级科目（工资福利支出），请选到款级");
  });

  it("says so when the year's lists are not held", () => {
    const errors = lineCodeErrors(withCodes(["2010301"]), 2040);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toContain("2040年的政府收支分类科目尚未收录");
  });
});

describe("a new year's draft carries last year's line codes as this year's", () => {
  const lines = (codes: string[]) => ({
    expenditure: codes.map((functionCode) => ({ functionCode, kind: "personnel" as const, source: "general" as const, project: "", amount: 0 })),
    economic: [{ economicCode: "30101", amount: 0 }],
    carryForward: 0,
  });

  it("follows the recorded moves, keeps the codes that stay, empties a code that has no successor", () => {
    expect(carryLineCodes(lines(["2100501", "2010301", ""]), 2017, 2018).expenditure.map((l) => l.functionCode)).toEqual(["2101101", "2010301", ""]);
    // 2011501 (工商行政管理事务 行政运行) is gone in 2019: the editor chooses its successor.
    expect(carryLineCodes(lines(["2011501"]), 2018, 2019).expenditure[0]!.functionCode).toBe("");
    expect(carryLineCodes(lines(["2011501"]), 2018, 2019).economic[0]!.economicCode).toBe("30101");
    expect(carryLineCodes(lines(["2010301"]), 2027, 2028).expenditure[0]!.functionCode).toBe("2010301");
  });

  it("so a draft started from last year's disclosure can be saved: its codes are the year's", () => {
    const previous = { ...documentWithLines(), lines: lines(["2011501", "2100502", "2010301"]) };
    expect(lineCodeErrors(previous, 2019)).toHaveLength(2);
    const draft = draftFromPrevious(previous, 2019);
    expect(lineCodeErrors(draft, 2019)).toEqual([]);
    expect(draft.lines!.expenditure.map((l) => l.functionCode)).toEqual(["", "", "2010301"]);
  });
});
