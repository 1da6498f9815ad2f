/**
 * Sign-in throttling: the policy and the decision, free of I/O. The counts come from
 * db/queries/sign-in-attempts.ts (PostgreSQL, so every server instance sees the same numbers);
 * lib/auth/options.ts asks here whether an attempt may go on to the password check.
 *
 * Nothing here locks an account. Each key gets a few free failures, then an exponential delay
 * (base · 2^(k − free), capped) counted from its latest failure; a refused attempt is not a
 * failure, so hammering a throttled key does not extend its delay.
 *
 * - pair (this account from this address): the owner's own typos and a guesser at one address;
 *   failures count since the pair's last success, so the owner's next success clears them.
 * - address (any account from this address): spraying many accounts from one address; only the
 *   address's own failures count, and the address is the socket's or a trusted proxy's
 *   (lib/auth/client-ip.ts), so nobody can charge their failures to someone else's address.
 * - account (any address): a guessing run spread over many addresses. The owner is not locked out:
 *   from an address this account has signed in from before (within knownAddressMs), the account's
 *   delay is skipped and the password is checked, so a correct password gets in. Only a new
 *   address waits out the delay while such a run goes on.
 * Only failures count towards the address and account keys: a success forgives nothing there, so
 * a password the attacker knows cannot reset the count of a guessing run.
 */

export interface Backoff {
  /** Failures within the window that cost nothing. */
  free: number;
  baseMs: number;
  capMs: number;
}

export interface SignInPolicy {
  /** How far back failures count. */
  windowMs: number;
  pair: Backoff;
  address: Backoff;
  account: Backoff;
  /** An address the account signed in from within this time skips the account's delay. */
  knownAddressMs: number;
  /** Attempts older than this are deleted: the table is only the limiter's memory (the audit keeps the history). */
  retentionMs: number;
  /** Share of attempts that also prune the table: cheap enough to do inline, often enough to keep it small. */
  pruneProbability: number;
}

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

export const SIGN_IN_POLICY: SignInPolicy = {
  windowMs: HOUR,
  pair: { free: 5, baseMs: SECOND, capMs: 15 * MINUTE },
  address: { free: 20, baseMs: SECOND, capMs: 15 * MINUTE },
  account: { free: 10, baseMs: SECOND, capMs: 15 * MINUTE },
  knownAddressMs: 30 * 24 * HOUR,
  retentionMs: 24 * HOUR,
  pruneProbability: 0.01,
};

/** The prefix of the message authorize() throws; next-auth hands it to the client as `result.error`. */
export const RATE_LIMITED = "RATE_LIMITED";

/** "RATE_LIMITED:<seconds>": what the login form turns into "try again in …". */
export function rateLimitedMessage(retryAfterMs: number): string {
  return `${RATE_LIMITED}:${Math.max(1, Math.ceil(retryAfterMs / SECOND))}`;
}

/** Seconds to wait from a rateLimitedMessage, or null for any other error. */
export function parseRateLimited(error: string | null | undefined): number | null {
  const match = /^RATE_LIMITED(?::(\d{1,7}))?$/.exec(error ?? "");
  if (!match) return null;
  return match[1] ? Number(match[1]) : 60;
}

/** Failures of one key within the window (the attempt being decided left out), and the latest one's time. */
export interface KeyFailures {
  count: number;
  lastAt: Date | null;
}

export interface RecentFailures {
  pair: KeyFailures;
  address: KeyFailures;
  account: KeyFailures;
  /** The database's clock, which measured the times above. */
  now: Date;
  /** The account has signed in from this address within knownAddressMs. */
  knownAddress: boolean;
}

export type ThrottleReason = "pair" | "address" | "account";
export type SignInDecision = { allowed: true } | { allowed: false; reason: ThrottleReason; retryAfterMs: number };

/** How long after its latest failure a key with `count` failures must wait; 0 while failures are free. */
export function backoffMs(count: number, backoff: Backoff): number {
  if (count < backoff.free) return 0;
  // 2^30 · base is far past any cap; the exponent bound keeps the number finite.
  return Math.min(backoff.capMs, backoff.baseMs * 2 ** Math.min(count - backoff.free, 30));
}

function waitFor(key: KeyFailures, backoff: Backoff, now: Date): number {
  if (!key.lastAt) return 0;
  return Math.max(0, key.lastAt.getTime() + backoffMs(key.count, backoff) - now.getTime());
}

export function decideSignIn(failures: RecentFailures, policy: SignInPolicy = SIGN_IN_POLICY): SignInDecision {
  const waits: [ThrottleReason, number][] = [
    ["pair", waitFor(failures.pair, policy.pair, failures.now)],
    ["address", waitFor(failures.address, policy.address, failures.now)],
    ["account", failures.knownAddress ? 0 : waitFor(failures.account, policy.account, failures.now)],
  ];
  const [reason, retryAfterMs] = waits.reduce((a, b) => (b[1] > a[1] ? b : a));
  return retryAfterMs > 0 ? { allowed: false, reason, retryAfterMs } : { allowed: true };
}

/** `random` is Math.random() in production, fixed in tests. */
export function shouldPrune(random: number, policy: SignInPolicy = SIGN_IN_POLICY): boolean {
  return random < policy.pruneProbability;
}

/**
 * How refused sign-ins (wrong password, unknown or disabled account, throttled) reach the audit
 * trail, which is append-only and read by administrators: bounded, so that nobody can flood it.
 * Refusals are counted per clock hour (the database's) for the pair, the address and the account:
 * while all three counts are small, each refusal gets its own entry; past that, only a summary
 * entry at the 10th, 20th, 50th, 100th, 200th, 500th … refusal of a key, saying who was tried,
 * from where and how often. A key's entries in an hour are thus its first few plus one per step
 * of a 1-2-5 series, however many requests arrive. Every attempt is still in sign_in_attempts
 * (the throttle's memory) for a day.
 */
export type RefusalScope = "pair" | "address" | "account";
export type RefusalCounts = Record<RefusalScope, number>;

export interface RefusalAuditPolicy {
  /** Refusals of a key within the hour that each get their own entry (the attempt counted in). */
  individual: RefusalCounts;
}

export const REFUSAL_AUDIT_POLICY: RefusalAuditPolicy = {
  individual: { pair: 5, address: 20, account: 20 },
};

/** 10, 20, 50, 100, 200, 500, …: the counts at which a summary entry is written. */
export function isSummaryCount(count: number): boolean {
  if (!Number.isInteger(count) || count < 10) return false;
  const magnitude = 10 ** Math.floor(Math.log10(count));
  return count % magnitude === 0 && [1, 2, 5].includes(count / magnitude);
}

export interface RefusalAuditPlan {
  /** This refusal gets an entry of its own. */
  individual: boolean;
  /** Keys whose summary entry this refusal writes (at most one entry per distinct count). */
  summaries: RefusalScope[];
}

/**
 * `counts`: refusals of the hour up to and including this one. The pair's summary stands for the
 * address's and the account's when they count the same refusals (one guesser, one account).
 */
export function planRefusalAudit(counts: RefusalCounts, policy: RefusalAuditPolicy = REFUSAL_AUDIT_POLICY): RefusalAuditPlan {
  const individual = (Object.keys(counts) as RefusalScope[]).every((scope) => counts[scope] <= policy.individual[scope]);
  const due = (scope: RefusalScope) => counts[scope] > policy.individual[scope] && isSummaryCount(counts[scope]);
  const summaries: RefusalScope[] = [];
  if (due("pair")) summaries.push("pair");
  if (due("address") && !(summaries.includes("pair") && counts.address === counts.pair)) summaries.push("address");
  if (due("account") && !(summaries.includes("pair") && counts.account === counts.pair)) summaries.push("account");
  return { individual, summaries };
}
