/**
 * Sign-in rate limiting: the policy and the decision, free of I/O. The counts come from
 * db/queries/sign-in-attempts.ts (PostgreSQL, so every server instance sees the same numbers);
 * lib/auth/options.ts asks here whether an attempt may go on to the password check.
 *
 * Only failures count: a successful sign-in neither counts nor forgives earlier failures, so an
 * attacker who also knows one password cannot use it to reset the counter for a guessing run.
 */

export interface SignInPolicy {
  /** How far back failures count. */
  windowMs: number;
  /** Failures of one account (any address) after which its sign-ins are refused. */
  maxAccountFailures: number;
  /** Failures from one address (any account) after which its sign-ins are refused. */
  maxIpFailures: number;
  /** Attempts older than this are deleted; far longer than the window, so nothing that counts goes. */
  retentionMs: number;
  /** Share of attempts that also prune the table: cheap enough to do inline, often enough to keep it small. */
  pruneProbability: number;
}

export const SIGN_IN_POLICY: SignInPolicy = {
  windowMs: 15 * 60 * 1000,
  maxAccountFailures: 5,
  maxIpFailures: 20,
  retentionMs: 24 * 60 * 60 * 1000,
  pruneProbability: 0.01,
};

/** The message authorize() throws; next-auth hands it to the client as `result.error`. */
export const RATE_LIMITED = "RATE_LIMITED";

/** Failures within the window, not counting the attempt being decided. */
export interface RecentFailures {
  account: number;
  ip: number;
}

export type SignInDecision = { allowed: true } | { allowed: false; reason: "account" | "ip" };

export function decideSignIn(failures: RecentFailures, policy: SignInPolicy = SIGN_IN_POLICY): SignInDecision {
  if (failures.account >= policy.maxAccountFailures) return { allowed: false, reason: "account" };
  if (failures.ip >= policy.maxIpFailures) return { allowed: false, reason: "ip" };
  return { allowed: true };
}

/** `random` is Math.random() in production, fixed in tests. */
export function shouldPrune(random: number, policy: SignInPolicy = SIGN_IN_POLICY): boolean {
  return random < policy.pruneProbability;
}

/** Longer than any IPv6 text form; bounds what a forged header can make us store. */
const MAX_IP_LENGTH = 64;

type HeaderValue = string | string[] | undefined;

function first(value: unknown): string | undefined {
  const v = Array.isArray(value) ? (value as HeaderValue[])[0] : value;
  return typeof v === "string" ? v : undefined;
}

/**
 * The client's address as the nearest proxy reports it: the first x-forwarded-for entry, else
 * x-real-ip, else "unknown". Header names are lower case (next-auth copies them from a Headers
 * object). The first x-forwarded-for entry is only trustworthy when the proxy in front of the
 * portal overwrites the header; the per-account limit holds either way.
 */
export function clientIp(headers: Record<string, unknown> | undefined): string {
  const forwarded = first(headers?.["x-forwarded-for"])?.split(",")[0]?.trim();
  const real = first(headers?.["x-real-ip"])?.trim();
  const ip = forwarded || real || "unknown";
  return ip.slice(0, MAX_IP_LENGTH);
}
