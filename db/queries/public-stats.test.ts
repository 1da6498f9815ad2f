/**
 * The public statistics reads against a real database (PGlite, or the PostgreSQL server when
 * DATABASE_URL is set), seeded with 434/2018 and the demo departments, plus versions the public
 * must never see: a superseded version with no published one, a draft and a submission.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { HEADLINE_MEASURES, headlineFigures, type HeadlineFigures } from "../../lib/disclosure/figures";
import { wan } from "../../lib/money";
import { openTestDatabase, type TestDatabase } from "../test-database";
import { PRACTICE_DEPARTMENT, seedAll } from "../seed";
import { departments, disclosures, fiscalYears } from "../schema";
import { DEMO_DEPARTMENTS, DEMO_YEARS, demoDisclosures } from "../seed/demo";
import { ZHENGDING_434_2018 } from "../seed/zhengding-434-2018";
import { insertVersion } from "./versions";
import {
  DEPARTMENTS_PER_PAGE,
  containsPattern,
  countyTotalsByYear,
  departmentSummaries,
  departmentSummaryPage,
  departmentTrend,
  yearRanking,
  yearRankingPage,
  findInRanking,
} from "./public-stats";
import { competitionRanks } from "../../lib/shares";

let t: TestDatabase;

/** A version the public must not see, with a figure no published version has. */
async function hiddenVersion(code: string, year: number, status: "draft" | "submitted" | "superseded") {
  const [department] = await t.db.select().from(departments).where(eq(departments.code, code));
  if (!department) throw new Error(`${code} not seeded`);
  await t.db.insert(fiscalYears).values({ year }).onConflictDoNothing();
  await t.db.insert(disclosures).values({ departmentId: department.id, year }).onConflictDoNothing();
  const [disclosure] = await t.db
    .select()
    .from(disclosures)
    .where(and(eq(disclosures.departmentId, department.id), eq(disclosures.year, year)));
  const document = structuredClone(ZHENGDING_434_2018);
  document.expenditure.projects[0]!.amount = wan("99999");
  await insertVersion(t.db, {
    disclosureId: disclosure!.id,
    departmentId: department.id,
    year,
    versionNo: 1,
    status,
    document,
    publishedAt: status === "superseded" ? new Date() : null,
  });
}

/** What the county totals must be, computed from the seed documents themselves. */
function expectedTotals(): Map<number, { count: number; figures: HeadlineFigures }> {
  const byYear = new Map<number, { count: number; figures: HeadlineFigures }>();
  const docs = [...demoDisclosures(), { year: 2018, document: ZHENGDING_434_2018 }];
  for (const { year, document } of docs) {
    const figures = headlineFigures(document);
    const entry = byYear.get(year);
    if (!entry) byYear.set(year, { count: 1, figures });
    else {
      entry.count++;
      for (const m of HEADLINE_MEASURES) entry.figures[m] += figures[m]!;
    }
  }
  return byYear;
}

beforeAll(async () => {
  t = await openTestDatabase();
  await seedAll(t.db);
  await hiddenVersion("434", 2017, "superseded");
  await hiddenVersion("434", 2019, "submitted");
  await hiddenVersion(PRACTICE_DEPARTMENT.code, 2019, "draft");
});

afterAll(async () => {
  await t?.close();
});

describe("public statistics", () => {
  it("totals the county per year from published versions only, exactly", async () => {
    const county = await countyTotalsByYear(t.db);
    const expected = expectedTotals();
    expect(county.map((c) => c.year)).toEqual([...expected.keys()].sort());
    for (const { year, departments: count, figures } of county) {
      expect(count).toBe(expected.get(year)!.count);
      expect(figures).toEqual(expected.get(year)!.figures);
      for (const m of HEADLINE_MEASURES) expect(Number.isInteger(figures[m])).toBe(true);
    }
    expect(county.find((c) => c.year === 2018)!.departments).toBe(DEMO_DEPARTMENTS.length + 1);
    expect(county.every((c) => c.includesDemo)).toBe(true);
  });

  it("county totals equal the sum of the departments' published figures and of each ranking", async () => {
    for (const { year, departments: count, figures } of await countyTotalsByYear(t.db)) {
      const rows = (await departmentSummaries(t.db, { year })).filter((d) => d.current);
      expect(rows).toHaveLength(count);
      for (const m of HEADLINE_MEASURES) {
        expect(rows.reduce((total, d) => total + d.current![m]!, 0)).toBe(figures[m]);
        expect((await yearRanking(t.db, year, m)).countyTotal).toBe(figures[m]);
      }
    }
  });

  it("lists departments with published years, figures of the year and the year before", async () => {
    const all = await departmentSummaries(t.db, { year: 2019 });
    expect(all.map((d) => d.code)).toEqual([...DEMO_DEPARTMENTS.map((d) => d.code), "434"].sort());
    const office = all.find((d) => d.code === "434")!;
    expect(office).toMatchObject({ name: "正定县人民政府办公室", isDemo: false, years: [2018], current: null });
    expect(office.previous!.total).toBe(wan("1028.57"));
    const first = all.find((d) => d.code === DEMO_DEPARTMENTS[0]!.code)!;
    expect(first.isDemo).toBe(true);
    expect(first.years).toEqual([...DEMO_YEARS]);
    const docs = demoDisclosures().filter((d) => d.departmentCode === first.code);
    expect(first.current).toEqual(headlineFigures(docs.find((d) => d.year === 2019)!.document));
    expect(first.previous).toEqual(headlineFigures(docs.find((d) => d.year === 2018)!.document));
    expect(all.some((d) => d.code === PRACTICE_DEPARTMENT.code)).toBe(false); // a draft only
  });

  it("searches by name or code, taking LIKE wildcards literally", async () => {
    const codes = async (query: string) => (await departmentSummaries(t.db, { year: 2018, query })).map((d) => d.code);
    expect(await codes("教育")).toEqual(["401"]);
    expect(await codes("  正定县人民政府  ")).toEqual(["434"]);
    expect(await codes("434")).toEqual(["434"]);
    expect(await codes("41")).toEqual(["410", "411", "412"]);
    expect(await codes("政务服务")).toEqual([]); // 499 has only a draft
    expect(await codes("%")).toEqual([]);
    expect(await codes("_")).toEqual([]);
    expect((await codes("")).length).toBe(DEMO_DEPARTMENTS.length + 1);
    expect(containsPattern("a%b_c\\")).toBe("%a\\%b\\_c\\\\%");
  });

  it("ranks every department of a year by a measure, largest first, ties by code", async () => {
    for (const measure of ["total", "sangongTotal", "sangongAbroad", "operatingCosts"] as const) {
      const { rows } = await yearRanking(t.db, 2018, measure);
      expect(rows).toHaveLength(DEMO_DEPARTMENTS.length + 1);
      for (let i = 1; i < rows.length; i++) {
        const [a, b] = [rows[i - 1]!, rows[i]!];
        expect(a.value > b.value || (a.value === b.value && a.code < b.code)).toBe(true);
      }
    }
    const { rows } = await yearRanking(t.db, 2018, "total");
    expect(rows.find((r) => r.code === "434")).toEqual({
      code: "434",
      ref: "434",
      name: "正定县人民政府办公室",
      isDemo: false,
      value: wan("1028.57"),
    });
    expect((await yearRanking(t.db, 2019, "total")).rows.some((r) => r.code === "434")).toBe(false);
    expect(await yearRanking(t.db, 2031, "total")).toEqual({ rows: [], countyTotal: 0, counties: 0, notStated: 0 });
  });

  it("pages the year's ranking with ranks and the county total taken over every department", async () => {
    // A class too (db/queries/class-measures.ts): the same paging over an SQL amount.
    for (const measure of ["total", "sangongAbroad", "operatingCosts", "fn:205", "econ:302"] as const) {
      const whole = await yearRanking(t.db, 2018, measure);
      const ranks = competitionRanks(whole.rows.map((r) => r.value));
      const perPage = 3;
      const first = await yearRankingPage(t.db, { year: 2018, measure, page: 1, perPage });
      expect(first.count).toBe(whole.rows.length);
      expect(first.pageCount).toBe(Math.ceil(whole.rows.length / perPage));
      expect(first.pageCount).toBeGreaterThan(2);
      const pages = [first];
      for (let page = 2; page <= first.pageCount; page++) pages.push(await yearRankingPage(t.db, { year: 2018, measure, page, perPage }));
      for (const p of pages) {
        expect(p.countyTotal).toBe(whole.countyTotal);
        expect(p.includesDemo).toBe(true);
        expect(p.counties).toBe(1); // the seed's one county: its total is 全县
        expect(p.largest).toBe(whole.rows[0]!.value); // the ranking bars' scale, on every page
        expect(p.rows.length).toBeLessThanOrEqual(perPage);
      }
      const joined = pages.flatMap((p) => p.rows);
      expect(joined.map((row) => ({ code: row.code, ref: row.ref, name: row.name, isDemo: row.isDemo, value: row.value }))).toEqual(whole.rows);
      expect(joined.map((r) => r.rank)).toEqual(ranks);
    }
    // Ties share a rank across a page boundary: 三公 abroad is zero for most departments.
    const abroad = await yearRanking(t.db, 2018, "sangongAbroad");
    expect(new Set(competitionRanks(abroad.rows.map((r) => r.value))).size).toBeLessThan(abroad.rows.length);

    const last = await yearRankingPage(t.db, { year: 2018, measure: "total", page: 1, perPage: 3 });
    const beyond = await yearRankingPage(t.db, { year: 2018, measure: "total", page: 999, perPage: 3 });
    expect(beyond.page).toBe(last.pageCount);
    expect((await yearRankingPage(t.db, { year: 2018, measure: "total", page: 0 })).page).toBe(1);
    const office = (await yearRankingPage(t.db, { year: 2018, measure: "total", page: 1 })).rows.find((r) => r.code === "434");
    expect(office).toMatchObject({ code: "434", isDemo: false, value: wan("1028.57") });
    expect(await yearRankingPage(t.db, { year: 2031, measure: "total", page: 1 })).toEqual({
      rows: [],
      countyTotal: 0,
      notStated: 0,
      classAbsent: 0,
      counties: 0,
      count: 0,
      includesDemo: false,
      largest: 0,
      page: 1,
      pageCount: 1,
    });
  });

  it("finds departments in the year's ranking with their rank and the page they are on", async () => {
    const whole = await yearRanking(t.db, 2018, "project");
    const ranks = competitionRanks(whole.rows.map((r) => r.value));
    const found = await findInRanking(t.db, { year: 2018, measure: "project", query: "41", perPage: 3 });
    expect(found.total).toBe(3);
    const expected = whole.rows
      .map((row, i) => ({ ...row, rank: ranks[i], page: Math.ceil((i + 1) / 3) }))
      .filter((row) => row.code.includes("41"));
    expect(found.matches).toEqual(expected);
    expect(new Set(found.matches.map((m) => m.page)).size).toBeGreaterThan(1); // on different pages
    const office = await findInRanking(t.db, { year: 2018, measure: "total", query: " 正定县人民政府 " });
    expect(office.matches).toEqual([expect.objectContaining({ code: "434", isDemo: false, value: wan("1028.57"), page: 1 })]);
    expect((await findInRanking(t.db, { year: 2018, measure: "total", query: "%" })).total).toBe(0);
    expect((await findInRanking(t.db, { year: 2019, measure: "total", query: "政务服务" })).total).toBe(0); // 499: a draft only
    expect((await findInRanking(t.db, { year: 2018, measure: "total", query: "县" })).matches.length).toBeLessThanOrEqual(20);
  });

  it("gives one department's trend with duties and units of its latest publication", async () => {
    const office = await departmentTrend(t.db, "434");
    expect(office).toMatchObject({ code: "434", isDemo: false, latest: { year: 2018 } });
    expect(office!.years.map((y) => y.year)).toEqual([2018]); // not the superseded 2017, not the 2019 submission
    expect(office!.years[0]!.figures).toEqual(headlineFigures(ZHENGDING_434_2018));
    expect(office!.latest.duties).toEqual(ZHENGDING_434_2018.duties);
    expect(office!.latest.units).toEqual(ZHENGDING_434_2018.units);

    const demo = await departmentTrend(t.db, DEMO_DEPARTMENTS[1]!.code);
    expect(demo!.isDemo).toBe(true);
    expect(demo!.years.map((y) => [y.year, y.isDemo])).toEqual(DEMO_YEARS.map((year) => [year, true]));

    expect(await departmentTrend(t.db, "999")).toBeNull();
    expect(await departmentTrend(t.db, PRACTICE_DEPARTMENT.code)).toBeNull();
  });

  it("pages the department list: only departments with publications, in code order, the same rows as the full list", async () => {
    const all = await departmentSummaries(t.db, { year: 2019 });
    const first = await departmentSummaryPage(t.db, { year: 2019, page: 1 });
    expect(first.total).toBe(all.length);
    expect(first.pageCount).toBe(Math.ceil(all.length / DEPARTMENTS_PER_PAGE));
    expect(first.departments).toEqual(all.slice(0, DEPARTMENTS_PER_PAGE));
    expect(first.departments.map((d) => d.code)).not.toContain(PRACTICE_DEPARTMENT.code); // nothing published
    const beyond = await departmentSummaryPage(t.db, { year: 2019, page: 99 });
    expect(beyond.page).toBe(beyond.pageCount);
    const searched = await departmentSummaryPage(t.db, { year: 2019, query: "434", page: 1 });
    expect(searched.total).toBe(1);
    expect(searched.departments[0]?.code).toBe("434");
  });
});
