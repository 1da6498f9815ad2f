/**
 * Integration tests of the db layer against a real database: the embedded PGlite by default, the
 * PostgreSQL server when DATABASE_URL is set (a fresh database, dropped afterwards).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq, sql } from "drizzle-orm";
import { wan } from "../lib/money";
import { headlineFigures } from "../lib/disclosure/figures";
import { openTestDatabase, type TestDatabase } from "./test-database";
import { seedAll } from "./seed";
import { departments, disclosureVersions, disclosures } from "./schema";
import { getPublishedDisclosure, listPublishedDepartments } from "./queries/public";
import { publishedFigures } from "./queries/figures";
import { insertVersion } from "./queries/versions";
import { ZHENGDING_434_2018 } from "./seed/zhengding-434-2018";
import { DEMO_DEPARTMENTS, DEMO_YEARS } from "./seed/demo";

let t: TestDatabase;

beforeAll(async () => {
  t = await openTestDatabase();
  await seedAll(t.db);
});

afterAll(async () => {
  await t?.close();
});

/** The cause of a refused statement, whichever driver wrapped it. */
function refusal(error: unknown): string {
  const parts: string[] = [];
  for (let e = error as { message?: string; cause?: unknown } | undefined; e; e = e.cause as typeof e) {
    parts.push(String(e.message ?? e));
  }
  return parts.join(" | ");
}

async function expectRefused(run: () => Promise<unknown>, constraint: RegExp) {
  let caught: unknown;
  try {
    await run();
  } catch (error) {
    caught = error;
  }
  expect(caught, "the database should have refused this").toBeDefined();
  expect(refusal(caught)).toMatch(constraint);
}

async function office() {
  const [row] = await t.db.select().from(departments).where(eq(departments.code, "434"));
  if (!row) throw new Error("434 not seeded");
  const [disclosure] = await t.db
    .select()
    .from(disclosures)
    .where(and(eq(disclosures.departmentId, row.id), eq(disclosures.year, 2018)));
  if (!disclosure) throw new Error("434/2018 not seeded");
  return { department: row, disclosure };
}

describe(`db layer on ${process.env.DATABASE_URL ? "the PostgreSQL server" : "embedded PGlite"}`, () => {
  it("stores the seed 434/2018 as published, document and headline figures exact", async () => {
    const published = await getPublishedDisclosure(t.db, "434", 2018);
    expect(published).not.toBeNull();
    expect(published!.document).toEqual(ZHENGDING_434_2018);
    expect(published!.isDemo).toBe(false);
    expect(published!.department.name).toBe("正定县人民政府办公室");

    const [row] = await t.db
      .select()
      .from(disclosureVersions)
      .innerJoin(departments, eq(departments.id, disclosureVersions.departmentId))
      .where(
        and(
          eq(disclosureVersions.status, "published"),
          eq(disclosureVersions.year, 2018),
          eq(departments.code, "434"),
        ),
      );
    const v = row!.disclosure_versions;
    expect(v.total).toBe(wan("1028.57"));
    expect(v.basic).toBe(wan("705.57"));
    expect(v.personnel).toBe(wan("616.89"));
    expect(v.publicFunds).toBe(wan("88.68"));
    expect(v.project).toBe(wan("323"));
    expect(v.sangongTotal).toBe(wan("79.1"));
    expect(v.sangongVehicleOperation).toBe(wan("57.1"));
    expect(v.sangongReception).toBe(wan("22"));
    expect(v.operatingCosts).toBe(wan("88.68"));
    expect(v.assetTotal).toBe(wan("5308.07"));
  });

  it("seeds demo departments × 2016–2019, flagged as demo, and is idempotent", async () => {
    const before = await t.db.select({ n: sql<number>`count(*)::int` }).from(disclosureVersions);
    const again = await seedAll(t.db);
    const after = await t.db.select({ n: sql<number>`count(*)::int` }).from(disclosureVersions);
    expect(again.published).toBe(0);
    expect(after[0]!.n).toBe(before[0]!.n);
    expect(before[0]!.n).toBe(1 + DEMO_DEPARTMENTS.length * DEMO_YEARS.length);
    expect(DEMO_DEPARTMENTS.length).toBeGreaterThanOrEqual(8);

    const index = await listPublishedDepartments(t.db);
    expect(index.find((d) => d.code === "434")).toMatchObject({ isDemo: false, years: [2018] });
    const demo = index.filter((d) => d.isDemo);
    expect(demo).toHaveLength(DEMO_DEPARTMENTS.length);
    for (const d of demo) expect(d.years).toEqual([2016, 2017, 2018, 2019]);
  });

  it("compares headline figures across departments and years in one query", async () => {
    const codes = ["434", DEMO_DEPARTMENTS[0]!.code, DEMO_DEPARTMENTS[1]!.code];
    const rows = await publishedFigures(t.db, { departmentRefs: codes, years: [2017, 2018], measure: "total" });
    expect(rows).toHaveLength(5); // 434 has 2018 only
    expect(rows.find((r) => r.departmentCode === "434")).toMatchObject({ year: 2018, value: wan("1028.57") });
    const sangong = await publishedFigures(t.db, { departmentRefs: ["434"], years: [2018], measure: "sangongTotal" });
    expect(sangong[0]?.value).toBe(wan("79.1"));
  });

  it("keeps every version: a new draft beside the published one, with its own number", async () => {
    const { department, disclosure } = await office();
    const draft = await insertVersion(t.db, {
      disclosureId: disclosure.id,
      departmentId: department.id,
      year: 2018,
      versionNo: 2,
      status: "draft",
      document: ZHENGDING_434_2018,
    });
    expect(draft.versionNo).toBe(2);
    // The public still sees version 1.
    expect((await getPublishedDisclosure(t.db, "434", 2018))!.versionNo).toBe(1);
    // A second open version of the same disclosure is refused.
    await expectRefused(
      () =>
        insertVersion(t.db, {
          disclosureId: disclosure.id,
          departmentId: department.id,
          year: 2018,
          versionNo: 3,
          status: "submitted",
          document: ZHENGDING_434_2018,
        }),
      /versions_one_open/,
    );
    await t.db.delete(disclosureVersions).where(eq(disclosureVersions.id, draft.id));
  });

  it("refuses a second version with the same number", async () => {
    const { department, disclosure } = await office();
    await expectRefused(
      () =>
        insertVersion(t.db, {
          disclosureId: disclosure.id,
          departmentId: department.id,
          year: 2018,
          versionNo: 1,
          status: "superseded",
          publishedAt: new Date(),
          document: ZHENGDING_434_2018,
        }),
      /versions_disclosure_version_no/,
    );
  });

  it("refuses a second published version for one department and year", async () => {
    const { department, disclosure } = await office();
    await expectRefused(
      () =>
        insertVersion(t.db, {
          disclosureId: disclosure.id,
          departmentId: department.id,
          year: 2018,
          versionNo: 2,
          status: "published",
          publishedAt: new Date(),
          document: ZHENGDING_434_2018,
        }),
      /versions_one_published/,
    );
  });

  it("refuses a version whose department or year is not its disclosure's", async () => {
    const { disclosure } = await office();
    const [other] = await t.db.select().from(departments).where(eq(departments.code, DEMO_DEPARTMENTS[0]!.code));
    await expectRefused(
      () =>
        t.db.insert(disclosureVersions).values({
          disclosureId: disclosure.id,
          departmentId: other!.id,
          year: 2018,
          versionNo: 9,
          status: "draft",
          document: ZHENGDING_434_2018,
          ...headlineFigures(ZHENGDING_434_2018),
        }),
      /versions_disclosure/,
    );
  });

  it("refuses negative amounts in the figure columns and inside the document", async () => {
    const { department, disclosure } = await office();
    const base = {
      disclosureId: disclosure.id,
      departmentId: department.id,
      year: 2018,
      versionNo: 9,
      status: "draft" as const,
    };
    await expectRefused(
      () =>
        t.db.insert(disclosureVersions).values({
          ...base,
          document: ZHENGDING_434_2018,
          ...headlineFigures(ZHENGDING_434_2018),
          total: -1,
        }),
      /versions_figures_non_negative/,
    );
    const negativeProject = structuredClone(ZHENGDING_434_2018);
    negativeProject.expenditure.projects[0]!.amount = -100;
    await expectRefused(
      () =>
        t.db.insert(disclosureVersions).values({
          ...base,
          document: negativeProject,
          ...headlineFigures(ZHENGDING_434_2018),
        }),
      /versions_document_amounts_non_negative/,
    );
    // Changes may be negative: the seed itself states −206.78 and is stored.
    expect(ZHENGDING_434_2018.change.stated.total).toBeLessThan(0);
  });

  it("validates the document before writing it", async () => {
    const { department, disclosure } = await office();
    const bad = structuredClone(ZHENGDING_434_2018) as unknown as { expenditure: { personnel: unknown } };
    bad.expenditure.personnel = 616.89; // a float of 万元 instead of an integer of 元
    await expect(
      insertVersion(t.db, {
        disclosureId: disclosure.id,
        departmentId: department.id,
        year: 2018,
        versionNo: 9,
        status: "draft",
        document: bad as unknown as typeof ZHENGDING_434_2018,
      }),
    ).rejects.toThrow(/金额必须精确到元/);
  });

  it("refuses a disclosure for a year the portal does not know", async () => {
    const { department } = await office();
    await expectRefused(() => t.db.insert(disclosures).values({ departmentId: department.id, year: 2031 }), /foreign key|fiscal_years/i);
  });
});
