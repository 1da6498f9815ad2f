/**
 * Sign-in attempts: the throttle's memory. It lives in PostgreSQL so that every server instance
 * counts the same attempts; the limits and the decision are lib/auth/rate-limit.ts's. Times are
 * the database's clock, so instances whose clocks drift still agree. Rows are pruned after a day
 * (pruneSignInAttempts): this is not the history — the audit trail (audit_entries) is.
 */
import { and, eq, inArray, lt, sql, type SQL } from "drizzle-orm";
import type { KeyFailures, RecentFailures, RefusalCounts, RefusalScope } from "../../lib/auth/rate-limit";
import type { Executor } from "../client";
import { signInAttempts, userSessions, users } from "../schema";

export interface AttemptKey {
  username: string;
  ip: string;
}

export type AttemptOutcome = (typeof signInAttempts.$inferSelect)["outcome"];

/** `now() - ms`, on the database's clock. */
function ago(ms: number) {
  return sql`now() - ${ms / 1000}::double precision * interval '1 second'`;
}

/** Stores one attempt and returns its id. `at` is for tests; otherwise the database's now(). */
export async function recordSignInAttempt(
  db: Executor,
  attempt: AttemptKey & { outcome: AttemptOutcome; at?: Date },
): Promise<number> {
  const [row] = await db
    .insert(signInAttempts)
    .values({ username: attempt.username, ip: attempt.ip, outcome: attempt.outcome, ...(attempt.at ? { at: attempt.at } : {}) })
    .returning({ id: signInAttempts.id });
  if (!row) throw new Error("sign-in attempt not recorded");
  return row.id;
}

export async function finishSignInAttempt(db: Executor, id: number, outcome: Exclude<AttemptOutcome, "pending">): Promise<void> {
  await db.update(signInAttempts).set({ outcome }).where(eq(signInAttempts.id, id));
}

const COUNTS_AS_FAILURE = ["pending", "failed"] as const;

/** Epoch milliseconds as a plain number: the same on both drivers, unlike timestamps. */
const epochMs = (value: SQL) => sql<number | null>`(extract(epoch from ${value}) * 1000)::float8`;

function keyFailures(count: number | null | undefined, lastMs: number | null | undefined): KeyFailures {
  return { count: Number(count ?? 0), lastAt: lastMs === null || lastMs === undefined ? null : new Date(Number(lastMs)) };
}

/**
 * What the throttle decides on: failures within the window of this account from this address
 * (since the pair's latest success), of this address, and of this account; `excludeId` (the
 * attempt being decided) left out. Also whether the account has signed in from this address
 * within `knownAddressMs`.
 */
export async function countRecentFailures(
  db: Executor,
  key: AttemptKey,
  options: { windowMs: number; knownAddressMs: number; excludeId?: number },
): Promise<RecentFailures> {
  const isPair = sql`${signInAttempts.username} = ${key.username} and ${signInAttempts.ip} = ${key.ip}`;
  const pairSuccess = sql`(select max(s.at) from ${signInAttempts} s
      where s.username = ${key.username} and s.ip = ${key.ip} and s.outcome = 'succeeded')`;
  const inPair = sql`${isPair} and (${pairSuccess} is null or ${signInAttempts.at} > ${pairSuccess})`;
  const isAddress = sql`${signInAttempts.ip} = ${key.ip}`;
  const isAccount = sql`${signInAttempts.username} = ${key.username}`;
  const [row] = await db
    .select({
      now: epochMs(sql`now()`),
      pairCount: sql<number>`(count(*) filter (where ${inPair}))::int`,
      pairLast: epochMs(sql`max(${signInAttempts.at}) filter (where ${inPair})`),
      addressCount: sql<number>`(count(*) filter (where ${isAddress}))::int`,
      addressLast: epochMs(sql`max(${signInAttempts.at}) filter (where ${isAddress})`),
      accountCount: sql<number>`(count(*) filter (where ${isAccount}))::int`,
      accountLast: epochMs(sql`max(${signInAttempts.at}) filter (where ${isAccount})`),
      known: sql<boolean>`exists (select 1 from ${userSessions} us join ${users} u on u.id = us.user_id
        where u.username = ${key.username} and us.ip = ${key.ip} and us.created_at >= ${ago(options.knownAddressMs)})`,
    })
    .from(signInAttempts)
    .where(
      and(
        inArray(signInAttempts.outcome, [...COUNTS_AS_FAILURE]),
        sql`${signInAttempts.at} >= ${ago(options.windowMs)}`,
        sql`(${isAccount} or ${isAddress})`,
        options.excludeId === undefined ? undefined : sql`${signInAttempts.id} <> ${options.excludeId}`,
      ),
    );
  return {
    pair: keyFailures(row?.pairCount, row?.pairLast),
    address: keyFailures(row?.addressCount, row?.addressLast),
    account: keyFailures(row?.accountCount, row?.accountLast),
    now: new Date(Number(row?.now ?? Date.now())),
    knownAddress: row?.known === true,
  };
}

/**
 * Records the attempt as pending — counted as a failure — *before* counting the others. Counting
 * first would let a burst of parallel guesses all see the same low count while their password
 * checks run; recorded first, the k-th of a burst sees at least k − 1 others, so no more than the
 * free failures of a key ever reach the password check at once. finishSignInAttempt then says
 * what it was: failed, succeeded, or throttled (which never counts).
 */
export async function beginSignInAttempt(
  db: Executor,
  key: AttemptKey,
  options: { windowMs: number; knownAddressMs: number },
): Promise<{ id: number; failures: RecentFailures }> {
  const id = await recordSignInAttempt(db, { ...key, outcome: "pending" });
  const failures = await countRecentFailures(db, key, { ...options, excludeId: id });
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

const REFUSED = sql`${signInAttempts.outcome} <> 'succeeded'`;
/** The current clock hour of the database: the window in which refusals are counted for the audit. */
const THIS_HOUR = sql`${signInAttempts.at} >= date_trunc('hour', now())`;

/**
 * Refusals (anything but a success) of this hour up to and including attempt `uptoId`, of the pair,
 * the address and the account — what lib/auth/rate-limit.ts planRefusalAudit decides on. Counting
 * up to an id (not "all so far") gives each of a burst of attempts its own rank.
 */
export async function countRefusalsThisHour(db: Executor, key: AttemptKey, uptoId: number): Promise<RefusalCounts> {
  const isAccount = sql`${signInAttempts.username} = ${key.username}`;
  const isAddress = sql`${signInAttempts.ip} = ${key.ip}`;
  const [row] = await db
    .select({
      pair: sql<number>`(count(*) filter (where ${isAccount} and ${isAddress}))::int`,
      address: sql<number>`(count(*) filter (where ${isAddress}))::int`,
      account: sql<number>`(count(*) filter (where ${isAccount}))::int`,
    })
    .from(signInAttempts)
    .where(and(REFUSED, THIS_HOUR, sql`${signInAttempts.id} <= ${uptoId}`, sql`(${isAccount} or ${isAddress})`));
  return { pair: Number(row?.pair ?? 0), address: Number(row?.address ?? 0), account: Number(row?.account ?? 0) };
}

export interface RefusalSummary {
  scope: RefusalScope;
  /** Refusals of the key this hour up to the attempt, and how many of them were throttled unchecked. */
  total: number;
  throttled: number;
  /** Distinct accounts tried (address) or addresses tried from (account), with a few examples. */
  distinct: number;
  examples: string[];
  /** Start of the hour counted, on the database's clock. */
  since: Date;
}

/**
 * What a summary entry says about a key (rate-limit.ts planRefusalAudit decides when one is due).
 * `outcome`: the refusal of attempt `uptoId`, which is still recorded as pending.
 */
export async function summarizeRefusals(
  db: Executor,
  scope: RefusalScope,
  key: AttemptKey,
  attempt: { id: number; outcome: "failed" | "throttled" },
): Promise<RefusalSummary> {
  const uptoId = attempt.id;
  const isAccount = sql`${signInAttempts.username} = ${key.username}`;
  const isAddress = sql`${signInAttempts.ip} = ${key.ip}`;
  const match = scope === "pair" ? sql`${isAccount} and ${isAddress}` : scope === "address" ? isAddress : isAccount;
  // The other side of the key: accounts tried from an address, addresses an account was tried from.
  const other = scope === "account" ? signInAttempts.ip : signInAttempts.username;
  const where = and(REFUSED, THIS_HOUR, sql`${signInAttempts.id} <= ${uptoId}`, match);
  const [row] = await db
    .select({
      total: sql<number>`count(*)::int`,
      throttled: sql<number>`(count(*) filter (where case when ${signInAttempts.id} = ${uptoId} then ${sql.raw(attempt.outcome === "throttled" ? "true" : "false")}
        else ${signInAttempts.outcome} = 'throttled' end))::int`,
      distinct: sql<number>`count(distinct ${other})::int`,
      since: epochMs(sql`date_trunc('hour', now())`),
    })
    .from(signInAttempts)
    .where(where);
  const examples = await db
    .select({ value: other, n: sql<number>`count(*)::int` })
    .from(signInAttempts)
    .where(where)
    .groupBy(other)
    .orderBy(sql`count(*) desc`, other)
    .limit(5);
  return {
    scope,
    total: Number(row?.total ?? 0),
    throttled: Number(row?.throttled ?? 0),
    distinct: Number(row?.distinct ?? 0),
    examples: examples.map((e) => e.value),
    since: new Date(Number(row?.since ?? Date.now())),
  };
}
