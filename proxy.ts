/**
 * Runs before the routes it matches (config.matcher below), for two jobs:
 * - the workspace: sends anonymous visitors to sign-in. This is a convenience, not the security
 *   boundary: every workspace page calls requireUser() and every action re-checks role and
 *   department (lib/auth/);
 * - the comparison: a plain /compare?… address is answered by its cached route
 *   (lib/compare/cached-view.ts); the visitor's address does not change.
 */
import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";
import { authSecret } from "./lib/auth/secret";
import { cachedViewPath } from "./lib/compare/cached-view";

export async function proxy(request: NextRequest) {
  if (request.nextUrl.pathname === "/compare") return comparison(request);
  // Server actions (POST) answer for themselves with a "signed out" result the editor can show.
  if (request.method !== "GET" && request.method !== "HEAD") return NextResponse.next();
  const token = await getToken({ req: request, secret: authSecret() });
  if (token) return NextResponse.next();
  const login = new URL("/login", request.url);
  login.searchParams.set("callbackUrl", request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.redirect(login);
}

function comparison(request: NextRequest) {
  const view = request.method === "GET" || request.method === "HEAD" ? cachedViewPath(request.nextUrl.searchParams) : null;
  if (view === null) return NextResponse.next();
  const target = request.nextUrl.clone();
  target.pathname = view;
  target.search = "";
  return NextResponse.rewrite(target);
}

export const config = { matcher: ["/workspace/:path*", "/edit/:path*", "/review/:path*", "/admin/:path*", "/compare"] };
