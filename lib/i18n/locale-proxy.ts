/**
 * The locale routing of the public pages, for proxy.ts (why and how: ./routing.ts). Kept apart from
 * ./routing.ts so that pages importing the routing do not import the middleware.
 */
import createMiddleware from "next-intl/middleware";
import { NextRequest, NextResponse } from "next/server";
import { NOT_PUBLIC_SEGMENTS } from "./chinese-routes";
import { routing } from "./routing";

const localeMiddleware = createMiddleware(routing);

/** Addresses that are no public page: the workspace, sign-in, the API and Next's own files. */
const NOT_PUBLIC = new RegExp(`^/(?:${NOT_PUBLIC_SEGMENTS.join("|")})(?:/|$)`);

export function isPublicPath(pathname: string): boolean {
  return !NOT_PUBLIC.test(pathname);
}

/**
 * The locale routing of a public page: a redirect of a spelled-out default language (/zh/x → /x),
 * or the request passed on with `headers` — proxy.ts's, with the Content-Security-Policy that
 * carries the nonce (Next reads it from the request) and next-intl's locale header. Null for
 * anything that is not a public page (and for an address that cannot be decoded, which Next
 * answers with 400 itself).
 *
 * next-intl answers an unprefixed (Chinese) address with a rewrite to /zh/…; that rewrite is not
 * sent: under `next start -H 127.0.0.1` Next 16.4 would proxy it to itself and loop
 * (./chinese-routes.ts, which does the same routing as rewrites in next.config.ts).
 */
export function publicPageRouting(request: NextRequest, headers: Headers): NextResponse | null {
  const { pathname } = request.nextUrl;
  if (!isPublicPath(pathname)) return null;
  try {
    decodeURI(pathname);
  } catch {
    return null;
  }
  const routed = localeMiddleware(new NextRequest(request.url, { headers, method: request.method }));
  if (!routed.headers.has("x-middleware-rewrite")) return routed;
  const passed = new Headers(headers);
  passed.set("x-next-intl-locale", routing.defaultLocale);
  return NextResponse.next({ request: { headers: passed } });
}
