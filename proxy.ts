/**
 * Sends anonymous visitors of the workspace to sign-in. This is a convenience, not the security
 * boundary: every workspace page calls requireUser() and every action re-checks role and
 * department (lib/auth/).
 */
import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";
import { refuseMalformedAction } from "./lib/action-request";
import { authSecret } from "./lib/auth/secret";

const WORKSPACE = /^\/(workspace|edit|review|admin|account)(\/|$)/;

export async function proxy(request: NextRequest) {
  // A server action whose origin, size or encoding Next would answer with a 500: a 4xx instead.
  const refusal = await refuseMalformedAction(request);
  if (refusal) return refusal;
  if (!WORKSPACE.test(request.nextUrl.pathname)) return NextResponse.next();
  // Server actions (POST) answer for themselves with a "signed out" result the editor can show.
  if (request.method !== "GET" && request.method !== "HEAD") return NextResponse.next();
  const token = await getToken({ req: request, secret: authSecret() });
  if (token) return NextResponse.next();
  const login = new URL("/login", request.url);
  login.searchParams.set("callbackUrl", request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.redirect(login);
}

export const config = {
  matcher: [
    "/workspace/:path*",
    "/edit/:path*",
    "/review/:path*",
    "/admin/:path*",
    "/account/:path*",
    // Any page can be posted a server action, and Next reads any multipart POST as a possible one.
    { source: "/:path*", has: [{ type: "header", key: "next-action" }] },
    { source: "/:path*", has: [{ type: "header", key: "content-type", value: "multipart/form-data.*" }] },
  ],
};
