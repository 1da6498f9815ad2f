import { describe, expect, it } from "vitest";
import { wan } from "../money";
import { compareHeaders, formatPercent, rowCells, cellList } from "./columns";
import { buildCompareRows, percentHundredths, type CompareDepartment, type CompareFigure } from "./table";

const office: CompareDepartment = { code: "434", ref: "434", name: "正定县人民政府办公室", isDemo: false };
const education: CompareDepartment = { code: "401", ref: "401", name: "县教育局", isDemo: true };

const figures: CompareFigure[] = [
  { departmentRef: "434", year: 2018, value: wan("1028.57") },
  { departmentRef: "401", year: 2016, value: wan("1000") },
  { departmentRef: "401", year: 2017, value: wan("1100.5") },
  { departmentRef: "401", year: 2018, value: wan("990.45") },
  { departmentRef: "401", year: 2019, value: 0 },
];

describe("percentHundredths", () => {
  it("rounds half away from zero on exact integers", () => {
    expect(percentHundredths(1, 3)).toBe(3333);
    expect(percentHundredths(2, 3)).toBe(6667);
    expect(percentHundredths(1, 8)).toBe(1250);
    expect(percentHundredths(-1, 8)).toBe(-1250);
    expect(percentHundredths(1, 80_000)).toBe(0); // 0.00125 % → 0.00
    expect(percentHundredths(1, 40_000)).toBe(0); // 0.0025 % → 0.00 (0.25 hundredths)
    expect(percentHundredths(1, 20_000)).toBe(1); // 0.005 % → 0.01 (half up)
    expect(percentHundredths(-1, 20_000)).toBe(-1); // and half away from zero below 0
    expect(percentHundredths(5, 0)).toBeNull();
  });

  it("stays exact on amounts beyond float precision of the product", () => {
    // 9×10^14 元 × 10^4 overflows 2^53; BigInt keeps it exact.
    expect(percentHundredths(900_000_000_000_000, 900_000_000_000_000)).toBe(10_000);
  });

  it("formats hundredths with two decimals", () => {
    expect(formatPercent(1250)).toBe("12.50");
    expect(formatPercent(-5)).toBe("-0.05");
    expect(formatPercent(0)).toBe("0.00");
    expect(formatPercent(-10_000)).toBe("-100.00");
  });
});

describe("buildCompareRows", () => {
  const years = [2016, 2017, 2018, 2019];
  const rows = buildCompareRows({ departments: [office, education], years, figures });
  const row = (code: string, year: number) => rows.find((r) => r.department.code === code && r.year === year)!;

  it("gives one row per department × year, departments in the order selected", () => {
    expect(rows.map((r) => `${r.department.code}/${r.year}`)).toEqual([
      "434/2016", "434/2017", "434/2018", "434/2019", "401/2016", "401/2017", "401/2018", "401/2019",
    ]);
  });

  it("marks a missing year as unpublished, not 0, and computes nothing from it", () => {
    expect(row("434", 2017)).toMatchObject({ value: null, change: null, changeRate: null, share: null });
    expect(row("434", 2018)).toMatchObject({ value: wan("1028.57"), change: null, changeRate: null });
  });

  it("computes the change on the prior year exactly", () => {
    expect(row("401", 2016)).toMatchObject({ change: null, changeRate: null }); // no 2015 in the selection
    expect(row("401", 2017)).toMatchObject({ change: wan("100.5"), changeRate: 1005 });
    expect(row("401", 2018)).toMatchObject({ change: -wan("110.05"), changeRate: -1000 });
    expect(row("401", 2019)).toMatchObject({ value: 0, change: -wan("990.45"), changeRate: -10_000 });
  });

  it("has no rate when the prior year is 0, and no change when the prior year is not selected", () => {
    const zeroPrior = buildCompareRows({
      departments: [education],
      years: [2019, 2020],
      figures: [...figures, { departmentRef: "401", year: 2020, value: wan("5") }],
    });
    expect(zeroPrior[1]).toMatchObject({ change: wan("5"), changeRate: null });
    const gap = buildCompareRows({ departments: [education], years: [2016, 2018], figures });
    expect(gap[1]).toMatchObject({ change: null, changeRate: null });
  });

  it("computes each department's share of the selected departments' total that year", () => {
    // 2018: 1028.57 + 990.45 = 2019.02
    expect(row("434", 2018).share).toBe(5094); // 50.943… %
    expect(row("401", 2018).share).toBe(4906);
    expect(row("401", 2017).share).toBe(10_000); // the only published one
    expect(row("401", 2019).share).toBeNull(); // total 0
  });

  it("ignores figures of departments or years that are not selected", () => {
    const only = buildCompareRows({ departments: [office], years: [2018], figures });
    expect(only).toHaveLength(1);
    expect(only[0]!.share).toBe(10_000);
  });

  it("tells a year without such class (当年无此科目) from 未列示 and 未公开", () => {
    const classRows = buildCompareRows({
      departments: [education],
      years: [2018, 2019],
      figures: [
        { departmentRef: "401", year: 2018, value: null, classAbsent: true },
        { departmentRef: "401", year: 2019, value: wan("12") },
      ],
    });
    expect(classRows.map((r) => [r.year, r.notStated, r.classAbsent])).toEqual([[2018, false, true], [2019, false, false]]);
    expect(rowCells(classRows[0]!).value).toBe("当年无此科目");
    expect(rowCells(classRows[0]!, "en").value).toBe("No such class that year");
    expect(classRows[1]!.change).toBeNull(); // no change against a year without the class
    const unstated = buildCompareRows({ departments: [education], years: [2018], figures: [{ departmentRef: "401", year: 2018, value: null }] });
    expect([unstated[0]!.notStated, unstated[0]!.classAbsent, rowCells(unstated[0]!).value]).toEqual([true, false, "未列示"]);
  });

  it("renders the cells the page and the downloads share", () => {
    expect(compareHeaders("total")).toEqual([
      "部门编码", "部门", "年度", "支出总计（万元）", "比上年增减（万元）", "增减率（%）", "占所选部门合计比例（%）", "备注",
    ]);
    expect(cellList(rowCells(row("434", 2017)))).toEqual(["434", "正定县人民政府办公室", "2017", "未公开", "—", "—", "—", ""]);
    expect(cellList(rowCells(row("434", 2018)))).toEqual(["434", "正定县人民政府办公室", "2018", "1028.57", "—", "—", "50.94", ""]);
    expect(cellList(rowCells(row("401", 2018)))).toEqual(["401", "县教育局", "2018", "990.45", "-110.05", "-10.00", "49.06", "示例数据"]);
  });
});
