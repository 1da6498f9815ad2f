/**
 * System administration: users, departments and fiscal years of every region. The caller has
 * already checked canAdminister; nothing here reads the session, and no read returns a password
 * hash. Every write runs in one transaction with its audit entry (old → new values, the acting
 * admin and their address), so a refused write leaves nothing behind and no change goes unrecorded.
 */
import { asc, count, eq, inArray } from "drizzle-orm";
import type { Role } from "../../lib/auth/permissions";
import type { Database, Executor } from "../client";
import { departments, disclosures, fiscalYears, regions, userDepartments, users } from "../schema";
import { scopeChanges, scopeSnapshot, type AuditActor } from "./admin-audit";
import { appendAudit } from "./audit";

export type { AuditActor } from "./admin-audit";

export interface AdminUserRow {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  regionId: number | null;
  regionName: string | null;
  disabled: boolean;
  departments: { id: number; code: string; name: string }[];
}

/** What a user may act on: a region (reviewer, admin) or departments (editor). */
export interface UserScope {
  role: Role;
  regionId: number | null;
  departmentIds: number[];
}

export type UserWriteResult =
  | { ok: true; id: number; username: string }
  | { ok: false; reason: "duplicate-username" | "unknown-region" | "unknown-department" | "not-found" };

const userColumns = {
  id: users.id,
  username: users.username,
  displayName: users.displayName,
  role: users.role,
  regionId: users.regionId,
  regionName: regions.name,
  disabled: users.disabled,
};

async function withDepartments(db: Executor, rows: Omit<AdminUserRow, "departments">[]): Promise<AdminUserRow[]> {
  if (rows.length === 0) return [];
  const links = await db
    .select({ userId: userDepartments.userId, id: departments.id, code: departments.code, name: departments.name })
    .from(userDepartments)
    .innerJoin(departments, eq(departments.id, userDepartments.departmentId))
    .where(inArray(userDepartments.userId, rows.map((r) => r.id)))
    .orderBy(asc(departments.code));
  return rows.map((row) => ({
    ...row,
    departments: links.filter((l) => l.userId === row.id).map(({ id, code, name }) => ({ id, code, name })),
  }));
}

export async function listUsers(db: Executor): Promise<AdminUserRow[]> {
  const rows = await db
    .select(userColumns)
    .from(users)
    .leftJoin(regions, eq(regions.id, users.regionId))
    .orderBy(asc(users.username));
  return withDepartments(db, rows);
}

export async function getUserForAdmin(db: Executor, userId: number): Promise<AdminUserRow | null> {
  const rows = await db.select(userColumns).from(users).leftJoin(regions, eq(regions.id, users.regionId)).where(eq(users.id, userId));
  const [row] = await withDepartments(db, rows);
  return row ?? null;
}

export async function listRegions(db: Executor) {
  return db.select().from(regions).orderBy(asc(regions.code));
}

export async function listDepartmentsWithRegion(db: Executor) {
  return db
    .select({
      id: departments.id,
      regionId: departments.regionId,
      regionName: regions.name,
      code: departments.code,
      name: departments.name,
      isDemo: departments.isDemo,
      active: departments.active,
    })
    .from(departments)
    .innerJoin(regions, eq(regions.id, departments.regionId))
    .orderBy(asc(regions.code), asc(departments.code));
}

/** Fiscal years, newest first, with how many departments have a disclosure for each. */
export async function listYearsWithUse(db: Executor) {
  return db
    .select({ year: fiscalYears.year, createdAt: fiscalYears.createdAt, disclosures: count(disclosures.id) })
    .from(fiscalYears)
    .leftJoin(disclosures, eq(disclosures.year, fiscalYears.year))
    .groupBy(fiscalYears.year, fiscalYears.createdAt)
    .orderBy(asc(fiscalYears.year));
}

/** Why a scope cannot be stored, or null when its region and departments all exist. */
async function scopeProblem(db: Executor, scope: UserScope): Promise<"unknown-region" | "unknown-department" | null> {
  if (scope.regionId !== null) {
    const [region] = await db.select({ id: regions.id }).from(regions).where(eq(regions.id, scope.regionId));
    if (!region) return "unknown-region";
  }
  if (scope.departmentIds.length > 0) {
    const found = await db
      .select({ id: departments.id })
      .from(departments)
      .where(inArray(departments.id, scope.departmentIds));
    if (found.length !== new Set(scope.departmentIds).size) return "unknown-department";
  }
  return null;
}

async function linkDepartments(db: Executor, userId: number, departmentIds: number[]) {
  const unique = [...new Set(departmentIds)];
  if (unique.length > 0) await db.insert(userDepartments).values(unique.map((departmentId) => ({ userId, departmentId })));
}

/** A new account with its department links and its audit entry, all or nothing. */
export async function createUser(
  db: Database,
  input: UserScope & { username: string; displayName: string; passwordHash: string },
  actor: AuditActor,
): Promise<UserWriteResult> {
  return db.transaction(async (tx) => {
    const problem = await scopeProblem(tx, input);
    if (problem) return { ok: false, reason: problem };
    const [created] = await tx
      .insert(users)
      .values({
        username: input.username,
        displayName: input.displayName,
        passwordHash: input.passwordHash,
        role: input.role,
        regionId: input.regionId,
      })
      .onConflictDoNothing({ target: users.username })
      .returning({ id: users.id, username: users.username, displayName: users.displayName });
    if (!created) return { ok: false, reason: "duplicate-username" };
    await linkDepartments(tx, created.id, input.departmentIds);
    const scope = await scopeSnapshot(tx, created.id);
    await appendAudit(tx, {
      userId: actor.userId,
      ip: actor.ip,
      action: "admin.user-create",
      subjectUserId: created.id,
      changes: [
        { field: "user.username", old: null, new: created.username },
        { field: "user.displayName", old: null, new: created.displayName },
        ...scopeChanges(null, scope!),
      ],
    });
    return { ok: true, id: created.id, username: created.username };
  });
}

/** Replaces a user's role, region and department links in one step, recording old and new. */
export async function updateUserScope(db: Database, userId: number, scope: UserScope, actor: AuditActor): Promise<UserWriteResult> {
  return db.transaction(async (tx) => {
    const problem = await scopeProblem(tx, scope);
    if (problem) return { ok: false, reason: problem };
    const before = await scopeSnapshot(tx, userId);
    const [updated] = await tx
      .update(users)
      .set({ role: scope.role, regionId: scope.regionId })
      .where(eq(users.id, userId))
      .returning({ id: users.id, username: users.username });
    if (!updated || !before) return { ok: false, reason: "not-found" };
    await tx.delete(userDepartments).where(eq(userDepartments.userId, userId));
    await linkDepartments(tx, userId, scope.departmentIds);
    const after = await scopeSnapshot(tx, userId);
    await appendAudit(tx, {
      userId: actor.userId,
      ip: actor.ip,
      action: "admin.user-update",
      subjectUserId: userId,
      changes: scopeChanges(before, after!),
    });
    return { ok: true, ...updated };
  });
}

/** The username of the changed account, or null when there is none with this id. */
export async function setUserDisabled(db: Database, userId: number, disabled: boolean, actor: AuditActor): Promise<string | null> {
  return db.transaction(async (tx) => {
    const [before] = await tx.select({ disabled: users.disabled }).from(users).where(eq(users.id, userId)).for("update");
    if (!before) return null;
    const [row] = await tx.update(users).set({ disabled }).where(eq(users.id, userId)).returning({ username: users.username });
    await appendAudit(tx, {
      userId: actor.userId,
      ip: actor.ip,
      action: disabled ? "admin.user-disable" : "admin.user-enable",
      subjectUserId: userId,
      changes: before.disabled === disabled ? [] : [{ field: "user.disabled", old: before.disabled, new: disabled }],
    });
    return row?.username ?? null;
  });
}

/**
 * The new password; the database then ends every session of the account (migration 0008). The
 * audit entry records that it happened, never the password or its hash.
 */
export async function setUserPasswordHash(db: Database, userId: number, passwordHash: string, actor: AuditActor): Promise<string | null> {
  return db.transaction(async (tx) => {
    const [row] = await tx.update(users).set({ passwordHash }).where(eq(users.id, userId)).returning({ username: users.username });
    if (!row) return null;
    await appendAudit(tx, {
      userId: actor.userId,
      ip: actor.ip,
      action: "admin.password-reset",
      subjectUserId: userId,
      note: "已由管理员设置新密码；用旧密码登录的会话均已结束。",
    });
    return row.username;
  });
}

// Departments and fiscal years: admin-departments.ts.
export * from "./admin-departments";
