/**
 * What an administrator's audit entry says about an account: its role, region and departments
 * by name, read inside the transaction of the change, before and after it. Never the password
 * hash: nothing here selects it.
 */
import { asc, eq } from "drizzle-orm";
import type { AuditChange } from "../schema";
import type { Executor } from "../client";
import { departments, regions, userDepartments, users } from "../schema";

/** Who made an administrative change, and from where (null when the address is not known). */
export interface AuditActor {
  userId: number;
  ip?: string | null;
}

export interface ScopeSnapshot {
  role: string;
  region: string | null;
  departments: string[];
}

export async function regionLabel(db: Executor, regionId: number | null): Promise<string | null> {
  if (regionId === null) return null;
  const [row] = await db.select({ province: regions.province, name: regions.name }).from(regions).where(eq(regions.id, regionId));
  return row ? `${row.province} ${row.name}` : null;
}

/** An account's scope as names ("434 正定县人民政府办公室"), or null when there is no such account. */
export async function scopeSnapshot(db: Executor, userId: number): Promise<ScopeSnapshot | null> {
  const [user] = await db.select({ role: users.role, regionId: users.regionId }).from(users).where(eq(users.id, userId));
  if (!user) return null;
  const linked = await db
    .select({ code: departments.code, name: departments.name })
    .from(userDepartments)
    .innerJoin(departments, eq(departments.id, userDepartments.departmentId))
    .where(eq(userDepartments.userId, userId))
    .orderBy(asc(departments.code), asc(departments.id));
  return { role: user.role, region: await regionLabel(db, user.regionId), departments: linked.map((d) => `${d.code} ${d.name}`) };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The fields that differ between two snapshots; `before` null for a new account (every field). */
export function scopeChanges(before: ScopeSnapshot | null, after: ScopeSnapshot): AuditChange[] {
  const pairs: [string, unknown, unknown][] = [
    ["user.role", before?.role ?? null, after.role],
    ["user.region", before?.region ?? null, after.region],
    ["user.departments", before?.departments ?? [], after.departments],
  ];
  return pairs
    .filter(([, old, next]) => !same(old, next))
    .map(([field, old, next]) => ({ field, old, new: next }));
}
