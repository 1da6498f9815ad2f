import { describe, expect, it } from "vitest";
import {
  backoffMs,
  isSummaryCount,
  planRefusalAudit,
  decideSignIn,
  parseRateLimited,
  rateLimitedMessage,
  shouldPrune,
  SIGN_IN_POLICY,
  type KeyFailures,
  type RecentFailures,
} from "./rate-limit";

const NOW = new Date("2026-12-07T10:00:00Z");
const SECOND = 1000;
const MINUTE = 60 * SECOND;

const none: KeyFailures = { count: 0, lastAt: null };
function failures(partial: Partial<RecentFailures>): RecentFailures {
  return { pair: none, address: none, account: none, now: NOW, knownAddress: false, ...partial };
}
/** `count` failures, the latest `agoMs` before NOW. */
function key(count: number, agoMs = 0): KeyFailures {
  return { count, lastAt: count === 0 ? null : new Date(NOW.getTime() - agoMs) };
}

describe("sign-in throttle policy", () => {
  it("gives each key a few free failures, then doubles a delay from 1 s up to 15 minutes; counts for an hour, prunes after a day", () => {
    expect(SIGN_IN_POLICY).toMatchObject({
      windowMs: 60 * MINUTE,
      pair: { free: 5, baseMs: SECOND, capMs: 15 * MINUTE },
      address: { free: 20, baseMs: SECOND, capMs: 15 * MINUTE },
      account: { free: 10, baseMs: SECOND, capMs: 15 * MINUTE },
      knownAddressMs: 30 * 24 * 60 * MINUTE,
      retentionMs: 24 * 60 * MINUTE,
    });
    expect(SIGN_IN_POLICY.retentionMs).toBeGreaterThan(SIGN_IN_POLICY.windowMs);
  });

  it("backs off exponentially after the free failures, capped", () => {
    const { pair } = SIGN_IN_POLICY;
    expect([0, 4].map((k) => backoffMs(k, pair))).toEqual([0, 0]);
    expect([5, 6, 7, 10].map((k) => backoffMs(k, pair))).toEqual([1, 2, 4, 32].map((s) => s * SECOND));
    expect(backoffMs(15, pair)).toBe(15 * MINUTE); // 1024 s capped at 900 s
    expect(backoffMs(10_000, pair)).toBe(15 * MINUTE);
  });
});

describe("decideSignIn", () => {
  it("lets the owner's typos through: the first 5 failures of a pair cost nothing", () => {
    expect(decideSignIn(failures({ pair: key(4), address: key(4), account: key(4) }))).toEqual({ allowed: true });
  });

  it("refuses a pair within its delay, counted from its latest failure, and says how long to wait", () => {
    expect(decideSignIn(failures({ pair: key(7, 1 * SECOND) }))).toEqual({ allowed: false, reason: "pair", retryAfterMs: 3 * SECOND });
    expect(decideSignIn(failures({ pair: key(7, 4 * SECOND) }))).toEqual({ allowed: true });
    expect(decideSignIn(failures({ pair: key(40, 14 * MINUTE) }))).toEqual({ allowed: false, reason: "pair", retryAfterMs: MINUTE });
    expect(decideSignIn(failures({ pair: key(40, 15 * MINUTE) }))).toEqual({ allowed: true });
  });

  it("never locks: however many failures, the wait is at most 15 minutes after the latest", () => {
    for (const reason of ["pair", "address", "account"] as const) {
      const d = decideSignIn(failures({ [reason]: key(1_000_000, 0) }));
      expect(d).toEqual({ allowed: false, reason, retryAfterMs: 15 * MINUTE });
    }
  });

  it("throttles an address that sprays many accounts, after 20 failures", () => {
    expect(decideSignIn(failures({ address: key(19) })).allowed).toBe(true);
    expect(decideSignIn(failures({ address: key(20) }))).toEqual({ allowed: false, reason: "address", retryAfterMs: SECOND });
    expect(decideSignIn(failures({ address: key(25) }))).toEqual({ allowed: false, reason: "address", retryAfterMs: 32 * SECOND });
  });

  it("throttles an account guessed at from many addresses, except from an address it signed in from before", () => {
    const distributed = { account: key(30, 0) };
    expect(decideSignIn(failures(distributed))).toEqual({ allowed: false, reason: "account", retryAfterMs: 15 * MINUTE });
    expect(decideSignIn(failures({ ...distributed, knownAddress: true }))).toEqual({ allowed: true });
    // A known address still has its own pair and address limits.
    expect(decideSignIn(failures({ ...distributed, knownAddress: true, pair: key(6) })).allowed).toBe(false);
  });

  it("reports the longest wait when several keys are throttled", () => {
    expect(decideSignIn(failures({ pair: key(6), address: key(25), account: key(11) }))).toEqual({ allowed: false, reason: "address", retryAfterMs: 32 * SECOND });
  });

  it("follows a policy passed in", () => {
    const strict = { ...SIGN_IN_POLICY, pair: { free: 1, baseMs: MINUTE, capMs: 60 * MINUTE } };
    expect(decideSignIn(failures({ pair: key(1) }), strict)).toEqual({ allowed: false, reason: "pair", retryAfterMs: MINUTE });
    expect(decideSignIn(failures({ pair: key(3) }), strict)).toEqual({ allowed: false, reason: "pair", retryAfterMs: 4 * MINUTE });
  });
});

describe("the throttled message", () => {
  it("carries whole seconds to wait, at least one, and reads back", () => {
    expect(rateLimitedMessage(1500)).toBe("RATE_LIMITED:2");
    expect(rateLimitedMessage(1)).toBe("RATE_LIMITED:1");
    expect(parseRateLimited("RATE_LIMITED:900")).toBe(900);
    expect(parseRateLimited("RATE_LIMITED")).toBe(60);
    expect(parseRateLimited("CredentialsSignin")).toBeNull();
    expect(parseRateLimited(undefined)).toBeNull();
    expect(parseRateLimited("RATE_LIMITED:12345678")).toBeNull();
  });
});

it("prunes about one attempt in a hundred", () => {
  expect(shouldPrune(0)).toBe(true);
  expect(shouldPrune(0.0099)).toBe(true);
  expect(shouldPrune(0.01)).toBe(false);
  expect(shouldPrune(0.99)).toBe(false);
});

describe("refused sign-ins in the audit trail", () => {
  it("writes summaries at 10, 20, 50, 100, 200, 500, 1000 … only", () => {
    const upTo = Array.from({ length: 2000 }, (_, i) => i + 1).filter(isSummaryCount);
    expect(upTo).toEqual([10, 20, 50, 100, 200, 500, 1000, 2000]);
  });

  it("gives a refusal its own entry while every key's count is small, then only the summaries due", () => {
    expect(planRefusalAudit({ pair: 5, address: 20, account: 20 })).toEqual({ individual: true, summaries: [] });
    expect(planRefusalAudit({ pair: 6, address: 6, account: 6 })).toEqual({ individual: false, summaries: [] });
    expect(planRefusalAudit({ pair: 1, address: 21, account: 1 })).toEqual({ individual: false, summaries: [] });
    // One guesser on one account: the pair's summary stands for the address's and the account's.
    expect(planRefusalAudit({ pair: 50, address: 50, account: 50 })).toEqual({ individual: false, summaries: ["pair"] });
    // A sprayer: the address's summary; the pair's count is below its own.
    expect(planRefusalAudit({ pair: 1, address: 100, account: 3 })).toEqual({ individual: false, summaries: ["address"] });
    expect(planRefusalAudit({ pair: 10, address: 50, account: 200 })).toEqual({ individual: false, summaries: ["pair", "address", "account"] });
    // Below a key's own limit no summary: 10 refusals of an address are 10 entries already.
    expect(planRefusalAudit({ pair: 1, address: 10, account: 1 })).toEqual({ individual: true, summaries: [] });
  });
});
