/**
 * 支出去向 as the server renders it, against a real, seeded database (the request APIs stubbed):
 * the disclosure page's section (chart, table of every 类/款/项, or the note), and the year page
 * over every department — for one county, then for two.
 */
import { describe, expect, it } from "vitest";
import { departments, disclosures, regions } from "@/db/schema";
import { insertVersion } from "@/db/queries/versions";
import { DEMO_DEPARTMENTS, demoDisclosures } from "@/db/seed/demo";
import { documentWithLines } from "@/lib/disclosure/tables/fixture";
import { spendingRows, spendingTree } from "@/lib/disclosure/tables/spending";
import { formatWan } from "@/lib/money";
import { count, html, seededPages } from "./seeded-pages";

const t = seededPages();

const { default: DisclosurePage } = await import("./departments/[code]/[year]/page");
const { default: YearSpendingPage } = await import("./years/[year]/spending/page");

const disclosure = (code: string, year: string, locale?: string) => DisclosurePage({ params: Promise.resolve({ code, year, locale }) });
const spendingPage = (year: string, locale?: string) => YearSpendingPage({ params: Promise.resolve({ year, locale }) });

describe("支出去向", () => {
  it("a demo disclosure: the drill-down at the 类, and a table row for every 类, 款 and 项 plus the total", async () => {
    const page = await html(disclosure("401", "2018"));
    const doc = demoDisclosures().find((d) => d.departmentCode === "401" && d.year === 2018)!.document;
    const tree = spendingTree(doc.lines!.expenditure, 2018);
    expect(count(page, "spending-view")).toBe(1);
    expect(count(page, "spending-row")).toBe(spendingRows(tree).length + 1);
    expect(count(page, "spending-bar")).toBe(tree.classes.length);
    expect(page).toContain('href="?class=205#spending-row-205"');
    expect(page).toContain(`id="spending-row-205"`);
    expect(page).toContain(formatWan(tree.total));
    expect(page).toContain('href="/years/2018/spending"');
    expect(page).toContain('href="#spending"');
    expect(count(page, "spending-note")).toBe(0);
  });

  it("434/2018 (tables not published with the source): the note, no chart, no table", async () => {
    const page = await html(disclosure("434", "2018"));
    expect(count(page, "spending-note")).toBe(1);
    expect(page).toContain("本部门预算公开表未随原文公开，无法按支出功能分类展示支出去向；本平台不补列。");
    expect(count(page, "spending-drilldown")).toBe(0);
    expect(count(page, "spending-table")).toBe(0);
  });

  it("the year over every department of the county: the sum of the departments' lines, labelled 示例数据", async () => {
    const page = await html(spendingPage("2018"));
    const lines = demoDisclosures().filter((d) => d.year === 2018).flatMap((d) => d.document.lines!.expenditure);
    const tree = spendingTree(lines, 2018);
    expect(page).toContain("2018年全县支出去向：钱花在哪里");
    expect(page).toContain(`合计为2018年已公开且附部门预算公开表的${DEMO_DEPARTMENTS.length}个部门的支出之和。`);
    expect(page).toContain("另有1个部门的公开文件未附部门预算公开表，未计入。");
    expect(page).toContain("示例数据");
    expect(count(page, "spending-row")).toBe(spendingRows(tree).length + 1);
    expect(page).toContain(`<td class="num font-semibold">${formatWan(tree.total)}</td>`);
    expect(page.match(/<h1/g)).toHaveLength(1);
    const en = await html(spendingPage("2018", "en"));
    expect(en).toContain("Where the money of the county goes, 2018");
    expect(count(en, "spending-row")).toBe(spendingRows(tree).length + 1);
  });

  it("a year nobody published, or no year at all, is not found", async () => {
    await expect(spendingPage("2030")).rejects.toThrow(/NEXT_HTTP_ERROR_FALLBACK;404/);
    await expect(spendingPage("20x8")).rejects.toThrow(/NEXT_HTTP_ERROR_FALLBACK;404/);
  });

  it("with a second county, the total is called what it is: every county's", async () => {
    const [region] = await t.db.insert(regions).values({ code: "139001", name: "示例第二县", province: "河北省" }).returning();
    const [department] = await t.db.insert(departments).values({ regionId: region!.id, code: "501", name: "第二县财政局", isDemo: true }).returning();
    const [row] = await t.db.insert(disclosures).values({ departmentId: department!.id, year: 2017, isDemo: true }).returning();
    await insertVersion(t.db, { disclosureId: row!.id, departmentId: department!.id, year: 2017, versionNo: 1, status: "published", document: documentWithLines(), publishedAt: new Date() });
    const page = await html(spendingPage("2017"));
    expect(page).toContain("2017年各区县支出去向：钱花在哪里");
    expect(page).toContain(`${DEMO_DEPARTMENTS.length + 1}个部门的支出之和`);
  });
});
