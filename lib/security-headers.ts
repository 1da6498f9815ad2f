/**
 * The security headers sent with every response (next.config.ts `headers()`). Kept free of
 * imports and of TypeScript-only runtime syntax: next.config.ts loads this file before the app
 * is compiled.
 */

export interface SecurityHeaderOptions {
  /** `next dev`: React's development build evaluates code for its debugging aids. */
  development: boolean;
}

export interface Header {
  key: string;
  value: string;
}

export function contentSecurityPolicy({ development }: SecurityHeaderOptions): string {
  const directives: [string, string[]][] = [
    ["default-src", ["'self'"]],
    // 'unsafe-inline': the App Router streams its bootstrap and RSC payload as inline <script>s.
    // Without it every page breaks; the alternative is a per-request nonce set in the proxy,
    // which makes every page dynamic. 'unsafe-eval' only for development (React's dev tools).
    ["script-src", ["'self'", "'unsafe-inline'", ...(development ? ["'unsafe-eval'"] : [])]],
    // Inline style attributes: React style props, the charts' SVG.
    ["style-src", ["'self'", "'unsafe-inline'"]],
    ["img-src", ["'self'", "data:", "blob:"]],
    ["font-src", ["'self'", "data:"]],
    ["connect-src", ["'self'"]],
    ["object-src", ["'none'"]],
    ["base-uri", ["'self'"]],
    ["form-action", ["'self'"]],
    ["frame-ancestors", ["'none'"]],
  ];
  return directives.map(([name, sources]) => `${name} ${sources.join(" ")}`).join("; ");
}

export function securityHeaders(options: SecurityHeaderOptions): Header[] {
  return [
    { key: "Content-Security-Policy", value: contentSecurityPolicy(options) },
    // frame-ancestors does the same for current browsers; this is for older ones.
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  ];
}
