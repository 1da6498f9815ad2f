/**
 * Migration 0014 on a database that already holds published disclosures (PGlite, or a fresh
 * database on the PostgreSQL server when DATABASE_URL is set): the database is migrated to 0013
 * only and filled as the portal before 0014 stored it (the demo versions; a corrected one, its
 * first version superseded; an open draft; 434/2018 stored as a schemaVersion 1 document, with no
 * lines), then migrated to the end. The backfill's rows are exactly lib classTotals of every
 * published version (none for a superseded version, a draft or a document without lines), and
 * the comparison and the year ranking by a class read them.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { env } from "../lib/env";
import { classAmount, classRef, classTotals, type ClassMeasure } from "../lib/classification/measure";
import type { DisclosureDocument } from "../lib/disclosure/schema";
import { openDatabase, type Database } from "./client";
import { MIGRATIONS_FOLDER } from "./migrate";
import * as schema from "./schema";
import { departments, disclosureVersions, disclosures, fiscalYears, regions, versionClassTotals } from "./schema";
import { figureColumns } from "./queries/versions";
import { compareFigures } from "./queries/compare";
import { yearRanking } from "./queries/public-stats";
import { DEMO_DEPARTMENTS, demoDisclosures } from "./seed/demo";
import { ZHENGDING_434_2018, ZHENGDING_434_DEPARTMENT } from "./seed/zhengding-434-2018";

const BEFORE = "0014_class_totals";
let folder = "";
let db: Database;
const cleanups: (() => Promise<void>)[] = [];

/** db/migrations up to (not including) 0014, as a release before it shipped them. */
function migrationsBefore0014(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "migrations-0013-"));
  fs.mkdirSync(path.join(dir, "meta"));
  const journal = JSON.parse(fs.readFileSync(path.join(MIGRATIONS_FOLDER, "meta", "_journal.json"), "utf8"));
  const index = journal.entries.findIndex((e: { tag: string }) => e.tag === BEFORE);
  expect(index).toBeGreaterThan(0);
  journal.entries = journal.entries.slice(0, index);
  fs.writeFileSync(path.join(dir, "meta", "_journal.json"), JSON.stringify(journal));
  for (const e of journal.entries as { tag: string }[]) fs.copyFileSync(path.join(MIGRATIONS_FOLDER, `${e.tag}.sql`), path.join(dir, `${e.tag}.sql`));
  return dir;
}

/** Published disclosures as the portal stored them before 0014 (no class totals anywhere). */
async function fillAsBefore(db: Database) {
  const [region] = await db.insert(regions).values({ code: "130123", name: "正定县", province: "河北省" }).returning();
  await db.insert(fiscalYears).values([2016, 2017, 2018, 2019].map((year) => ({ year })));
  const ids = new Map<string, number>();
  for (const d of [...DEMO_DEPARTMENTS, ZHENGDING_434_DEPARTMENT]) {
    const [row] = await db.insert(departments).values({ regionId: region!.id, code: d.code, name: d.name, isDemo: d.code !== "434" }).returning();
    ids.set(d.code, row!.id);
  }
  const version = async (code: string, year: number, versionNo: number, status: "published" | "superseded" | "draft", document: DisclosureDocument) => {
    const departmentId = ids.get(code)!;
    await db.insert(disclosures).values({ departmentId, year }).onConflictDoNothing();
    const [disclosure] = await db.select().from(disclosures).where(sql`${disclosures.departmentId} = ${departmentId} and ${disclosures.year} = ${year}`);
    await db.insert(disclosureVersions).values({
      disclosureId: disclosure!.id,
      departmentId,
      year,
      versionNo,
      status,
      document,
      publishedAt: status === "draft" ? null : new Date(),
      ...figureColumns(document),
    });
  };
  const demo = demoDisclosures();
  for (const d of demo) {
    // 401/2019 was corrected: version 1 (superseded) had other lines than version 2.
    if (d.departmentCode === "401" && d.year === 2019) {
      const first = structuredClone(d.document);
      first.lines!.expenditure = first.lines!.expenditure.map((l) => ({ ...l, amount: l.amount + 1_000 }));
      await version("401", 2019, 1, "superseded", first);
      await version("401", 2019, 2, "published", d.document);
      await version("401", 2019, 3, "draft", first); // an open revision
    } else {
      await version(d.departmentCode, d.year, 1, "published", d.document);
    }
  }
  await version("434", 2018, 1, "published", ZHENGDING_434_2018);
  // 434/2018 as stored before the budget lines existed: schemaVersion 1, no `lines` key at all.
  const v1: Record<string, unknown> = { ...ZHENGDING_434_2018 };
  delete v1.lines;
  delete v1.staff;
  const revenue: Record<string, unknown> = { ...ZHENGDING_434_2018.revenue };
  delete revenue.prior;
  const operatingCosts: Record<string, unknown> = { ...ZHENGDING_434_2018.operatingCosts };
  delete operatingCosts.prior;
  const stored = JSON.stringify({ ...v1, schemaVersion: 1, revenue, operatingCosts });
  await db.update(disclosureVersions).set({ document: sql`${stored}::jsonb` }).where(sql`${disclosureVersions.departmentId} = ${ids.get("434")!}`);
  return demo.length;
}

beforeAll(async () => {
  folder = migrationsBefore0014();
  if (!env.databaseUrl) {
    const { PGlite } = await import("@electric-sql/pglite");
    const { drizzle } = await import("drizzle-orm/pglite");
    const { migrate } = await import("drizzle-orm/pglite/migrator");
    const client = new PGlite();
    db = drizzle(client, { schema }) as unknown as Database;
    await migrate(db as never, { migrationsFolder: folder });
    await fillAsBefore(db);
    await migrate(db as never, { migrationsFolder: MIGRATIONS_FOLDER });
    cleanups.push(() => client.close());
    return;
  }
  const { default: postgres } = await import("postgres");
  const { drizzle } = await import("drizzle-orm/postgres-js");
  const { migrate } = await import("drizzle-orm/postgres-js/migrator");
  const admin = postgres(env.databaseUrl, { max: 1, onnotice: () => {} });
  const name = `portal_test_0014_${process.pid}_${randomBytes(3).toString("hex")}`;
  await admin.unsafe(`create database ${name}`);
  const url = new URL(env.databaseUrl);
  url.pathname = `/${name}`;
  const before = postgres(url.toString(), { max: 1, onnotice: () => {} });
  try {
    const old = drizzle(before, { schema }) as unknown as Database;
    await migrate(old as never, { migrationsFolder: folder });
    await fillAsBefore(old);
  } finally {
    await before.end();
  }
  // The release with 0014 opens it: migrated on open, as every instance does (db/client.ts).
  const connection = await openDatabase({ engine: "postgres", url: url.toString(), maxConnections: 2 });
  db = connection.db;
  cleanups.push(async () => {
    await connection.close();
    await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.end();
  });
}, 120_000);

afterAll(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  if (folder) fs.rmSync(folder, { recursive: true, force: true });
});

describe(`migration 0014 backfills the class totals of an existing database, on ${env.databaseUrl ? "the PostgreSQL server" : "embedded PGlite"}`, () => {
  it("stores exactly classTotals of every published version, nothing for the others", async () => {
    const versions = await db
      .select({ id: disclosureVersions.id, status: disclosureVersions.status, document: disclosureVersions.document })
      .from(disclosureVersions);
    expect(versions.filter((v) => v.status === "published").length).toBeGreaterThan(40);
    expect(versions.some((v) => v.status === "superseded")).toBe(true);
    expect(versions.some((v) => v.status === "draft")).toBe(true);
    const key = (r: { versionId: number; scheme: string; code: string }) => `${r.versionId}:${r.scheme}:${r.code}`;
    const expected = new Map(
      versions
        .filter((v) => v.status === "published")
        .flatMap((v) => (classTotals(v.document.lines) ?? []).map((c) => [key({ versionId: v.id, ...c }), c.amount] as const)),
    );
    const stored = await db.select().from(versionClassTotals);
    expect(stored.length).toBeGreaterThan(1_000);
    expect(new Map(stored.map((r) => [key(r), r.amount]))).toEqual(expected);
  });

  it("the comparison and the year ranking by a class read the backfilled totals, 434/2018 未列示", async () => {
    const versions = await db
      .select({ code: departments.code, year: disclosureVersions.year, document: disclosureVersions.document })
      .from(disclosureVersions)
      .innerJoin(departments, sql`${departments.id} = ${disclosureVersions.departmentId}`)
      .where(sql`${disclosureVersions.status} = 'published'`);
    const codes = [...new Set(versions.map((v) => v.code))];
    for (const measure of ["fn:205", "fn:20115", "econ:302"] as ClassMeasure[]) {
      const found = await compareFigures(db, { departmentRefs: codes, years: [2016, 2017, 2018, 2019], measure });
      const got = new Map(found.figures.map((f) => [`${f.departmentRef}/${f.year}`, f.value]));
      for (const v of versions) expect(got.get(`${v.code}/${v.year}`), `${measure} ${v.code}/${v.year}`).toBe(classAmount(v.document.lines, classRef(measure), v.year));
    }
    expect(versions.find((v) => v.code === "434")!.document.lines).toBeNull();
    const ranking = await yearRanking(db, 2018, "fn:205");
    expect(ranking.notStated).toBe(1);
    expect(ranking.rows[0]!.code).toBe("401");
  });
});
