import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { headlineFigures, type HeadlineFigures, type HeadlineMeasure, type HeadlineTotals } from "../../lib/disclosure/figures";
import { wan } from "../../lib/money";
import { ZHENGDING_434_2018 } from "../../db/seed/zhengding-434-2018";
import { CountyTrend } from "./county-trend";
import { DepartmentTable } from "./department-table";
import { DepartmentTrends } from "./department-trends";
import { Pager } from "./pager";
import { RankingTable } from "./ranking-table";

const count = (html: string, testId: string) => html.split(`data-testid="${testId}"`).length - 1;
const figures = headlineFigures(ZHENGDING_434_2018) as HeadlineTotals;
const notStated = Object.fromEntries(Object.keys(figures).map((m) => [m, 0])) as Record<HeadlineMeasure, number>;
const scaled = (f: HeadlineFigures, k: number) =>
  Object.fromEntries(Object.entries(f).map(([m, v]) => [m, v! * k])) as HeadlineFigures;

describe("public statistics views", () => {
  it("lists departments with figures, change, the latest year's link the e2e test follows and a link to all years", () => {
    const html = renderToStaticMarkup(
      <DepartmentTable
        year={2018}
        departments={[
          { code: "401", ref: "401", name: "县教育局", isDemo: true, years: [2016, 2017, 2018], current: scaled(figures, 2), previous: figures },
          { code: "434", ref: "434", name: "正定县人民政府办公室", isDemo: false, years: [2018], current: figures, previous: null },
          // Another county's 434: named by its county's code too (lib/department-ref.ts).
          { code: "434", ref: "130124_434", name: "新乐县人民政府办公室", isDemo: false, years: [2018], current: figures, previous: null },
        ]}
      />,
    );
    expect(count(html, "department-table")).toBe(1);
    expect(count(html, "department-row")).toBe(3);
    expect(html).toContain('href="/departments/434/2018"');
    expect(html).toContain('href="/departments/130124_434/2018"');
    expect(html.split("示例数据").length - 1).toBe(1); // only the demo department
    expect(html).toContain('aria-label="正定县人民政府办公室2018年部门预算"');
    // 401: its latest year, and its department page's list for the other two; no link per year.
    expect(html).toContain('href="/departments/401/2018"');
    expect(html).not.toContain('href="/departments/401/2016"');
    expect(html).toContain('aria-label="县教育局全部3个已公开年度" href="/departments/401#years-title">共3年</a>');
    // 434 has one year: nothing more to list.
    expect(html).not.toContain('href="/departments/434#years-title"');
    expect(html).toContain("+1028.57"); // 401: doubled
    expect(html).toContain("+100.00%");
    expect(html).toContain('role="region"');
  });

  it("ranks with the ranks it is given, shares of the county total, and the total", () => {
    // A second page: ranks and the county total come from the whole year (db/queries/public-stats.ts).
    const html = renderToStaticMarkup(
      <RankingTable
        year={2018}
        measure="total"
        countyTotal={wan("800")}
        largest={wan("400")}
        area={{ counties: 1, county: null }}
        rows={[
          { code: "401", ref: "401", name: "县教育局", isDemo: true, value: wan("200"), rank: 101 },
          { code: "402", ref: "402", name: "县卫生健康局", isDemo: true, value: wan("100"), rank: 102 },
          { code: "434", ref: "130124_434", name: "新乐县人民政府办公室", isDemo: false, value: wan("100"), rank: 102 },
        ]}
      />,
    );
    expect(count(html, "year-ranking-table")).toBe(1);
    expect(count(html, "ranking-row")).toBe(3);
    expect(html).toContain("25.00%");
    expect(html).toContain("12.50%");
    expect(html.match(/<td class="num">101<\/td>/g)).toHaveLength(1);
    expect(html.match(/<td class="num">102<\/td>/g)).toHaveLength(2);
    expect(html).toContain("800.00");
    expect(html).toContain("100.00%");
    // Each row's link and anchor name it by its ref: another county's 434 is not the first 434.
    expect(html).toContain("全县合计");
    expect(html).toContain("占全县比重");
    expect(html).toContain('id="rank-130124_434"');
    expect(html).toContain('href="/departments/130124_434/2018"');
    // A bar per row against the year's largest value (rank 1 on page 1), hidden from screen readers.
    expect(html.match(/<span aria-hidden="true" class="rank-bar" data-testid="rank-bar"><span style="width:(\d+)%"><\/span>/g)).toEqual([
      '<span aria-hidden="true" class="rank-bar" data-testid="rank-bar"><span style="width:50%"></span>',
      '<span aria-hidden="true" class="rank-bar" data-testid="rank-bar"><span style="width:25%"></span>',
      '<span aria-hidden="true" class="rank-bar" data-testid="rank-bar"><span style="width:25%"></span>',
    ]);
  });

  it("calls a total over several counties what it is, not 全县", () => {
    const html = renderToStaticMarkup(
      <RankingTable year={2018} measure="total" countyTotal={wan("100")} largest={0} area={{ counties: 2, county: null }} rows={[]} />,
    );
    expect(html).toContain("各区县合计");
    expect(html).toContain("占各区县合计比重");
    expect(html).not.toContain("全县");
    const trend = renderToStaticMarkup(
      <CountyTrend
        years={[2017, 2018].map((year) => ({ year, departments: 20, counties: 2, includesDemo: false, figures, notStated }))}
        area={{ counties: 2, county: null }}
        includesDemo={false}
      />,
    );
    expect(trend).toContain("各区县合计历年变化");
    expect(trend).not.toContain("全县");
    // The county a visitor chose is named.
    const chosen = renderToStaticMarkup(
      <RankingTable year={2018} measure="total" countyTotal={wan("100")} largest={0} area={{ counties: 1, county: "正定县" }} rows={[]} />,
    );
    expect(chosen).toContain("正定县合计");
    expect(chosen).toContain("占正定县合计比重");
  });

  it("pages with previous and next links only where there is such a page", () => {
    const pager = (page: number, pageCount: number, lang?: "en") =>
      renderToStaticMarkup(
        <Pager page={page} pageCount={pageCount} total={250} href={(p) => `/years/2018?measure=total&page=${p}`} name="排名分页" testId="ranking-pages" lang={lang} />,
      );
    expect(pager(1, 1)).toBe("");
    const first = pager(1, 3);
    expect(first).toContain('aria-label="排名分页"');
    expect(first).toContain("第 1 / 3 页，共 250 个部门");
    expect(first).not.toContain("上一页");
    expect(first).toContain('rel="next" href="/years/2018?measure=total&amp;page=2">下一页');
    const middle = pager(2, 3);
    expect(middle).toContain('rel="prev" href="/years/2018?measure=total&amp;page=1">上一页');
    expect(middle).toContain("page=3");
    const last = pager(3, 3, "en");
    expect(last).toContain("Page 3 of 3, 250 departments");
    expect(last).not.toContain("Next page");
  });

  it("gives every chart an accessible name, its table and a CSV link", () => {
    const years = [2016, 2017].map((year, i) => ({ year, isDemo: true, figures: scaled(figures, i + 1) }));
    const html = renderToStaticMarkup(
      <DepartmentTrends
        trend={{
          code: "401",
          ref: "401",
          regionName: "正定县",
          province: "河北省",
          sameCode: [],
          name: "县教育局",
          isDemo: true,
          years,
          latest: { year: 2017, duties: [], units: [] },
        }}
      />,
    );
    expect(count(html, "department-trend-table")).toBe(3);
    for (const key of ["total", "sangong", "operating"]) {
      expect(count(html, `trend-table-${key}`)).toBe(1);
      expect(html).toContain(`href="/departments/401/trend.csv?table=${key}"`);
    }
    expect(count(html, "download-csv")).toBe(3);
    expect(html.match(/<figure /g)).toHaveLength(3);
    expect(html.match(/role="img" aria-label="[^"]*示例数据/g)).toHaveLength(3);
    expect(html).toContain("支出总计从2016年的1028.57万元变为2017年的2057.14万元（+100.00%）");
    expect(html).not.toContain("<svg"); // the chart loads on the client, after the table
  });

  it("shows the county trend table without a chart for a single year", () => {
    const html = renderToStaticMarkup(
      <CountyTrend years={[{ year: 2018, departments: 13, counties: 1, includesDemo: true, figures, notStated }]} area={{ counties: 1, county: null }} includesDemo />,
    );
    expect(count(html, "county-trend-table")).toBe(1);
    expect(html).toContain("仅有一个年度的公开数据");
    expect(html).not.toContain('role="img"');
    expect(html).toContain(">13</td>");
  });
});
