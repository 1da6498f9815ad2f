import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { cachedRouteRewrites } from "./lib/cached-routes";
import { chineseRouteRewrites } from "./lib/i18n/chinese-routes";
import { SERVER_ACTION_BODY_LIMIT_BYTES } from "./lib/excel/limits";
import { securityHeaders } from "./lib/security-headers";

// The one read of process.env outside lib/env.ts: this file runs in Node before the app exists,
// and Next itself sets NODE_ENV ("development" under `next dev`, "production" under
// `next build`/`next start`), so it is not configuration. lib/env.ts would also bring zod and
// its side effects into config loading.
const development = process.env.NODE_ENV === "development";

const nextConfig: NextConfig = {
  // PGlite ships its own wasm and data files; bundling it breaks `next build` (stack-notes §1).
  serverExternalPackages: ["@electric-sql/pglite"],
  poweredByHeader: false,
  // Cached public pages (disclosures, departments, comparisons — one entry per state a visitor
  // asks for) and API answers: with REDIS_URL in Redis, shared by every instance; otherwise in
  // this process's memory, least recently used first out, never written to disk (the comparison's
  // states are unbounded, and a cache on disk could be filled by anyone). Either way each kept
  // page records the hashes of its inline scripts (why: lib/security-headers.ts). Loaded by path
  // at run time, hence plain JavaScript: lib/csp-cache-handler.mjs.
  cacheMaxMemorySize: 256 * 1024 * 1024,
  cacheHandler: require.resolve("./lib/csp-cache-handler.mjs"),
  // Root layouts for the public pages (app/[locale]/) and for the workspace: unmatched
  // addresses need a not-found page of their own (app/global-not-found.tsx).
  // Server actions carry workbook uploads: Next's default 1 MB would refuse a 1–5 MB workbook
  // before the portal's own check could answer it (lib/excel/limits.ts).
  experimental: { isrFlushToDisk: false, globalNotFound: true, serverActions: { bodySizeLimit: SERVER_ACTION_BODY_LIMIT_BYTES } },
  // The home page and comparison addresses are answered by their cached routes (lib/cached-routes.ts);
  // other Chinese addresses by their /zh route (lib/i18n/chinese-routes.ts).
  async rewrites() {
    return { beforeFiles: [...cachedRouteRewrites(), ...chineseRouteRewrites()], afterFiles: [], fallback: [] };
  },
  // Every response; pages replace the Content-Security-Policy with their own (proxy.ts).
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders({ development }) }];
  },
};

// next-intl's request configuration: the locale and messages of a public page (locale routing: proxy.ts).
export default createNextIntlPlugin("./components/site/i18n-request.ts")(nextConfig);
