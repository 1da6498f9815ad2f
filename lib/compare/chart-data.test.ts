import { describe, expect, it } from "vitest";
import { wan } from "../money";
import { buildChartData } from "./chart-data";
import { buildCompareRows } from "./table";

describe("buildChartData", () => {
  it("has a point per year and a series per department, gaps where unpublished", () => {
    const rows = buildCompareRows({
      departments: [
        { code: "434", ref: "434", name: "正定县人民政府办公室", isDemo: false },
        { code: "401", ref: "401", name: "县教育局", isDemo: true },
      ],
      years: [2017, 2018],
      figures: [
        { departmentRef: "434", year: 2018, value: wan("1028.57") },
        { departmentRef: "401", year: 2017, value: wan("12.5") },
        { departmentRef: "401", year: 2018, value: wan("13") },
      ],
    });
    expect(buildChartData(rows)).toEqual({
      series: [
        { key: "s0", label: "434 正定县人民政府办公室" },
        { key: "s1", label: "401 县教育局" },
      ],
      points: [
        { year: "2017", s0: null, s1: 12.5 },
        { year: "2018", s0: 1028.57, s1: 13 },
      ],
    });
  });
});
