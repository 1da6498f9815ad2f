import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, nonceSource, securityHeaders } from "./security-headers";

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
      "script-src": ["'self'"],
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
    expect(directives(contentSecurityPolicy({ development: true })).get("script-src")).toEqual(["'self'", "'unsafe-eval'"]);
    expect(contentSecurityPolicy({ development: false })).not.toContain("unsafe-eval");
    const devCsp = directives(contentSecurityPolicy({ development: true }));
    devCsp.delete("script-src");
    const prodCsp = directives(contentSecurityPolicy({ development: false }));
    prodCsp.delete("script-src");
    expect(devCsp).toEqual(prodCsp);
  });

  it("allows inline scripts only by the nonce or hashes given, never by 'unsafe-inline'", () => {
    const nonce = contentSecurityPolicy({ development: false, scriptSources: [nonceSource("q83vEk+Zn/ab_-Yx")] });
    expect(directives(nonce).get("script-src")).toEqual(["'self'", "'nonce-q83vEk+Zn/ab_-Yx'"]);
    const hashes = ["'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='", "'sha256-RFWPLDbv2BY+rCkDzsE+0fr8ylGr2R2faWMhq4lfEQc='"];
    expect(directives(contentSecurityPolicy({ development: false, scriptSources: hashes })).get("script-src")).toEqual(["'self'", ...hashes]);
    for (const development of [true, false]) {
      for (const scriptSources of [[], hashes, [nonceSource("abc")]]) {
        expect(directives(contentSecurityPolicy({ development, scriptSources })).get("script-src")).not.toContain("'unsafe-inline'");
      }
    }
    // Styles keep 'unsafe-inline' (React style props, the charts' SVG); a style runs no code.
    expect(directives(nonce).get("style-src")).toEqual(["'self'", "'unsafe-inline'"]);
  });

  it("refuses a script source that is neither a nonce nor a hash, or a nonce that would break the header", () => {
    expect(() => contentSecurityPolicy({ development: false, scriptSources: ["'unsafe-inline'"] })).toThrow();
    expect(() => contentSecurityPolicy({ development: false, scriptSources: ["https://evil.example"] })).toThrow();
    expect(() => nonceSource("a'; script-src *")).toThrow();
    expect(() => nonceSource("")).toThrow();
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
