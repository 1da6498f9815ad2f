import { describe, expect, it } from "vitest";
import { appendForwardedFor, clientIp, normalizeAddress } from "./client-ip";

/** What the request hook (lib/server-hooks.ts) hands Next: the client's header (if any) with the socket's address appended. */
function viaServer(clientHeader: string | undefined, socket: string) {
  return { "x-forwarded-for": appendForwardedFor(clientHeader, socket) };
}

describe("clientIp with no trusted proxy (TRUSTED_PROXIES=0): the socket's address", () => {
  it("ignores whatever the client writes into X-Forwarded-For", () => {
    expect(clientIp(viaServer(undefined, "198.51.100.7"), 0)).toBe("198.51.100.7");
    // Rotating the header (to dodge the per-address limit) changes nothing...
    for (const forged of ["203.0.113.1", "203.0.113.2, 10.0.0.1", "garbage", ""]) {
      expect(clientIp(viaServer(forged, "198.51.100.7"), 0)).toBe("198.51.100.7");
    }
    // ...and forging someone else's address does not charge them with our failures.
    expect(clientIp(viaServer("192.0.2.55", "198.51.100.7"), 0)).not.toBe("192.0.2.55");
  });

  it("ignores X-Real-IP, which any client can send", () => {
    expect(clientIp({ "x-real-ip": "192.0.2.3", ...viaServer(undefined, "198.51.100.7") }, 0)).toBe("198.51.100.7");
    expect(clientIp({ "x-real-ip": "192.0.2.3" }, 0)).toBe("unknown");
  });
});

describe("clientIp behind trusted proxies", () => {
  it("takes the entry that many hops from the right", () => {
    // client → proxy A (appends client) → portal (its request hook appends A's address)
    const oneProxy = viaServer("203.0.113.9", "10.0.0.2");
    expect(clientIp(oneProxy, 1)).toBe("203.0.113.9");
    // A client that forges an entry stays to the left of what the trusted proxy appended.
    expect(clientIp(viaServer("192.0.2.55, 203.0.113.9", "10.0.0.2"), 1)).toBe("203.0.113.9");
    expect(clientIp(viaServer("192.0.2.55, 203.0.113.9, 10.0.0.1", "10.0.0.2"), 2)).toBe("203.0.113.9");
  });

  it("gives the leftmost entry when the chain is shorter than the hops (a request that bypassed a proxy)", () => {
    expect(clientIp(viaServer(undefined, "198.51.100.7"), 2)).toBe("198.51.100.7");
  });

  it("reads Headers objects and Node-style repeated headers alike", () => {
    expect(clientIp(new Headers({ "x-forwarded-for": "203.0.113.9, 10.0.0.2" }), 1)).toBe("203.0.113.9");
    expect(clientIp({ "x-forwarded-for": ["192.0.2.1, 203.0.113.9", "10.0.0.2"] }, 1)).toBe("203.0.113.9");
    expect(clientIp({ "x-forwarded-for": 42 }, 0)).toBe("unknown");
    expect(clientIp(undefined, 0)).toBe("unknown");
  });

  it("stores only addresses: a garbled or oversized entry is 'unknown'", () => {
    expect(clientIp({ "x-forwarded-for": "x".repeat(10_000) }, 0)).toBe("unknown");
    expect(clientIp({ "x-forwarded-for": "203.0.113.9, <script>" }, 0)).toBe("unknown");
  });
});

describe("normalizeAddress", () => {
  it("unwraps IPv4-mapped IPv6 and drops ports", () => {
    expect(normalizeAddress("::ffff:127.0.0.1")).toBe("127.0.0.1");
    expect(normalizeAddress(" 2001:DB8::1 ")).toBe("2001:db8::1");
    expect(normalizeAddress("[2001:db8::1]:443")).toBe("2001:db8::1");
    expect(normalizeAddress("192.0.2.1:8080")).toBe("192.0.2.1");
    expect(normalizeAddress("unknown")).toBeNull();
  });
});
