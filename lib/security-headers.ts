/**
 * The security headers sent with every response (next.config.ts `headers()`), and the Content
 * Security Policy of each page. Kept free of imports and of TypeScript-only runtime syntax:
 * next.config.ts loads this file before the app is compiled.
 *
 * Scripts: no 'unsafe-inline', on every page. The App Router streams its bootstrap and the RSC
 * payload as inline <script>s (self.__next_f.push), so each page's policy names its own inline
 * scripts, in one of two ways:
 *
 * - A nonce, fresh for every response, for every page Next answers (proxy.ts): proxy.ts puts
 *   `'nonce-…'` in the request's Content-Security-Policy header, Next reads it there and writes it
 *   on each of its <script> tags, and the same policy goes out with the response. Workspace and
 *   sign-in pages are rendered per request anyway. The cached public pages stay cached: Next keeps
 *   the HTML of their first render (with that render's nonce), and the portal's cache handler
 *   (lib/csp-cache-handler.mjs) replaces the kept nonce by the request's own when Next serves the
 *   copy — a string replacement, not a render. Pages prerendered by `next build` (/about,
 *   /open-data: no database at build, so nothing but the portal's own code) get the request's
 *   nonce written on their <script> tags the same way.
 * - Hashes (`'sha256-…'` of each inline script, lib/csp-hashes.ts) for the pages the portal's
 *   server answers from its compressed copies (lib/public-page-cache.ts): one copy goes to many
 *   visitors, and a nonce repeated across responses would be no nonce; the hashes are computed
 *   once, when the copy is made, and change exactly when the page does.
 *
 * Why not the alternatives: 'unsafe-inline' allows any injected <script>; `experimental.sri` in
 * Next 16 only adds integrity attributes to the external chunks (required-scripts.ts), the inline
 * RSC payload stays uncovered; hashes in Next's own answers would need the whole page before its
 * headers (no streaming), and a nonce alone would make every public page render per request. Next
 * serves an ISR page's kept HTML as is, whatever nonce the request carries (app-page.ts), hence the
 * cache handler. A shared cache in front (nginx, a CDN; issue 14) would repeat one nonce for as
 * long as it keeps a page: such a cache should keep the hash-based header instead (as
 * lib/public-page-cache.ts does), or not keep HTML.
 *
 * 'strict-dynamic' is not used: the hash-based copies carry no nonce for the external chunks, and
 * 'self' serves only the portal's own build output (uploads are downloads, never served as script;
 * nosniff). Styles keep 'unsafe-inline': React style props and the charts' SVG set inline styles
 * (style attributes cannot carry a nonce); a style cannot run code.
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
 * For every response (next.config.ts, server.ts's own pages). Its policy allows no inline script:
 * pages get their own policy from proxy.ts (nonce) or the kept copies (hashes), which replaces it.
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
