/**
 * Sign-in attempts: the rate limiter's memory. It lives in PostgreSQL so that every server
 * instance counts the same attempts; the limits and the decision are lib/auth/rate-limit.ts's.
 * Windows are measured on the database's clock, so instances whose clocks drift still agree.
 */
import { and, eq, gte, lt, ne, or, sql } from "drizzle-orm";
import type { RecentFailures } from "../../lib/auth/rate-limit";
import type { Executor } from "../client";
import { signInAttempts } from "../schema";

export interface AttemptKey {
  username: string;
  ip: string;
}

/** `now() - ms`, on the database's clock. */
function ago(ms: number) {
  return sql`now() - ${ms / 1000}::double precision * interval '1 second'`;
}

/** Stores one attempt and returns its id. `at` is for tests; otherwise the database's now(). */
export async function recordSignInAttempt(
  db: Executor,
  attempt: AttemptKey & { succeeded: boolean; at?: Date },
): Promise<number> {
  const [row] = await db
    .insert(signInAttempts)
    .values({ username: attempt.username, ip: attempt.ip, succeeded: attempt.succeeded, ...(attempt.at ? { at: attempt.at } : {}) })
    .returning({ id: signInAttempts.id });
  if (!row) throw new Error("sign-in attempt not recorded");
  return row.id;
}

export async function markSignInAttemptSucceeded(db: Executor, id: number): Promise<void> {
  await db.update(signInAttempts).set({ succeeded: true }).where(eq(signInAttempts.id, id));
}

/** Failed attempts within the window for the account and for the address, `excludeId` left out. */
export async function countRecentFailures(
  db: Executor,
  key: AttemptKey,
  options: { windowMs: number; excludeId?: number },
): Promise<RecentFailures> {
  const [row] = await db
    .select({
      account: sql<number>`(count(*) filter (where ${signInAttempts.username} = ${key.username}))::int`,
      ip: sql<number>`(count(*) filter (where ${signInAttempts.ip} = ${key.ip}))::int`,
    })
    .from(signInAttempts)
    .where(
      and(
        eq(signInAttempts.succeeded, false),
        gte(signInAttempts.at, ago(options.windowMs)),
        or(eq(signInAttempts.username, key.username), eq(signInAttempts.ip, key.ip)),
        options.excludeId === undefined ? undefined : ne(signInAttempts.id, options.excludeId),
      ),
    );
  return { account: row?.account ?? 0, ip: row?.ip ?? 0 };
}

/**
 * Records the attempt as failed *before* counting, then counts the failures of everyone else.
 * Counting first would let a burst of parallel guesses all see the same low count while their
 * password checks run; recorded first, the k-th attempt to count sees at least k − 1 others, so
 * no more than the limit ever reach the password check. A successful attempt is marked so
 * afterwards (markSignInAttemptSucceeded); a refused one stays a failure.
 */
export async function beginSignInAttempt(
  db: Executor,
  key: AttemptKey,
  windowMs: number,
): Promise<{ id: number; failures: RecentFailures }> {
  const id = await recordSignInAttempt(db, { ...key, succeeded: false });
  const failures = await countRecentFailures(db, key, { windowMs, excludeId: id });
  return { id, failures };
}

/** Deletes attempts older than `olderThanMs`; returns how many went. */
export async function pruneSignInAttempts(db: Executor, olderThanMs: number): Promise<number> {
  const gone = await db
    .delete(signInAttempts)
    .where(lt(signInAttempts.at, ago(olderThanMs)))
    .returning({ id: signInAttempts.id });
  return gone.length;
}
