/**
 * How long a signed-in session lives (checked on every request against user_sessions,
 * lib/auth/guards.ts): 30 minutes without a request ends it, and 8 hours after sign-in it ends
 * anyway — a working day, after which the owner signs in again. The last-seen time is written at
 * most once a minute, so the idle limit is exact to about a minute.
 */
export const SESSION_POLICY = {
  idleMs: 30 * 60 * 1000,
  absoluteMs: 8 * 60 * 60 * 1000,
  touchEveryMs: 60 * 1000,
} as const;

export type SessionPolicy = typeof SESSION_POLICY;

export type RevokeReason = "sign-out" | "ended-by-user" | "password-change";
