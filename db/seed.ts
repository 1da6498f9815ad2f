/**
 * Loads the real 434/2018 disclosure (as published) and the invented demo departments and years.
 * Idempotent: inserts only what is missing, so running it again changes nothing.
 */
import { and, eq, sql } from "drizzle-orm";
import type { DisclosureDocument } from "../lib/disclosure/schema";
import type { Database, Executor } from "./client";
import { insertVersion } from "./queries/versions";
import { hashPassword } from "../lib/auth/password";
import type { Role } from "../lib/auth/permissions";
import { departments, disclosureVersions, disclosures, fiscalYears, regions, userDepartments, users } from "./schema";
import { ZHENGDING_434_2018, ZHENGDING_434_DEPARTMENT } from "./seed/zhengding-434-2018";
import { DEMO_DEPARTMENTS, DEMO_YEARS, demoDisclosures } from "./seed/demo";

export const SEED_REGION = { code: "130123", name: "正定县", province: "河北省" } as const;

/** A department with no disclosure yet, for trying the editor (invented: 示例数据). */
export const PRACTICE_DEPARTMENT = { code: "499", name: "县政务服务管理办公室" } as const;
/** A second one, which the authorization tests draft, submit and approve (invented: 示例数据). */
export const SECOND_PRACTICE_DEPARTMENT = { code: "498", name: "县机关事务服务中心" } as const;

/** Demo accounts, one per role (listed in the README). Never load them into production. */
export const DEMO_PASSWORD = "demo-2018";
export const DEMO_USERS: { username: string; displayName: string; role: Role; departments: string[] }[] = [
  { username: "admin", displayName: "系统管理员（示例）", role: "admin", departments: [] },
  { username: "reviewer", displayName: "财政局审核人（示例）", role: "reviewer", departments: [] },
  { username: "reviewer2", displayName: "财政局审核人二（示例）", role: "reviewer", departments: [] },
  {
    username: "editor434",
    displayName: "县政府办填报人（示例）",
    role: "editor",
    departments: ["434", PRACTICE_DEPARTMENT.code, SECOND_PRACTICE_DEPARTMENT.code],
  },
  { username: "editor401", displayName: "教育局填报人（示例）", role: "editor", departments: ["401"] },
];

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
    ids.set(ZHENGDING_434_DEPARTMENT.code, office.id);
    for (const { code, name } of [PRACTICE_DEPARTMENT, SECOND_PRACTICE_DEPARTMENT]) {
      ids.set(code, (await ensureDepartment(tx, region.id, code, name, true)).id);
    }
    await ensureUsers(tx, region.id, ids);
    return { published };
  });
}

async function ensureUsers(db: Executor, regionId: number, departmentIds: Map<string, number>) {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const demo of DEMO_USERS) {
    const [user] = await db
      .insert(users)
      .values({
        username: demo.username,
        displayName: demo.displayName,
        role: demo.role,
        regionId: demo.role === "editor" ? null : regionId,
        passwordHash,
      })
      .onConflictDoNothing()
      .returning({ id: users.id });
    if (!user) continue; // exists: leave it as the admin may have changed it
    for (const code of demo.departments) {
      const departmentId = departmentIds.get(code);
      if (departmentId === undefined) throw new Error(`demo user department ${code} missing`);
      await db.insert(userDepartments).values({ userId: user.id, departmentId });
    }
  }
}

/** At server start: seed a database that has no disclosures yet. */
export async function seedIfEmpty(db: Database): Promise<void> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(disclosureVersions);
  if ((row?.n ?? 0) === 0) await seedAll(db);
}
