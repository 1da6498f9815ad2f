/**
 * Server-side sessions (user_sessions): created at sign-in, checked on every request, revoked
 * at sign-out, by the user, or by a password change (a trigger, migration 0008). Queries take
 * the user and session ids as arguments; lib/auth/guards.ts reads the session token.
 */
import { randomBytes } from "node:crypto";
import { and, desc, eq, gte, isNull, lt, ne, sql } from "drizzle-orm";
import type { RevokeReason, SessionPolicy } from "../../lib/auth/session-policy";
import type { Executor } from "../client";
import { userSessions } from "../schema";

/** `now() - ms`, on the database's clock. */
function ago(ms: number) {
  return sql`now() - ${ms / 1000}::double precision * interval '1 second'`;
}

/** Longest user agent kept: enough to name the browser, bounded against forged headers. */
const MAX_USER_AGENT = 300;

export async function createSession(db: Executor, input: { userId: number; ip: string; userAgent: string }): Promise<string> {
  const id = randomBytes(32).toString("base64url");
  await db.insert(userSessions).values({ id, userId: input.userId, ip: input.ip, userAgent: input.userAgent.slice(0, MAX_USER_AGENT) });
  return id;
}

function live(policy: SessionPolicy) {
  return and(
    isNull(userSessions.revokedAt),
    gte(userSessions.createdAt, ago(policy.absoluteMs)),
    gte(userSessions.lastSeenAt, ago(policy.idleMs)),
  );
}

/**
 * The user of a live session (not revoked, not idle, not too old), or null. Marks it seen when
 * it was last seen more than touchEveryMs ago.
 */
export async function checkSession(db: Executor, sessionId: string, policy: SessionPolicy): Promise<{ userId: number } | null> {
  const [row] = await db
    .select({ userId: userSessions.userId, stale: sql<boolean>`${userSessions.lastSeenAt} < ${ago(policy.touchEveryMs)}` })
    .from(userSessions)
    .where(and(eq(userSessions.id, sessionId), live(policy)));
  if (!row) return null;
  if (row.stale) await db.update(userSessions).set({ lastSeenAt: sql`now()` }).where(eq(userSessions.id, sessionId));
  return { userId: row.userId };
}

export interface SessionRow {
  id: string;
  createdAt: Date;
  lastSeenAt: Date;
  ip: string;
  userAgent: string;
}

/** A user's live sessions, newest first. */
export async function listLiveSessions(db: Executor, userId: number, policy: SessionPolicy): Promise<SessionRow[]> {
  return db
    .select({
      id: userSessions.id,
      createdAt: userSessions.createdAt,
      lastSeenAt: userSessions.lastSeenAt,
      ip: userSessions.ip,
      userAgent: userSessions.userAgent,
    })
    .from(userSessions)
    .where(and(eq(userSessions.userId, userId), live(policy)))
    .orderBy(desc(userSessions.createdAt));
}

/** Revokes one session of `userId`; false when it is not theirs or already ended. */
export async function revokeSession(db: Executor, userId: number, sessionId: string, reason: RevokeReason): Promise<boolean> {
  const rows = await db
    .update(userSessions)
    .set({ revokedAt: sql`now()`, revokedReason: reason })
    .where(and(eq(userSessions.id, sessionId), eq(userSessions.userId, userId), isNull(userSessions.revokedAt)))
    .returning({ id: userSessions.id });
  return rows.length > 0;
}

/** Revokes every session of `userId` but `keepId`; returns how many ended. */
export async function revokeOtherSessions(db: Executor, userId: number, keepId: string, reason: RevokeReason): Promise<number> {
  const rows = await db
    .update(userSessions)
    .set({ revokedAt: sql`now()`, revokedReason: reason })
    .where(and(eq(userSessions.userId, userId), ne(userSessions.id, keepId), isNull(userSessions.revokedAt)))
    .returning({ id: userSessions.id });
  return rows.length;
}

/**
 * Within a transaction that changes the password of the user of `sessionId`: keeps that session
 * alive while the trigger ends the others (migration 0008).
 */
export async function keepSessionThroughPasswordChange(tx: Executor, sessionId: string): Promise<void> {
  await tx.execute(sql`select set_config('portal.keep_session', ${sessionId}, true)`);
}

/**
 * Deletes sessions begun more than `olderThanMs` ago (long over: sessions last 8 hours). They are
 * kept that long only as the memory of where each account signs in from (lib/auth/rate-limit.ts,
 * knownAddressMs); the audit trail keeps the sign-ins themselves.
 */
export async function pruneSessions(db: Executor, olderThanMs: number): Promise<number> {
  const gone = await db.delete(userSessions).where(lt(userSessions.createdAt, ago(olderThanMs))).returning({ id: userSessions.id });
  return gone.length;
}
