/**
 * A class as the measure of the comparison and the year ranking, against a real database (PGlite,
 * or the PostgreSQL server when DATABASE_URL is set): the amounts read from the totals stored at
 * publication equal the lib definition (classAmount) and the plain sum of the lines under the
 * class's code on every published demo document, as the amounts summed from the lines at read
 * time did; the year ranking orders them so; the seed 434/2018 (lines: null) is 未列示.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { classAmount, classCodeInYear, classRef, type ClassMeasure } from "../../lib/classification/measure";
import { openTestDatabase, type TestDatabase } from "../test-database";
import { seedAll } from "../seed";
import { departments, disclosureVersions } from "../schema";
import { compareFigures } from "./compare";
import { findInRanking, yearRanking, yearRankingPage } from "./public-stats";
import { publishedFigures } from "./figures";

let t: TestDatabase;
const CODES = ["434", "401", "402", "403", "404", "405", "406", "407", "408", "409", "410", "411", "412"];
const YEARS = [2016, 2017, 2018, 2019];

beforeAll(async () => {
  t = await openTestDatabase();
  await seedAll(t.db);
});

afterAll(async () => {
  await t?.close();
});

describe(`a class as the measure, on ${process.env.DATABASE_URL ? "the PostgreSQL server" : "embedded PGlite"}`, () => {
  it("the comparison's amounts equal classAmount, and the sum of the lines under the code, on each published document", async () => {
    const versions = await t.db
      .select({ code: departments.code, year: disclosureVersions.year, document: disclosureVersions.document })
      .from(disclosureVersions)
      .innerJoin(departments, eq(departments.id, disclosureVersions.departmentId))
      .where(eq(disclosureVersions.status, "published"));
    expect(versions.length).toBeGreaterThan(40);
    const measures: ClassMeasure[] = ["fn:205", "fn:20502", "fn:2080505", "fn:20115", "fn:210", "econ:301", "econ:30201", "econ:302"];
    for (const measure of measures) {
      const found = await compareFigures(t.db, { departmentRefs: CODES, years: YEARS, measure });
      const got = new Map(found.figures.map((f) => [`${f.departmentRef}/${f.year}`, f.value]));
      for (const v of versions) {
        const expected = classAmount(v.document.lines ?? null, classRef(measure), v.year);
        expect(got.get(`${v.code}/${v.year}`), `${measure} ${v.code}/${v.year}`).toBe(expected);
        // What the comparison answered before the totals were stored: Σ of the lines whose code starts with the year's code.
        const code = classCodeInYear(classRef(measure), v.year);
        const lines = v.document.lines;
        const plain =
          lines && code !== undefined
            ? (classRef(measure).scheme === "function"
                ? lines.expenditure.map((l) => [l.functionCode, l.amount] as const)
                : lines.economic.map((l) => [l.economicCode, l.amount] as const)
              ).reduce((a, [c, amount]) => (c.startsWith(code) ? a + amount : a), 0)
            : null;
        expect(expected).toBe(plain);
      }
    }
  });

  it("compares 205 教育 across departments and years: the 教育局 has it, the seed 434/2018 is not stated (null, not 0)", async () => {
    const found = await compareFigures(t.db, { departmentRefs: ["401", "403", "434"], years: YEARS, measure: "fn:205" });
    const of = (ref: string) => found.figures.filter((f) => f.departmentRef === ref);
    expect(of("401")).toHaveLength(4);
    for (const f of of("401")) expect(f.value).toBeGreaterThan(0);
    expect(of("434")).toEqual([{ departmentRef: "434", year: 2018, value: null }]);
    // 403 publishes lines without 205 (except its social-insurance lines are 208): a stated 0.
    for (const f of of("403")) expect(f.value).toBe(0);
  });

  it("follows 20115 into 20138 in 2019 for the 市场监督管理局 (410)", async () => {
    const found = await compareFigures(t.db, { departmentRefs: ["410"], years: YEARS, measure: "fn:20115" });
    expect(found.figures.map((f) => f.year)).toEqual(YEARS);
    for (const f of found.figures) expect(f.value).toBeGreaterThan(0);
  });

  it("tells a year that has no such class (fn:20138 before 2019) from tables not published", async () => {
    const page = await yearRankingPage(t.db, { year: 2018, measure: "fn:20138", page: 1 });
    expect(page.count).toBe(0);
    expect(page.notStated).toBe(0); // not 未列示…
    expect(page.classAbsent).toBeGreaterThan(1); // …every department of 2018, the seed 434 included
    const tables = await yearRankingPage(t.db, { year: 2018, measure: "fn:205", page: 1 });
    expect(page.classAbsent).toBe(tables.count + tables.notStated);
    const later = await yearRankingPage(t.db, { year: 2019, measure: "fn:20138", page: 1 });
    expect([later.classAbsent, later.notStated]).toEqual([0, 0]);
    expect(later.count).toBeGreaterThan(0);
    // The comparison marks that year, and only that one.
    const found = await compareFigures(t.db, { departmentRefs: ["410", "434"], years: YEARS, measure: "fn:20138" });
    expect(found.figures.filter((f) => f.departmentRef === "410").map((f) => [f.year, f.value === null, f.classAbsent ?? false])).toEqual([
      [2016, true, true],
      [2017, true, true],
      [2018, true, true],
      [2019, false, false],
    ]);
    expect(found.figures.find((f) => f.departmentRef === "434")).toMatchObject({ year: 2018, value: null, classAbsent: true });
    const api = await publishedFigures(t.db, { departmentRefs: ["410"], years: [2018, 2019], measure: "fn:20138" });
    expect(api.map((r) => [r.year, r.classAbsent])).toEqual([[2018, true], [2019, false]]);
    const seed = await publishedFigures(t.db, { departmentRefs: ["434"], years: [2018], measure: "fn:205" });
    expect(seed).toMatchObject([{ value: null, classAbsent: false }]); // tables not published: 未列示
  });

  it("ranks a year by a class, leaving out a document whose lines were not published, and counts it", async () => {
    const whole = await yearRanking(t.db, 2018, "fn:205");
    expect(whole.rows.map((r) => r.code)).not.toContain("434");
    expect(whole.notStated).toBe(1);
    expect(whole.rows[0]!.code).toBe("401");
    expect(whole.countyTotal).toBe(whole.rows.reduce((a, r) => a + r.value, 0));
    const page = await yearRankingPage(t.db, { year: 2018, measure: "fn:205", page: 1 });
    expect(page.rows.map((r) => r.code)).toEqual(whole.rows.map((r) => r.code));
    expect(page.count).toBe(whole.rows.length);
    expect(page.notStated).toBe(1);
    expect(page.largest).toBe(whole.rows[0]!.value);
    expect(page.rows[0]!.rank).toBe(1);
    // The order and amounts, from the documents themselves: largest first, ties by code.
    const published = await t.db
      .select({ code: departments.code, document: disclosureVersions.document })
      .from(disclosureVersions)
      .innerJoin(departments, eq(departments.id, disclosureVersions.departmentId))
      .where(and(eq(disclosureVersions.status, "published"), eq(disclosureVersions.year, 2018)));
    const expected = published
      .map((v) => ({ code: v.code, value: classAmount(v.document.lines, classRef("fn:205"), 2018) }))
      .filter((r): r is { code: string; value: number } => r.value !== null)
      .sort((a, b) => b.value - a.value || a.code.localeCompare(b.code));
    expect(whole.rows.map((r) => ({ code: r.code, value: r.value }))).toEqual(expected);
    const found = await findInRanking(t.db, { year: 2018, measure: "fn:205", query: "教育" });
    expect(found.matches[0]).toMatchObject({ code: "401", rank: 1, page: 1 });
    const seed = await findInRanking(t.db, { year: 2018, measure: "fn:205", query: "434" });
    expect(seed.total).toBe(0);
  });
});
