/** Accounts: sign-in look-ups and the user as the server sees them on every request. */
import { eq } from "drizzle-orm";
import type { SessionUser } from "../../lib/auth/permissions";
import type { Executor } from "../client";
import { userDepartments, users } from "../schema";

export async function findActiveUserByUsername(db: Executor, username: string) {
  const [user] = await db.select().from(users).where(eq(users.username, username));
  return user && !user.disabled ? user : null;
}

/**
 * The user with their current role and departments; null when missing or disabled, or when
 * `sessionEpoch` (the session's, from sign-in) is not the user's any more: the password was reset since.
 */
export async function loadSessionUser(db: Executor, id: number, sessionEpoch?: number): Promise<SessionUser | null> {
  const [user] = await db.select().from(users).where(eq(users.id, id));
  if (!user || user.disabled) return null;
  if (sessionEpoch !== undefined && sessionEpoch !== user.sessionEpoch) return null;
  const departments = await db
    .select({ id: userDepartments.departmentId })
    .from(userDepartments)
    .where(eq(userDepartments.userId, id));
  return {
    id: user.id,
    username: user.username,
    name: user.displayName,
    role: user.role,
    regionId: user.regionId,
    departmentIds: departments.map((d) => d.id).sort((a, b) => a - b),
  };
}
