/**
 * A province-wide platform: a second county joins with a department coded 434, as the seed's
 * 正定县 already has. Every public page, download and API answer must name each 434 apart
 * (lib/department-ref.ts), show each its own figures, and call a total over both counties what
 * it is. Rendered on the server against a real database (the request APIs stubbed).
 */
import { describe, expect, it } from "vitest";
import { departments, disclosures, regions } from "@/db/schema";
import { insertVersion } from "@/db/queries/versions";
import { resolveDepartmentRef } from "@/db/queries/department-ref";
import { getPublishedDisclosure } from "@/db/queries/public";
import { sitemapDepartments } from "@/db/queries/sitemap";
import { consistentDocument } from "@/lib/checks/fixture";
import { headlineFigures } from "@/lib/disclosure/figures";
import { formatWan } from "@/lib/money";
import { count, html, seededPages } from "./seeded-pages";

const SECOND = { code: "139001", name: "示例第二县", province: "河北省" };
const THIRD = { code: "139002", name: "示例第三县", province: "河北省" };
const OTHER_434 = "139001_434";
const document = consistentDocument();
const otherTotal = formatWan(headlineFigures(document).total!);

// A second and a third county, each with a few departments of 2018, after the seed's 正定县.
const t = seededPages(async (db) => {
  const [region, third] = await db.insert(regions).values([SECOND, THIRD]).returning();
  const add = async (code: string, name: string, status: "published" | "draft", regionId = region!.id) => {
    const [department] = await db.insert(departments).values({ regionId, code, name, isDemo: true }).returning();
    const [disclosure] = await db.insert(disclosures).values({ departmentId: department!.id, year: 2018, isDemo: true }).returning();
    await insertVersion(db, {
      disclosureId: disclosure!.id,
      departmentId: department!.id,
      year: 2018,
      versionNo: 1,
      status,
      document,
      ...(status === "published" ? { publishedAt: new Date("2018-03-20T02:00:00Z") } : {}),
    });
  };
  await add("434", "示例第二县人民政府办公室", "published");
  await add("888", "示例第二县统计局", "published"); // a code no other county has
  await add("401", "示例第二县教育局", "draft"); // never public
  // The seed's 499 (正定县) has only a draft; a third county's 499 is published.
  await add("499", "示例第三县政务服务管理办公室", "published", third!.id);
});

const { default: HomePage } = await import("./page");
const { default: DisclosurePage } = await import("./departments/[code]/[year]/page");
const { default: DepartmentPage } = await import("./departments/[code]/page");
const { default: YearPage } = await import("./years/[year]/page");
const { default: CountyYearsPage } = await import("./years/page");
const { default: CachedYearsPage } = await import("./years/list/[page]/page");
const { GET: trendCsv } = await import("./departments/[code]/trend.csv/route");
const { GET: rankingCsv } = await import("./years/[year]/ranking.csv/route");
const { loadComparison } = await import("./compare/load");
const { departmentEndpoint, disclosuresEndpoint, figuresEndpoint } = await import("@/lib/open-data/endpoints");

const json = async (response: Response) => (await response.json()) as { data: unknown };

describe("two counties with a department 434", () => {
  it("a code alone names the first county's department; county_code names either; each keeps its canonical ref", async () => {
    expect(await resolveDepartmentRef(t.db, "434")).toMatchObject({ name: "正定县人民政府办公室", ref: "434", regionCode: "130123" });
    expect(await resolveDepartmentRef(t.db, "130123_434")).toMatchObject({ name: "正定县人民政府办公室", ref: "434" });
    expect(await resolveDepartmentRef(t.db, OTHER_434)).toMatchObject({ name: "示例第二县人民政府办公室", ref: OTHER_434 });
    expect(await resolveDepartmentRef(t.db, "888")).toMatchObject({ ref: "888", regionCode: "139001" });
    expect(await resolveDepartmentRef(t.db, "139001_888")).toMatchObject({ ref: "888" });
    expect(await resolveDepartmentRef(t.db, "130123_888")).toBeNull();
    expect(await resolveDepartmentRef(t.db, "139001_")).toBeNull();
  });

  it("each 434's disclosure page shows its own document, its county and a link to the other", async () => {
    const first = await getPublishedDisclosure(t.db, "434", 2018);
    const other = await getPublishedDisclosure(t.db, OTHER_434, 2018);
    expect(first?.department.name).toBe("正定县人民政府办公室");
    expect(other?.department.name).toBe("示例第二县人民政府办公室");
    expect(headlineFigures(other!.document).total).not.toBe(headlineFigures(first!.document).total);
    expect(first?.sameCode.map((d) => d.ref)).toEqual([OTHER_434]);
    expect(other?.sameCode.map((d) => d.ref)).toEqual(["434"]);

    const page = await html(DisclosurePage({ params: Promise.resolve({ code: OTHER_434, year: "2018" }) }));
    expect(page).toContain("示例第二县人民政府办公室2018年部门预算信息公开");
    expect(page).toContain("所属地区：河北省示例第二县");
    expect(page).toContain('href="/departments/434/2018">正定县 正定县人民政府办公室</a>');
    expect(page).toContain(`href="/departments/${OTHER_434}/2018/workbook"`);
    expect(page).toContain(`href="/compare?departments=${OTHER_434}"`);
    // The first 434's page is unchanged but for the same notice, the other way round.
    const firstPage = await html(DisclosurePage({ params: Promise.resolve({ code: "434", year: "2018" }) }));
    expect(firstPage).toContain(`href="/departments/${OTHER_434}/2018">示例第二县 示例第二县人民政府办公室</a>`);
    // A department with only a draft is no other 434 to point to, and cannot be read.
    await expect(DisclosurePage({ params: Promise.resolve({ code: "139001_401", year: "2018" }) })).rejects.toThrow(/NEXT_HTTP_ERROR_FALLBACK;404/);
    expect(page).not.toContain("示例第二县教育局");
  });

  it("the department page and its CSV are the other 434's", async () => {
    const page = await html(DepartmentPage({ params: Promise.resolve({ code: OTHER_434 }) }));
    expect(page).toContain("示例第二县人民政府办公室");
    expect(page).toContain(`href="/departments/${OTHER_434}/2018"`);
    expect(page).toContain(`href="/departments/${OTHER_434}/trend.csv?table=total"`);
    expect(page).toContain('href="/departments/434">正定县 正定县人民政府办公室</a>');
    const csv = await trendCsv(new Request(`http://x/departments/${OTHER_434}/trend.csv`), { params: Promise.resolve({ code: OTHER_434 }) });
    expect(csv.status).toBe(200);
    expect(await csv.text()).toContain(`2018,${otherTotal},`);
  });

  it("the home page lists both, each linked by its own ref, and says its totals are of all counties", async () => {
    const page = await html(HomePage({ searchParams: Promise.resolve({ q: "434" }) }));
    expect(count(page, "department-row")).toBe(2);
    expect(page).toContain('href="/departments/434/2018"');
    expect(page).toContain(`href="/departments/${OTHER_434}/2018"`);
    expect(page).toContain("2019年各区县部门预算合计");
    expect(page).toContain("各区县合计历年变化");
    expect(page).not.toContain("全县");
  });

  it("the year view ranks both apart, with a total of all counties, on the page and in its CSV", async () => {
    const page = await html(YearPage({ params: Promise.resolve({ year: "2018" }), searchParams: Promise.resolve({ q: "434" }) }));
    expect(count(page, "ranking-match")).toBe(2);
    expect(page).toContain(`id="rank-${OTHER_434}"`);
    expect(page).toContain('id="rank-434"');
    expect(page).toContain("各区县合计");
    const csv = await rankingCsv(new Request("http://x/years/2018/ranking.csv"), { params: Promise.resolve({ year: "2018" }) });
    const text = await csv.text();
    expect(text).toContain("占各区县合计比重（%）");
    expect(text.match(/,434,/g)).toHaveLength(2);
  });

  it("a comparison of the two 434s keeps them apart; the first named through its county is the same department once", async () => {
    const both = await loadComparison(t.db, { departments: `434,${OTHER_434}`, years: "2018" });
    expect(both.state.departments).toEqual(["434", OTHER_434]);
    expect(both.rows.map((r) => [r.department.name, formatWan(r.value ?? 0)])).toEqual([
      ["正定县人民政府办公室", "1028.57"],
      ["示例第二县人民政府办公室", otherTotal],
    ]);
    const again = await loadComparison(t.db, { departments: "434,130123_434", years: "2018" });
    expect(again.state.departments).toEqual(["434"]);
    const search = await loadComparison(t.db, { q: "434" });
    expect(search.matches.map((m) => m.ref)).toEqual(["434", OTHER_434]);
  });

  it("the API names each by its ref and filters by it", async () => {
    const other = (await json(await departmentEndpoint(t.db, { code: OTHER_434 }))).data as { ref: string; region: { code: string } };
    expect(other).toMatchObject({ code: "434", ref: OTHER_434, region: { code: "139001" } });
    const listed = (await json(await disclosuresEndpoint(t.db, new Request(`http://x/api/v1/disclosures?department=${OTHER_434}`)))).data as {
      department: { ref: string };
      links: { html: string };
    }[];
    expect(listed.map((d) => [d.department.ref, d.links.html])).toEqual([[OTHER_434, `/departments/${OTHER_434}/2018`]]);
    const figures = (await json(await figuresEndpoint(t.db, new Request(`http://x/api/v1/figures?departments=434,${OTHER_434}&years=2018`))))
      .data as { department: { ref: string }; value: { wan: string } }[];
    expect(figures.map((f) => [f.department.ref, f.value.wan])).toEqual([
      ["434", "1028.57"],
      [OTHER_434, otherTotal],
    ]);
  });

  it("the home page lets a visitor choose a county: its totals, its departments, the choice kept in links", async () => {
    const all = await html(HomePage({ searchParams: Promise.resolve({}) }));
    expect(count(all, "county-choice")).toBe(1);
    expect(all).toContain('<option value="" selected="">全部区县</option><option value="130123">正定县</option><option value="139001">示例第二县</option><option value="139002">示例第三县</option>');
    const page = await html(HomePage({ searchParams: Promise.resolve({ county: "139001" }) }));
    expect(page).toContain('<option value="139001" selected="">示例第二县</option>');
    expect(page).toContain("2018年示例第二县部门预算合计");
    expect(page).toContain("示例第二县合计历年变化");
    expect(page).toContain("合计为当年已公开的2个部门预算之和");
    expect(count(page, "department-row")).toBe(2);
    expect(page).toContain(`href="/departments/${OTHER_434}/2018"`);
    expect(page).toContain('<input type="hidden" name="county" value="139001"/>'); // the search keeps the county
    expect(page).toContain('href="/years?county=139001"'); // and so does the way to the rankings
    expect(page).not.toContain("正定县人民政府办公室");
    // The totals are the county's own: its two departments' 2018 figures.
    expect(page).toContain(`data-testid="county-total">${formatWan(2 * headlineFigures(document).total!)}<`);
    // An unknown county is said, and every county shown.
    const unknown = await html(HomePage({ searchParams: Promise.resolve({ county: "999999" }) }));
    expect(unknown).toContain("未找到区县“999999”，以下为全部区县。");
    expect(count(unknown, "department-row")).toBe(count(all, "department-row"));
  });

  it("the years list offers the choice, and a county's years are its own, each linking to its ranking", async () => {
    const all = await html(CachedYearsPage({ params: Promise.resolve({ page: "1" }) }));
    expect(count(all, "county-choice")).toBe(1);
    expect(count(all, "year-row")).toBe(4);
    const page = await html(CountyYearsPage({ searchParams: Promise.resolve({ county: "139001" }) }));
    expect(page).toContain("示例第二县各年度部门预算");
    expect(count(page, "year-row")).toBe(1);
    expect(page).toContain('href="/years/2018?county=139001"');
    expect(page).toContain(`<td class="num">2</td><td class="num">${formatWan(2 * headlineFigures(document).total!)}</td>`);
  });

  it("the year view and its CSV rank one county's departments with that county's total", async () => {
    const page = await html(YearPage({ params: Promise.resolve({ year: "2018" }), searchParams: Promise.resolve({ county: "139001", measure: "total" }) }));
    expect(page).toContain("2018年示例第二县各部门支出总计排名");
    expect(count(page, "ranking-row")).toBe(2);
    expect(page).toContain("示例第二县合计");
    expect(page).toContain("占示例第二县合计比重");
    expect(page).toContain('href="/years/2018/ranking.csv?measure=total&amp;county=139001"');
    const csv = await rankingCsv(new Request("http://x/years/2018/ranking.csv?county=139001"), { params: Promise.resolve({ year: "2018" }) });
    const rows = (await csv.text()).trim().split("\r\n");
    expect(rows).toHaveLength(1 + 2 + 1); // header, two departments, the county total
    expect(rows.at(-1)).toContain(`示例第二县合计,${formatWan(2 * headlineFigures(document).total!)},100.00`);
    const unknown = await rankingCsv(new Request("http://x/years/2018/ranking.csv?county=999999"), { params: Promise.resolve({ year: "2018" }) });
    expect(unknown.status).toBe(404);
    // A year the county did not publish: said, not a missing page.
    const empty = await html(YearPage({ params: Promise.resolve({ year: "2019" }), searchParams: Promise.resolve({ county: "139001" }) }));
    expect(empty).toContain("尚无已公开的部门预算。");
    expect(count(empty, "ranking-row")).toBe(0);
  });

  it("a code alone naming a department that published nothing there offers the other counties' departments of that code", async () => {
    // 499 names 正定县's 499 (created first), which has only a draft: choose 示例第三县's instead of a 404.
    const disclosure = await html(DisclosurePage({ params: Promise.resolve({ code: "499", year: "2018" }) }));
    expect(count(disclosure, "same-code-choice")).toBe(1);
    expect(disclosure).toContain("编码为 499 的部门");
    expect(disclosure).toContain('href="/departments/139002_499/2018">示例第三县 示例第三县政务服务管理办公室</a>');
    expect(disclosure).not.toContain("正定县 县政务服务管理办公室"); // nothing of the draft-only department
    expect(disclosure).not.toContain('href="/departments/499/');
    const department = await html(DepartmentPage({ params: Promise.resolve({ code: "499" }) }));
    expect(department).toContain('href="/departments/139002_499">示例第三县 示例第三县政务服务管理办公室</a>');
    // No other county published that year, or the code is a county's own: still not found.
    await expect(DisclosurePage({ params: Promise.resolve({ code: "499", year: "2019" }) })).rejects.toThrow(/NEXT_HTTP_ERROR_FALLBACK;404/);
    await expect(DisclosurePage({ params: Promise.resolve({ code: "130123_499", year: "2018" }) })).rejects.toThrow(/NEXT_HTTP_ERROR_FALLBACK;404/);
    await expect(DepartmentPage({ params: Promise.resolve({ code: "777" }) })).rejects.toThrow(/NEXT_HTTP_ERROR_FALLBACK;404/);
  });

  it("the sitemap lists each once under its own ref, and never the draft-only department", async () => {
    const refs = (await sitemapDepartments(t.db, { offset: 0, limit: 100 })).map((d) => d.ref);
    expect(refs.filter((r) => r.endsWith("434"))).toEqual(["434", OTHER_434]);
    expect(refs).toContain("888");
    expect(refs).not.toContain("139001_401");
  });
});
