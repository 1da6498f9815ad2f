import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, securityHeaders } from "./security-headers";

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp.split(";").map((part) => {
      const [name, ...sources] = part.trim().split(/\s+/);
      return [name!, sources];
    }),
  );
}

describe("security headers", () => {
  it("builds the production content security policy", () => {
    const csp = directives(contentSecurityPolicy({ development: false }));
    expect(Object.fromEntries(csp)).toEqual({
      "default-src": ["'self'"],
      "script-src": ["'self'", "'unsafe-inline'"],
      "style-src": ["'self'", "'unsafe-inline'"],
      "img-src": ["'self'", "data:", "blob:"],
      "font-src": ["'self'", "data:"],
      "connect-src": ["'self'"],
      "object-src": ["'none'"],
      "base-uri": ["'self'"],
      "form-action": ["'self'"],
      "frame-ancestors": ["'none'"],
    });
  });

  it("allows eval in development only", () => {
    expect(directives(contentSecurityPolicy({ development: true })).get("script-src")).toEqual([
      "'self'",
      "'unsafe-inline'",
      "'unsafe-eval'",
    ]);
    expect(contentSecurityPolicy({ development: false })).not.toContain("unsafe-eval");
    const devCsp = directives(contentSecurityPolicy({ development: true }));
    devCsp.delete("script-src");
    const prodCsp = directives(contentSecurityPolicy({ development: false }));
    prodCsp.delete("script-src");
    expect(devCsp).toEqual(prodCsp);
  });

  it("sends the CSP and the other headers, each once", () => {
    const headers = securityHeaders({ development: false });
    const byKey = Object.fromEntries(headers.map((h) => [h.key, h.value]));
    expect(headers).toHaveLength(new Set(headers.map((h) => h.key.toLowerCase())).size);
    expect(byKey).toEqual({
      "Content-Security-Policy": contentSecurityPolicy({ development: false }),
      "X-Frame-Options": "DENY",
      "Referrer-Policy": "strict-origin-when-cross-origin",
      "X-Content-Type-Options": "nosniff",
      "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
      "Cross-Origin-Opener-Policy": "same-origin",
    });
  });

  it("puts nothing in a header value that would break the header", () => {
    for (const development of [true, false]) {
      for (const { value } of securityHeaders({ development })) {
        expect(value).not.toMatch(/[\r\n]/);
        expect(value.trim()).toBe(value);
      }
    }
  });
});
