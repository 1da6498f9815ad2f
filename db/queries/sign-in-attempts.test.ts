/**
 * Sign-in rate limiting against a real database (PGlite, or the PostgreSQL server when
 * DATABASE_URL is set): the counts the limiter decides on, and authorize() end to end with the
 * seeded accounts. Each test uses its own accounts and addresses, so they do not share counts.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { authorizeCredentials } from "../../lib/auth/options";
import { decideSignIn, RATE_LIMITED, SIGN_IN_POLICY } from "../../lib/auth/rate-limit";
import { openTestDatabase, type TestDatabase } from "../test-database";
import { DEMO_PASSWORD, seedAll } from "../seed";
import { signInAttempts } from "../schema";
import {
  beginSignInAttempt,
  countRecentFailures,
  markSignInAttemptSucceeded,
  pruneSignInAttempts,
  recordSignInAttempt,
  type AttemptKey,
} from "./sign-in-attempts";

let t: TestDatabase;
const { windowMs } = SIGN_IN_POLICY;
const MINUTE = 60 * 1000;

beforeAll(async () => {
  t = await openTestDatabase();
  await seedAll(t.db);
});

afterAll(async () => {
  await t?.close();
});

async function fail(key: AttemptKey, times: number, at?: Date) {
  for (let i = 0; i < times; i++) await recordSignInAttempt(t.db, { ...key, succeeded: false, at });
}

async function decision(key: AttemptKey) {
  return decideSignIn(await countRecentFailures(t.db, key, { windowMs }));
}

function fromIp(ip: string) {
  return { "x-forwarded-for": `${ip}, 10.0.0.1` };
}

async function attemptsOf(username: string) {
  return t.db.select().from(signInAttempts).where(eq(signInAttempts.username, username)).orderBy(signInAttempts.id);
}

describe(`sign-in attempts on ${process.env.DATABASE_URL ? "the PostgreSQL server" : "embedded PGlite"}`, () => {
  it("locks an account after 5 failures, from any address, and leaves other accounts alone", async () => {
    await fail({ username: "lock-a", ip: "192.0.2.1" }, 4);
    expect(await decision({ username: "lock-a", ip: "192.0.2.99" })).toEqual({ allowed: true });
    await fail({ username: "lock-a", ip: "192.0.2.2" }, 1);
    expect(await decision({ username: "lock-a", ip: "192.0.2.99" })).toEqual({ allowed: false, reason: "account" });
    expect(await decision({ username: "lock-b", ip: "192.0.2.1" })).toEqual({ allowed: true });
    expect(await countRecentFailures(t.db, { username: "lock-b", ip: "192.0.2.1" }, { windowMs })).toEqual({ account: 0, ip: 4 });
  });

  it("counts only failures; a success neither counts nor forgives", async () => {
    const key = { username: "mixed", ip: "192.0.2.10" };
    for (let i = 0; i < 10; i++) await recordSignInAttempt(t.db, { ...key, succeeded: true });
    expect(await countRecentFailures(t.db, key, { windowMs })).toEqual({ account: 0, ip: 0 });
    await fail(key, 5);
    await recordSignInAttempt(t.db, { ...key, succeeded: true });
    expect(await countRecentFailures(t.db, key, { windowMs })).toEqual({ account: 5, ip: 5 });
    expect((await decision(key)).allowed).toBe(false);
  });

  it("locks an address after 20 failures, for every account", async () => {
    const ip = "198.51.100.20";
    for (let i = 0; i < 20; i++) await fail({ username: `spray-${i}`, ip }, 1);
    expect(await decision({ username: "never-tried", ip })).toEqual({ allowed: false, reason: "ip" });
    expect(await decision({ username: "never-tried", ip: "198.51.100.21" })).toEqual({ allowed: true });
    expect(await decision({ username: "spray-0", ip: "198.51.100.21" })).toEqual({ allowed: true });
  });

  it("forgets failures older than the window", async () => {
    const key = { username: "old", ip: "192.0.2.30" };
    await fail(key, 10, new Date(Date.now() - windowMs - MINUTE));
    expect(await countRecentFailures(t.db, key, { windowMs })).toEqual({ account: 0, ip: 0 });
    await fail(key, 2, new Date(Date.now() - windowMs + MINUTE));
    expect(await countRecentFailures(t.db, key, { windowMs })).toEqual({ account: 2, ip: 2 });
  });

  it("records an attempt as failed before counting, leaving itself out of the count", async () => {
    const key = { username: "begin", ip: "192.0.2.40" };
    const first = await beginSignInAttempt(t.db, key, windowMs);
    expect(first.failures).toEqual({ account: 0, ip: 0 });
    const second = await beginSignInAttempt(t.db, key, windowMs);
    expect(second.failures).toEqual({ account: 1, ip: 1 });
    await markSignInAttemptSucceeded(t.db, first.id);
    expect(await countRecentFailures(t.db, key, { windowMs })).toEqual({ account: 1, ip: 1 });
    expect((await attemptsOf("begin")).map((a) => a.succeeded)).toEqual([true, false]);
  });

  it("lets no more than 5 of a burst of parallel attempts through", async () => {
    const key = { username: "burst", ip: "192.0.2.50" };
    const attempts = await Promise.all(Array.from({ length: 12 }, () => beginSignInAttempt(t.db, key, windowMs)));
    // How many get through depends on the interleaving (none, when every insert lands before
    // every count); never more than the limit.
    const allowed = attempts.filter((a) => decideSignIn(a.failures).allowed);
    expect(allowed.length).toBeLessThanOrEqual(SIGN_IN_POLICY.maxAccountFailures);
    expect(await decision(key)).toEqual({ allowed: false, reason: "account" });
  });

  it("prunes attempts older than a day, and only those", async () => {
    const key = { username: "prune", ip: "192.0.2.60" };
    await fail(key, 3, new Date(Date.now() - SIGN_IN_POLICY.retentionMs - MINUTE));
    await fail(key, 2, new Date(Date.now() - SIGN_IN_POLICY.retentionMs + 10 * MINUTE));
    await fail(key, 1);
    expect(await pruneSignInAttempts(t.db, SIGN_IN_POLICY.retentionMs)).toBe(3);
    expect(await attemptsOf("prune")).toHaveLength(3);
    expect(await pruneSignInAttempts(t.db, SIGN_IN_POLICY.retentionMs)).toBe(0);
  });
});

describe("authorize with rate limiting", () => {
  it("signs in with the right password and records the success with the client's address", async () => {
    const user = await authorizeCredentials(t.db, { username: "admin", password: DEMO_PASSWORD }, fromIp("203.0.113.1"));
    expect(user).toMatchObject({ name: expect.any(String), role: "admin" });
    const [attempt] = await attemptsOf("admin");
    expect(attempt).toMatchObject({ ip: "203.0.113.1", succeeded: true });
  });

  it("refuses the 6th attempt on an account even with the right password, and records it", async () => {
    const headers = fromIp("203.0.113.2");
    for (let i = 0; i < 5; i++) {
      expect(await authorizeCredentials(t.db, { username: "editor401", password: "wrong" }, headers)).toBeNull();
    }
    await expect(authorizeCredentials(t.db, { username: "editor401", password: DEMO_PASSWORD }, headers)).rejects.toThrow(
      RATE_LIMITED,
    );
    // From another address too: the lock is on the account.
    await expect(
      authorizeCredentials(t.db, { username: "editor401", password: DEMO_PASSWORD }, fromIp("203.0.113.3")),
    ).rejects.toThrow(RATE_LIMITED);
    const attempts = await attemptsOf("editor401");
    expect(attempts).toHaveLength(7);
    expect(attempts.every((a) => !a.succeeded)).toBe(true);
    // Another account from the same address is unaffected.
    expect(await authorizeCredentials(t.db, { username: "reviewer", password: DEMO_PASSWORD }, headers)).not.toBeNull();
  });

  it("counts unknown accounts too, and refuses every account from an address after 20 failures", async () => {
    const headers = { "x-real-ip": "203.0.113.9" };
    for (let i = 0; i < 20; i++) {
      expect(await authorizeCredentials(t.db, { username: `nobody-${i}`, password: "guess" }, headers)).toBeNull();
    }
    await expect(authorizeCredentials(t.db, { username: "reviewer2", password: DEMO_PASSWORD }, headers)).rejects.toThrow(
      RATE_LIMITED,
    );
    expect(await authorizeCredentials(t.db, { username: "reviewer2", password: DEMO_PASSWORD }, fromIp("203.0.113.10"))).not.toBeNull();
    const fromThatIp = await t.db
      .select()
      .from(signInAttempts)
      .where(and(eq(signInAttempts.ip, "203.0.113.9"), eq(signInAttempts.succeeded, false)));
    expect(fromThatIp).toHaveLength(21);
  });

  it("records nothing for a malformed request", async () => {
    expect(await authorizeCredentials(t.db, { username: "   ", password: "x" }, undefined)).toBeNull();
    expect(await authorizeCredentials(t.db, undefined, undefined)).toBeNull();
    expect(await attemptsOf("")).toHaveLength(0);
  });
});
