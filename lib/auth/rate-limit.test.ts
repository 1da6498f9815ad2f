import { describe, expect, it } from "vitest";
import { clientIp, decideSignIn, shouldPrune, SIGN_IN_POLICY } from "./rate-limit";

describe("sign-in rate limit policy", () => {
  it("is 5 failures per account and 20 per address in 15 minutes, pruned after a day", () => {
    expect(SIGN_IN_POLICY).toMatchObject({
      windowMs: 15 * 60 * 1000,
      maxAccountFailures: 5,
      maxIpFailures: 20,
      retentionMs: 24 * 60 * 60 * 1000,
    });
    expect(SIGN_IN_POLICY.retentionMs).toBeGreaterThan(SIGN_IN_POLICY.windowMs);
  });

  it("allows up to 4 earlier failures of the account and refuses from the 5th", () => {
    expect(decideSignIn({ account: 0, ip: 0 })).toEqual({ allowed: true });
    expect(decideSignIn({ account: 4, ip: 0 })).toEqual({ allowed: true });
    expect(decideSignIn({ account: 5, ip: 0 })).toEqual({ allowed: false, reason: "account" });
    expect(decideSignIn({ account: 50, ip: 0 })).toEqual({ allowed: false, reason: "account" });
  });

  it("allows up to 19 earlier failures from the address and refuses from the 20th", () => {
    expect(decideSignIn({ account: 0, ip: 19 })).toEqual({ allowed: true });
    expect(decideSignIn({ account: 0, ip: 20 })).toEqual({ allowed: false, reason: "ip" });
    expect(decideSignIn({ account: 5, ip: 20 }).allowed).toBe(false);
  });

  it("follows a policy passed in", () => {
    const strict = { ...SIGN_IN_POLICY, maxAccountFailures: 1, maxIpFailures: 2 };
    expect(decideSignIn({ account: 1, ip: 0 }, strict)).toEqual({ allowed: false, reason: "account" });
    expect(decideSignIn({ account: 0, ip: 2 }, strict)).toEqual({ allowed: false, reason: "ip" });
    expect(decideSignIn({ account: 0, ip: 1 }, strict)).toEqual({ allowed: true });
  });

  it("prunes about one attempt in a hundred", () => {
    expect(shouldPrune(0)).toBe(true);
    expect(shouldPrune(0.0099)).toBe(true);
    expect(shouldPrune(0.01)).toBe(false);
    expect(shouldPrune(0.99)).toBe(false);
  });
});

describe("clientIp", () => {
  it("takes the first x-forwarded-for entry", () => {
    expect(clientIp({ "x-forwarded-for": "203.0.113.7, 10.0.0.1, 10.0.0.2", "x-real-ip": "10.0.0.9" })).toBe("203.0.113.7");
    expect(clientIp({ "x-forwarded-for": "  2001:db8::1  " })).toBe("2001:db8::1");
  });

  it("falls back to x-real-ip, then to 'unknown'", () => {
    expect(clientIp({ "x-real-ip": " 198.51.100.4 " })).toBe("198.51.100.4");
    expect(clientIp({ "x-forwarded-for": "", "x-real-ip": "198.51.100.4" })).toBe("198.51.100.4");
    expect(clientIp({ "x-forwarded-for": " , 10.0.0.1" })).toBe("unknown");
    expect(clientIp({})).toBe("unknown");
    expect(clientIp(undefined)).toBe("unknown");
  });

  it("accepts Node-style repeated headers and ignores non-strings", () => {
    expect(clientIp({ "x-forwarded-for": ["192.0.2.1, 10.0.0.1", "192.0.2.2"] })).toBe("192.0.2.1");
    expect(clientIp({ "x-forwarded-for": 42, "x-real-ip": ["192.0.2.3"] })).toBe("192.0.2.3");
  });

  it("bounds what a forged header can make us store", () => {
    expect(clientIp({ "x-forwarded-for": "x".repeat(10_000) })).toHaveLength(64);
  });
});
