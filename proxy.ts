/**
 * Three jobs, in this order:
 *
 * 1. Server-action requests that Next would answer with a 500 (a foreign Origin, a body over the
 *    limit, a body React cannot decode) get a 4xx with a Chinese message (lib/action-request.ts).
 * 2. Content Security Policy (every page): a fresh nonce per request, in the request's
 *    Content-Security-Policy header (Next reads it there and writes it on its <script> tags) and
 *    in the response's policy. A page Next answers from its cache gets the hashes of its scripts
 *    instead (lib/server-hooks.ts). Why: lib/security-headers.ts.
 * 3. Sends anonymous visitors of the workspace to sign-in (WORKSPACE_PATHS). This is a
 *    convenience, not the security boundary: every workspace page calls requireUser() and every
 *    action re-checks role and department (lib/auth/).
 *
 * Public pages are also routed to their language (app/[locale]/: / → /zh, /en/… stays), by
 * next-intl's middleware (lib/i18n/locale-proxy.ts), on the request carrying the nonce; to an
 * anonymous visitor they are marked cacheable by shared caches for a second
 * (PUBLIC_PAGE_CACHE_CONTROL, lib/http.ts).
 */
import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";
import { refuseMalformedAction } from "./lib/action-request";
import { hasSessionCookie, PUBLIC_PAGE_CACHE_CONTROL } from "./lib/http";
import { authSecret } from "./lib/auth/secret";
import { WORKSPACE_SEGMENTS } from "./lib/i18n/chinese-routes";
import { publicPageRouting } from "./lib/i18n/locale-proxy";
import { contentSecurityPolicy, nonceSource } from "./lib/security-headers";

const WORKSPACE_PATHS = new RegExp(`^/(?:${WORKSPACE_SEGMENTS.join("|")})(?:/|$)`);

// The one read of process.env here, as in next.config.ts: Next itself sets NODE_ENV
// ("development" under `next dev`), it is not configuration.
const development = process.env.NODE_ENV === "development";

export async function proxy(request: NextRequest) {
  const refusal = await refuseMalformedAction(request);
  if (refusal) return refusal;

  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(18))).toString("base64");
  const policy = contentSecurityPolicy({ development, scriptSources: [nonceSource(nonce)] });

  if (WORKSPACE_PATHS.test(request.nextUrl.pathname)) {
    const redirect = await signInRedirect(request);
    if (redirect) return redirect;
  }
  const headers = new Headers(request.headers);
  headers.set("content-security-policy", policy);
  // Public pages: the rewrite to their language's route (lib/i18n/locale-proxy.ts), with these headers.
  const routed = publicPageRouting(request, headers);
  const response = routed ?? NextResponse.next({ request: { headers } });
  response.headers.set("content-security-policy", policy);
  if (routed && isAnonymousRead(request)) response.headers.set("cache-control", PUBLIC_PAGE_CACHE_CONTROL);
  return response;
}

/** A GET or HEAD of a page by a visitor who is not signed in, and no server action. */
function isAnonymousRead(request: NextRequest): boolean {
  return (request.method === "GET" || request.method === "HEAD") && !request.headers.has("next-action") && !hasSessionCookie(request.cookies.getAll().map((c) => c.name));
}

async function signInRedirect(request: NextRequest): Promise<NextResponse | null> {
  // Server actions (POST) answer for themselves with a "signed out" result the editor can show.
  if (request.method !== "GET" && request.method !== "HEAD") return null;
  const token = await getToken({ req: request, secret: authSecret() });
  if (token) return null;
  const login = new URL("/login", request.url);
  login.searchParams.set("callbackUrl", request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.redirect(login);
}

export const config = {
  matcher: [
    // Every page (CSP); not the build's static files, the API's JSON and files, or the icons and
    // sitemaps, which are no HTML pages. WORKSPACE_PATHS above decides where sign-in is required.
    "/((?!_next/static|_next/image|api/|icon\\.svg|favicon\\.ico|robots\\.txt|sitemap\\.xml|sitemaps/).*)",
    // Any address can be posted a server action, and Next reads any multipart POST as a possible one.
    { source: "/:path*", has: [{ type: "header", key: "next-action" }] },
    { source: "/:path*", has: [{ type: "header", key: "content-type", value: "multipart/form-data.*" }] },
  ],
};
