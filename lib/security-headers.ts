/**
 * The security headers sent with every response (next.config.ts `headers()`), and the Content
 * Security Policy of each page. Kept free of imports and of TypeScript-only runtime syntax:
 * next.config.ts loads this file before the app is compiled.
 *
 * Scripts: no 'unsafe-inline', on every page. The App Router streams its bootstrap and the RSC
 * payload as inline <script>s (self.__next_f.push), so each page's policy names its own inline
 * scripts, in one of two ways:
 *
 * - Pages rendered per request (workspace, sign-in, searches, anything not cached): a nonce, fresh
 *   for every response. proxy.ts puts `'nonce-…'` in the request's Content-Security-Policy header,
 *   Next reads it there and writes it on each of its <script> tags, and the same policy goes out
 *   with the response.
 * - Cached public pages (Next's incremental cache, in memory or in Redis): the hashes of the
 *   page's own inline scripts. The cache handler (lib/csp-cache-handler.mjs) computes them once,
 *   when Next keeps the page — only for the scripts carrying the nonce the page was rendered with,
 *   so a script injected into the content is never hashed — and the portal's response hook
 *   (lib/server-hooks.ts) sends them instead of the request's nonce policy. The pages stay
 *   cached: nothing is rendered per request, one copy serves every visitor and every instance.
 *
 * Why not the alternatives (Next 16.4, read in node_modules/next): 'unsafe-inline' allows any
 * injected <script>. `experimental.sri` only adds integrity attributes to the external chunks
 * (app-render/required-scripts.ts); the inline payload stays uncovered. A nonce on a cached page
 * fails: Next serves the kept HTML as rendered, whatever nonce the request carries, so a nonce
 * alone would mean rendering every public page per request; and replacing the kept nonce per request in the
 * cache handler does not hold either — Next answers concurrent requests for one page from a
 * single cache read (response-cache getBatcher), so all but one would get another's nonce.
 *
 * Why a response hook rather than the cache entry's own headers: Next appends a kept entry's
 * headers to those proxy.ts and next.config.ts already set (app-page-runtime.js, `appendHeader`),
 * and two policies are both enforced, so the nonce policy would still refuse the kept scripts.
 * Without the hook (a server that did not run instrumentation.ts) a cached page keeps the
 * request's nonce policy and its scripts are refused: closed, not open.
 * A shared cache in front (nginx, a CDN) must keep the hash-based answers only — a kept nonce
 * would be repeated to every visitor: deploy/nginx.conf caches no answer whose policy holds one.
 *
 * 'strict-dynamic' is not used: hash-allowed pages carry no valid nonce for the external chunks,
 * and 'self' serves only the portal's own build output (uploads are downloads, never served as
 * script; nosniff). Styles keep 'unsafe-inline': React style props and the charts' SVG set inline
 * styles (style attributes cannot carry a nonce), and a style runs no code.
 */

export interface SecurityHeaderOptions {
  /** `next dev`: React's development build evaluates code for its debugging aids. */
  development: boolean;
  /**
   * What allows this page's inline scripts: `'nonce-…'` (nonceSource) or `'sha256-…'` sources.
   * None: no inline script runs (responses that are not pages, or have no inline script).
   */
  scriptSources?: readonly string[];
}

export interface Header {
  key: string;
  value: string;
}

/** Base64, as CSP and Next's own nonce reader (get-script-nonce-from-header.ts) accept it. */
const NONCE = /^[A-Za-z0-9+/_-]+={0,2}$/;
const HASH = /^'sha(256|384|512)-[A-Za-z0-9+/]+={0,2}'$/;

export function nonceSource(nonce: string): string {
  if (!NONCE.test(nonce)) throw new Error(`invalid CSP nonce: ${nonce}`);
  return `'nonce-${nonce}'`;
}

export function contentSecurityPolicy({ development, scriptSources = [] }: SecurityHeaderOptions): string {
  for (const source of scriptSources) {
    if (!HASH.test(source) && !/^'nonce-[A-Za-z0-9+/_-]+={0,2}'$/.test(source)) throw new Error(`not a nonce or hash source: ${source}`);
  }
  const directives: [string, string[]][] = [
    ["default-src", ["'self'"]],
    // Inline scripts only by nonce or hash (see above). 'unsafe-eval' only for `next dev`.
    ["script-src", ["'self'", ...scriptSources, ...(development ? ["'unsafe-eval'"] : [])]],
    // Inline style attributes: React style props, the charts' SVG (see above).
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

/**
 * For every response (next.config.ts, the 400 page of lib/server-hooks.ts). Its policy allows no
 * inline script: pages get their own from proxy.ts (nonce) or lib/server-hooks.ts (hashes), which replaces it.
 */
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
