/**
 * Loads the real 434/2018 disclosure (as published) and the invented demo departments and years.
 * Idempotent: inserts only what is missing, so running it again changes nothing.
 */
import { and, eq, sql } from "drizzle-orm";
import type { DisclosureDocument } from "../lib/disclosure/schema";
import type { Database, Executor } from "./client";
import { insertVersion } from "./queries/versions";
import { departments, disclosureVersions, disclosures, fiscalYears, regions } from "./schema";
import { ZHENGDING_434_2018, ZHENGDING_434_DEPARTMENT } from "./seed/zhengding-434-2018";
import { DEMO_DEPARTMENTS, DEMO_YEARS, demoDisclosures } from "./seed/demo";

export const SEED_REGION = { code: "130123", name: "正定县", province: "河北省" } as const;

async function ensureRegion(db: Executor) {
  await db.insert(regions).values(SEED_REGION).onConflictDoNothing();
  const [region] = await db.select().from(regions).where(eq(regions.code, SEED_REGION.code));
  if (!region) throw new Error("seed region missing");
  return region;
}

async function ensureDepartment(db: Executor, regionId: number, code: string, name: string, isDemo: boolean) {
  await db.insert(departments).values({ regionId, code, name, isDemo }).onConflictDoNothing();
  const [row] = await db
    .select()
    .from(departments)
    .where(and(eq(departments.regionId, regionId), eq(departments.code, code)));
  if (!row) throw new Error(`seed department ${code} missing`);
  return row;
}

/** Publishes `document` as version 1 unless the department already has a disclosure that year. */
async function ensurePublished(
  db: Executor,
  departmentId: number,
  year: number,
  document: DisclosureDocument,
  isDemo: boolean,
) {
  const inserted = await db
    .insert(disclosures)
    .values({ departmentId, year, isDemo })
    .onConflictDoNothing()
    .returning({ id: disclosures.id });
  const disclosure = inserted[0];
  if (!disclosure) return false;
  await insertVersion(db, {
    disclosureId: disclosure.id,
    departmentId,
    year,
    versionNo: 1,
    status: "published",
    document,
    publishedAt: new Date(),
  });
  return true;
}

export async function seedAll(db: Database): Promise<{ published: number }> {
  return db.transaction(async (tx) => {
    const region = await ensureRegion(tx);
    const years = [...new Set([...DEMO_YEARS, 2018])];
    await tx
      .insert(fiscalYears)
      .values(years.map((year) => ({ year })))
      .onConflictDoNothing();

    let published = 0;
    const office = await ensureDepartment(tx, region.id, ZHENGDING_434_DEPARTMENT.code, ZHENGDING_434_DEPARTMENT.name, false);
    if (await ensurePublished(tx, office.id, 2018, ZHENGDING_434_2018, false)) published++;

    const ids = new Map<string, number>();
    for (const demo of DEMO_DEPARTMENTS) {
      ids.set(demo.code, (await ensureDepartment(tx, region.id, demo.code, demo.name, true)).id);
    }
    for (const { departmentCode, year, document } of demoDisclosures()) {
      const departmentId = ids.get(departmentCode);
      if (departmentId === undefined) throw new Error(`demo department ${departmentCode} missing`);
      if (await ensurePublished(tx, departmentId, year, document, true)) published++;
    }
    return { published };
  });
}

/** At server start: seed a database that has no disclosures yet. */
export async function seedIfEmpty(db: Database): Promise<void> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(disclosureVersions);
  if ((row?.n ?? 0) === 0) await seedAll(db);
}
