/**
 * The server's view of who is asking. Pages call requireUser(); every server action and route
 * handler calls getCurrentUser() or requireUser() and then asks lib/auth/permissions.ts.
 */
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { getDb } from "../../db";
import { checkSession } from "../../db/queries/sessions";
import { loadSessionUser } from "../../db/queries/users";
import { authOptions } from "./options";
import type { SessionUser } from "./permissions";
import { SESSION_POLICY } from "./session-policy";

/**
 * The signed-in user and their session, or null. The token alone is not enough: its session row
 * must be live (not signed out, ended, or ended by a password change; not idle for 30 minutes;
 * not older than 8 hours — lib/auth/session-policy.ts). A token from before sessions existed has
 * no session id and is refused.
 */
export async function getCurrentSession(): Promise<{ user: SessionUser; sessionId: string } | null> {
  const session = await getServerSession(authOptions());
  if (typeof session?.userId !== "number" || typeof session.sessionId !== "string") return null;
  const db = await getDb();
  const live = await checkSession(db, session.sessionId, SESSION_POLICY);
  if (!live || live.userId !== session.userId) return null;
  const user = await loadSessionUser(db, live.userId);
  return user ? { user, sessionId: session.sessionId } : null;
}

export async function getCurrentUser(): Promise<SessionUser | null> {
  return (await getCurrentSession())?.user ?? null;
}

/** For pages: the signed-in user, or a redirect to sign-in that comes back here. */
export async function requireUser(returnTo: string): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/login?callbackUrl=${encodeURIComponent(returnTo)}`);
  return user;
}
