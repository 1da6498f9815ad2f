import { describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { isPublicPath, publicPageRouting } from "./locale-proxy";

const POLICY = "default-src 'self'; script-src 'nonce-abc'";

function route(path: string, requestHeaders: Record<string, string> = {}) {
  const request = new NextRequest(`http://localhost:3000${path}`, { headers: requestHeaders });
  const headers = new Headers(request.headers);
  headers.set("content-security-policy", POLICY);
  return publicPageRouting(request, headers);
}

describe("publicPageRouting", () => {
  it("passes public pages on with the nonce's policy in the request headers Next reads, never rewriting or setting a cookie", () => {
    for (const path of ["/", "/years?measure=basic", "/en", "/en/departments/434/2018"]) {
      const response = route(path, { "accept-language": "en-US,en;q=0.9" })!;
      expect(response.headers.get("x-middleware-next"), path).toBe("1");
      expect(response.headers.get("x-middleware-rewrite"), path).toBeNull();
      expect(response.headers.get("x-middleware-request-content-security-policy"), path).toBe(POLICY);
      expect(response.headers.get("set-cookie"), path).toBeNull();
      expect(response.headers.get("location"), path).toBeNull();
    }
  });

  it("sends a spelled-out Chinese prefix to the unprefixed address, query kept", () => {
    const response = route("/zh/years/2018?measure=basic")!;
    expect(response.status).toBe(307);
    expect(new URL(response.headers.get("location")!).pathname + new URL(response.headers.get("location")!).search).toBe("/years/2018?measure=basic");
  });

  it("leaves the workspace, sign-in and the API to proxy.ts", () => {
    for (const path of ["/edit/1", "/review", "/admin", "/account", "/inbox", "/workspace", "/login", "/api/v1/years", "/_next/static/a.js"]) {
      expect(isPublicPath(path), path).toBe(false);
      expect(route(path), path).toBeNull();
    }
    expect(isPublicPath("/editorial")).toBe(true);
  });
});
