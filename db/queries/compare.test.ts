/**
 * The comparison's queries against a real database (PGlite, or the PostgreSQL server when
 * DATABASE_URL is set): only published figures, exactly the selection, in one query.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { wan } from "../../lib/money";
import { openTestDatabase, type TestDatabase, seededDepartmentId } from "../test-database";
import { PRACTICE_DEPARTMENT, seedAll } from "../seed";
import * as schema from "../schema";
import { disclosureVersions, disclosures } from "../schema";
import type { Executor } from "../client";
import { publishedFigures } from "./figures";
import { insertVersion } from "./versions";
import { compareFigures, publishedYears, searchDepartments } from "./compare";
import { ZHENGDING_434_2018 } from "../seed/zhengding-434-2018";

let t: TestDatabase;
const CODES = ["434", "401", "402", "403"];
const YEARS = [2016, 2017, 2018, 2019];


async function publishedVersionOf(code: string, year: number) {
  const [row] = await t.db
    .select()
    .from(disclosureVersions)
    .where(
      and(
        eq(disclosureVersions.departmentId, await seededDepartmentId(t.db, code)),
        eq(disclosureVersions.year, year),
        eq(disclosureVersions.status, "published"),
      ),
    );
  if (!row) throw new Error(`${code}/${year} not published`);
  return row;
}

const keys = (v: { disclosureId: number; departmentId: number; year: number }) => ({
  disclosureId: v.disclosureId,
  departmentId: v.departmentId,
  year: v.year,
});

/**
 * The same database through a drizzle instance that logs every statement it sends: proves how
 * many round trips a query function makes.
 */
async function logging(): Promise<{ db: Executor; statements: string[] }> {
  const statements: string[] = [];
  const logger = { logQuery: (query: string) => void statements.push(query) };
  const client: unknown = (t.db as unknown as { $client: unknown }).$client;
  if (t.engine === "pglite") {
    const { drizzle } = await import("drizzle-orm/pglite");
    const db = drizzle(client as import("@electric-sql/pglite").PGlite, { schema, logger });
    return { db: db as unknown as Executor, statements };
  }
  const { drizzle } = await import("drizzle-orm/postgres-js");
  const db = drizzle(client as import("postgres").Sql, { schema, logger });
  return { db: db as unknown as Executor, statements };
}

beforeAll(async () => {
  t = await openTestDatabase();
  await seedAll(t.db);

  // Not public: a draft beside 401/2019's published version, with another total.
  const v401 = await publishedVersionOf("401", 2019);
  const draft = structuredClone(v401.document);
  draft.expenditure.projects[0]!.amount += wan("1000");
  await insertVersion(t.db, { ...keys(v401), versionNo: 2, status: "draft", document: draft });

  // A correction of 402/2018: version 1 superseded, version 2 published with 5 万元 more.
  const v402 = await publishedVersionOf("402", 2018);
  const corrected = structuredClone(v402.document);
  corrected.expenditure.projects[0]!.amount += wan("5");
  await t.db.update(disclosureVersions).set({ status: "superseded" }).where(eq(disclosureVersions.id, v402.id));
  await insertVersion(t.db, { ...keys(v402), versionNo: 2, status: "published", document: corrected, publishedAt: new Date() });

  // A department whose only disclosure is a draft (of a year nobody else published).
  const practiceId = await seededDepartmentId(t.db, PRACTICE_DEPARTMENT.code);
  const [disclosure] = await t.db.insert(disclosures).values({ departmentId: practiceId, year: 2019 }).returning();
  await insertVersion(t.db, {
    disclosureId: disclosure!.id,
    departmentId: practiceId,
    year: 2019,
    versionNo: 1,
    status: "draft",
    document: ZHENGDING_434_2018,
  });
});

afterAll(async () => {
  await t?.close();
});

describe(`comparison queries on ${process.env.DATABASE_URL ? "the PostgreSQL server" : "embedded PGlite"}`, () => {
  it("returns exactly the selection's published figures in two queries: the departments the refs name, then their figures", async () => {
    const { db, statements } = await logging();
    const result = await compareFigures(db, { departmentRefs: CODES, years: YEARS, measure: "total" });
    expect(statements).toHaveLength(2);
    expect(result.departments.map((d) => d.code)).toEqual(["401", "402", "403", "434"]);
    expect(result.departments.find((d) => d.code === "434")).toEqual({ code: "434", ref: "434", name: "正定县人民政府办公室", isDemo: false });
    expect(result.departments.find((d) => d.code === "401")?.isDemo).toBe(true);
    expect(result.figures).toHaveLength(3 * 4 + 1); // 434 published 2018 only
    expect(result.figures.filter((f) => f.departmentRef === "434")).toEqual([{ departmentRef: "434", year: 2018, value: wan("1028.57") }]);

    // The same figures as the shared published-figures query.
    const shared = await publishedFigures(t.db, { departmentRefs: CODES, years: YEARS, measure: "total" });
    const key = (f: { departmentRef: string; year: number; value: number | null }) => `${f.departmentRef}/${f.year}=${f.value}`;
    expect(result.figures.map(key).sort()).toEqual(shared.map(key).sort());
  });

  it("reads only published versions: not drafts, not superseded ones", async () => {
    const v401 = await publishedVersionOf("401", 2019);
    const v402 = await publishedVersionOf("402", 2018);
    expect(v402.versionNo).toBe(2);
    const result = await compareFigures(t.db, { departmentRefs: ["401", "402"], years: [2018, 2019], measure: "project" });
    expect(result.figures.find((f) => f.departmentRef === "401" && f.year === 2019)?.value).toBe(v401.project);
    expect(result.figures.find((f) => f.departmentRef === "402" && f.year === 2018)?.value).toBe(v402.project);
    expect(result.figures.filter((f) => f.departmentRef === "402" && f.year === 2018)).toHaveLength(1);
  });

  it("leaves out unknown departments and those with nothing published, keeps known ones without figures", async () => {
    const result = await compareFigures(t.db, {
      departmentRefs: ["434", "nope", PRACTICE_DEPARTMENT.code],
      years: [2016, 2017],
      measure: "sangongTotal",
    });
    expect(result.departments.map((d) => d.code)).toEqual(["434"]);
    expect(result.figures).toEqual([]);
    const noYears = await compareFigures(t.db, { departmentRefs: ["434"], years: [], measure: "total" });
    expect(noYears).toMatchObject({ departments: [{ code: "434", ref: "434", name: "正定县人民政府办公室", isDemo: false }], figures: [] });
    expect(await compareFigures(t.db, { departmentRefs: [], years: YEARS, measure: "total" })).toMatchObject({ departments: [], figures: [] });
  });

  it("reads the measure asked for", async () => {
    const result = await compareFigures(t.db, { departmentRefs: ["434"], years: [2018], measure: "assetTotal" });
    expect(result.figures).toEqual([{ departmentRef: "434", year: 2018, value: wan("5308.07") }]);
  });

  it("searches published departments by code and by name, at most `limit`", async () => {
    const byCode = await searchDepartments(t.db, "434");
    expect(byCode).toEqual([{ code: "434", ref: "434", name: "正定县人民政府办公室", isDemo: false, years: [2018] }]);
    const byName = await searchDepartments(t.db, "教育");
    expect(byName).toEqual([{ code: "401", ref: "401", name: "县教育局", isDemo: true, years: [2016, 2017, 2018, 2019] }]);
    const prefix = await searchDepartments(t.db, "40");
    expect(prefix.map((d) => d.code)).toEqual(["401", "402", "403", "404", "405", "406", "407", "408", "409"]);
    expect(await searchDepartments(t.db, "县", 5)).toHaveLength(5);
    expect((await searchDepartments(t.db, "县")).length).toBeLessThanOrEqual(20);
  });

  it("search: the exact code first, nothing unpublished, wildcards taken literally", async () => {
    const four = await searchDepartments(t.db, "4");
    expect(four.every((d) => d.code.startsWith("4") || d.name.includes("4"))).toBe(true);
    expect(await searchDepartments(t.db, PRACTICE_DEPARTMENT.code)).toEqual([]);
    expect(await searchDepartments(t.db, PRACTICE_DEPARTMENT.name)).toEqual([]);
    expect(await searchDepartments(t.db, "%")).toEqual([]);
    expect(await searchDepartments(t.db, "_")).toEqual([]);
    expect(await searchDepartments(t.db, "   ")).toEqual([]);
  });

  it("lists the years with published data", async () => {
    expect(await publishedYears(t.db)).toEqual([2016, 2017, 2018, 2019]);
  });
});
