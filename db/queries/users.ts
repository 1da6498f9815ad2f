/** Accounts: sign-in look-ups and the user as the server sees them on every request. */
import { eq } from "drizzle-orm";
import type { SessionUser } from "../../lib/auth/permissions";
import type { Executor } from "../client";
import { departments, userDepartments, users } from "../schema";

export async function findActiveUserByUsername(db: Executor, username: string) {
  const [user] = await db.select().from(users).where(eq(users.username, username));
  return user && !user.disabled ? user : null;
}

/** The account of a user name, disabled or not (sign-in treats both alike, lib/auth/options.ts). */
export async function findUserByUsername(db: Executor, username: string) {
  const [user] = await db.select().from(users).where(eq(users.username, username));
  return user ?? null;
}

export async function passwordHashOf(db: Executor, userId: number): Promise<string | null> {
  const [row] = await db.select({ hash: users.passwordHash }).from(users).where(eq(users.id, userId));
  return row?.hash ?? null;
}

/**
 * Sets a new password hash. The database then ends the user's sessions (migration 0008), all but
 * one kept with keepSessionThroughPasswordChange in the same transaction.
 */
export async function setPasswordHash(db: Executor, userId: number, passwordHash: string): Promise<boolean> {
  const rows = await db
    .update(users)
    .set({ passwordHash })
    .where(eq(users.id, userId))
    .returning({ id: users.id });
  return rows.length > 0;
}

/** The user with their current role and departments; null when missing or disabled. */
export async function loadSessionUser(db: Executor, id: number): Promise<SessionUser | null> {
  const [user] = await db.select().from(users).where(eq(users.id, id));
  if (!user || user.disabled) return null;
  // A deactivated department is no longer anyone's to draft for (its published pages stay public);
  // its editors keep reading their past work there (lib/auth/permissions.ts).
  const scope = await db
    .select({ id: userDepartments.departmentId, active: departments.active })
    .from(userDepartments)
    .innerJoin(departments, eq(departments.id, userDepartments.departmentId))
    .where(eq(userDepartments.userId, id));
  const ids = (active: boolean) => scope.filter((d) => d.active === active).map((d) => d.id).sort((a, b) => a - b);
  return {
    id: user.id,
    username: user.username,
    name: user.displayName,
    role: user.role,
    regionId: user.regionId,
    departmentIds: ids(true),
    readOnlyDepartmentIds: ids(false),
  };
}

/** Sets the user's notification address; returns the one it replaces. */
export async function setUserEmail(db: Executor, userId: number, email: string | null): Promise<string | null> {
  const [before] = await db.select({ email: users.email }).from(users).where(eq(users.id, userId)).for("update");
  await db.update(users).set({ email }).where(eq(users.id, userId));
  return before?.email ?? null;
}

export async function emailOf(db: Executor, userId: number): Promise<string | null> {
  const [row] = await db.select({ email: users.email }).from(users).where(eq(users.id, userId));
  return row?.email ?? null;
}
