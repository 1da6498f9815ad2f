/**
 * The public statistics pages rendered on the server against a real, seeded database (the
 * request APIs stubbed): what the e2e test and a phone visitor rely on, without a browser.
 */
import { describe, expect, it } from "vitest";
import { DEMO_DEPARTMENTS } from "@/db/seed/demo";
import { count, html, seededPages } from "./seeded-pages";

seededPages();

const { default: HomePage } = await import("./page");
const { default: CachedHomePage } = await import("./home/[page]/page");
const { default: DepartmentPage } = await import("./departments/[code]/page");
const { default: YearPage } = await import("./years/[year]/page");
const { default: CachedYearPage } = await import("./years/[year]/view/[measure]/[page]/page");
const { default: YearsPage } = await import("./years/list/[page]/page");
const { GET: trendCsv } = await import("./departments/[code]/trend.csv/route");

const search = (q?: string) => ({ searchParams: Promise.resolve(q === undefined ? {} : { q }) });

describe("public statistics pages", () => {
  it("home: county totals of the latest year, the trend table, every department with its links", async () => {
    const page = await html(HomePage(search()));
    expect(count(page, "county-totals")).toBe(1);
    expect(page).toContain("2019年全县部门预算合计");
    expect(count(page, "county-choice")).toBe(0); // one county: nothing to choose
    expect(count(page, "county-trend-table")).toBe(1);
    expect(count(page, "department-row")).toBe(DEMO_DEPARTMENTS.length + 1);
    expect(page).toContain('aria-label="正定县人民政府办公室2018年部门预算"');
    expect(page).toContain("搜索部门名称或编码");
    expect(page.match(/<h[1-6]/g)).toEqual(["<h1", "<h2", "<h2", "<h2"]);
  });

  it("home: the cached route (what / is rewritten to) shows the same page as the dynamic one", async () => {
    expect(await html(CachedHomePage({ params: Promise.resolve({ page: "1" }) }))).toBe(await html(HomePage(search())));
  });

  it("home: searches by name or code on the server", async () => {
    const byName = await html(HomePage(search("教育")));
    expect(count(byName, "department-row")).toBe(1);
    expect(byName).toContain('data-code="401"');
    const byCode = await html(HomePage(search("434")));
    expect(count(byCode, "department-row")).toBe(1);
    expect(byCode).toContain("正定县人民政府办公室");
    expect(count(await html(HomePage(search("不存在的部门"))), "department-row")).toBe(0);
  });

  it("department page: years, three charts with tables and CSV links; unknown is not found", async () => {
    const page = await html(DepartmentPage({ params: Promise.resolve({ code: "401" }) }));
    expect(count(page, "department-trend-table")).toBe(3);
    expect(count(page, "download-csv")).toBe(3);
    expect(page).toContain('href="/departments/401/2016"');
    await expect(DepartmentPage({ params: Promise.resolve({ code: "999" }) })).rejects.toThrow(/NEXT_HTTP_ERROR_FALLBACK;404/);
  });

  it("year pages: ranking by a measure with shares; unknown years are not found", async () => {
    const page = await html(
      YearPage({ params: Promise.resolve({ year: "2018" }), searchParams: Promise.resolve({ measure: "sangongTotal" }) }),
    );
    expect(count(page, "ranking-row")).toBe(DEMO_DEPARTMENTS.length + 1);
    expect(page).toContain("2018年各部门“三公”经费合计排名");
    expect(page).toContain('<option value="sangongTotal" selected="">');
    await expect(
      YearPage({ params: Promise.resolve({ year: "2031" }), searchParams: Promise.resolve({}) }),
    ).rejects.toThrow(/NEXT_HTTP_ERROR_FALLBACK;404/);
    const years = { params: Promise.resolve({ page: "1" }) };
    expect(count(await html(YearsPage(years)), "year-row")).toBe(4);
    await expect(YearsPage({ params: Promise.resolve({ page: "2" }) })).rejects.toThrow(/NEXT_HTTP_ERROR_FALLBACK;404/);
  });

  it("year pages: a search lists the matches with their rank and a link to their row", async () => {
    const page = await html(
      YearPage({ params: Promise.resolve({ year: "2018" }), searchParams: Promise.resolve({ measure: "basic", q: "434" }) }),
    );
    expect(count(page, "ranking-match")).toBe(1);
    expect(page).toContain('href="/years/2018?measure=basic&amp;page=1#rank-434"');
    expect(page).toContain('id="rank-434"');
    expect(page).toContain('<input type="hidden" name="measure" value="basic"/>');
    const none = await html(YearPage({ params: Promise.resolve({ year: "2018" }), searchParams: Promise.resolve({ q: "无此部门" }) }));
    expect(none).toContain("没有名称或编码包含“无此部门”的部门。");
    expect(count(none, "ranking-row")).toBe(DEMO_DEPARTMENTS.length + 1);
  });

  it("year pages: the cached routes (what /years/2018?measure=… is rewritten to) show the same page as the dynamic one", async () => {
    const view = (measure: string, page: string) => ({ params: Promise.resolve({ year: "2018", measure, page }) });
    const dynamic = (query: Record<string, string>) => ({ params: Promise.resolve({ year: "2018" }), searchParams: Promise.resolve(query) });
    expect(await html(CachedYearPage(view("sangongTotal", "1")))).toBe(await html(YearPage(dynamic({ measure: "sangongTotal" }))));
    expect(await html(CachedYearPage(view("total", "7")))).toBe(await html(YearPage(dynamic({}))));
    for (const [measure, page] of [["constructor", "1"], ["total", "0"], ["total", "x"]] as const) {
      await expect(CachedYearPage(view(measure, page))).rejects.toThrow(/NEXT_HTTP_ERROR_FALLBACK;404/);
    }
  });

  it("trend.csv: a table of the department page as UTF-8 CSV with a BOM", async () => {
    const response = await trendCsv(new Request("http://x/departments/434/trend.csv?table=total"), {
      params: Promise.resolve({ code: "434" }),
    });
    expect(response.status).toBe(200);
    const bytes = new Uint8Array(await response.clone().arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(await response.text()).toContain("2018,1028.57,705.57,323.00,\r\n");
    const missing = await trendCsv(new Request("http://x/departments/434/trend.csv?table=nope"), {
      params: Promise.resolve({ code: "434" }),
    });
    expect(missing.status).toBe(404);
  });
});

describe("the English twins (lang=en)", () => {
  const hrefs = (page: string) => [...page.matchAll(/<a [^>]*href="([^"]*)"/g)].map((m) => m[1]!.replace(/&amp;/g, "&"));
  const pageLinks = (page: string) =>
    hrefs(page).filter((h) => h.startsWith("/") && !/\.csv|\/workbook|\/api\/|\/login/.test(h) && !h.startsWith("/_next"));

  it("home: English labels, demo data labelled in both languages, every page link under /en", async () => {
    const page = await html(HomePage({ ...search(), lang: "en" }));
    expect(page).toContain("County totals, 2019");
    expect(page).toContain("Search by department name or code");
    expect(page).toContain("demo data (示例数据)");
    expect(page).toContain('href="/en/departments/434/2018"');
    expect(page).toContain('action="/en#departments"');
    expect(pageLinks(page).filter((h) => !h.startsWith("/en"))).toEqual([]);
  });

  it("department and year pages: English headings, links stay in English, amounts in 万元 with two decimals", async () => {
    const department = await html(DepartmentPage({ params: Promise.resolve({ code: "434" }), lang: "en" }));
    expect(department).toContain("Published years");
    expect(department).toContain('href="/en/departments/434/2018"');
    expect(department).toContain("Amounts in 10,000 yuan");
    expect(department).toContain('href="/departments/434/trend.csv?table=total"'); // downloads are not prefixed
    expect(pageLinks(department).filter((h) => !h.startsWith("/en"))).toEqual([]);
    const year = await html(YearPage({ params: Promise.resolve({ year: "2018" }), searchParams: Promise.resolve({}), lang: "en" }));
    expect(year).toContain("Departments by Total expenditure, 2018");
    expect(year).toContain(">1028.57<");
    expect(pageLinks(year).filter((h) => !h.startsWith("/en"))).toEqual([]);
    const years = await html(YearsPage({ params: Promise.resolve({ page: "1" }), lang: "en" }));
    expect(years).toContain('href="/en/years/2018"');
  });
});
