/**
 * Chinese public addresses are unprefixed ("/", "/departments/434"); their routes are under
 * app/[locale]/ as /zh/…. These rewrites (next.config.ts, after the cached routes' own rules in
 * lib/cached-routes.ts, which send a Chinese address to its /zh cached route directly) route every
 * other unprefixed public address to /zh/…. English addresses (/en/…) need none.
 *
 * Why rewrites here and not next-intl's middleware rewrite: Next 16.4 treats a proxy.ts rewrite as
 * an external URL when the server is started with an explicit loopback host (`next start -H
 * 127.0.0.1`, as behind nginx), proxies the request to itself and loops (vercel/next.js#94745).
 * Rewrites in next.config.ts are resolved inside the router and are not affected.
 */
import type { Rewrite } from "../compare/cached-view";

/** First segments of the workspace's addresses (signed-in users only: proxy.ts sends others to sign-in). */
export const WORKSPACE_SEGMENTS = ["workspace", "edit", "review", "admin", "account", "inbox"];
/** First segments of addresses that are no public page: the workspace, sign-in, the API, Next's files. */
export const NOT_PUBLIC_SEGMENTS = [...WORKSPACE_SEGMENTS, "login", "api", "_next"];
/** …and of those that are no Chinese public page: also the languages and the site's files. */
const NOT_CHINESE_PAGE = ["en", "zh", ...NOT_PUBLIC_SEGMENTS, "sitemaps", "sitemap\\.xml", "robots\\.txt", "icon\\.svg", "favicon\\.ico"];

export function chineseRouteRewrites(): Rewrite[] {
  return [
    { source: "/", destination: "/zh" },
    { source: `/:first((?!(?:${NOT_CHINESE_PAGE.join("|")})(?:/|$))[^/]+)/:rest*`, destination: "/zh/:first/:rest*" },
  ];
}
