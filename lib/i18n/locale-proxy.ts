/**
 * The locale routing of the public pages, for proxy.ts (why and how: ./routing.ts). Kept apart from
 * ./routing.ts so that pages importing the routing do not import the middleware.
 */
import createMiddleware from "next-intl/middleware";
import { NextRequest, type NextResponse } from "next/server";
import { routing } from "./routing";

const localeMiddleware = createMiddleware(routing);

/** Addresses that are no public page: the workspace, sign-in, the API and Next's own files. */
const NOT_PUBLIC = /^\/(?:workspace|edit|review|admin|account|login|api|_next)(?:\/|$)/;

export function isPublicPath(pathname: string): boolean {
  return !NOT_PUBLIC.test(pathname);
}

/**
 * The locale routing of a public page: a rewrite to its [locale] route, or a redirect (/zh/x → /x).
 * `headers` are the request headers Next must see on the rewritten request — proxy.ts's, with the
 * Content-Security-Policy that carries the nonce; next-intl copies the request's headers onto the
 * rewrite. Null for anything that is not a public page (and for an address that cannot be decoded,
 * which Next answers with 400 itself).
 */
export function publicPageRouting(request: NextRequest, headers: Headers): NextResponse | null {
  const { pathname } = request.nextUrl;
  if (!isPublicPath(pathname)) return null;
  try {
    decodeURI(pathname);
  } catch {
    return null;
  }
  return localeMiddleware(new NextRequest(request.url, { headers, method: request.method }));
}
