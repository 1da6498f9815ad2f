/**
 * The server's view of who is asking. Pages call requireUser(); every server action and route
 * handler calls getCurrentUser() or requireUser() and then asks lib/auth/permissions.ts.
 */
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { getDb } from "../../db";
import { loadSessionUser } from "../../db/queries/users";
import { authOptions } from "./options";
import type { SessionUser } from "./permissions";

export async function getCurrentUser(): Promise<SessionUser | null> {
  const session = await getServerSession(authOptions());
  if (typeof session?.userId !== "number") return null;
  // A session from before the last password reset ends here; one from before this check existed had epoch 0.
  return loadSessionUser(await getDb(), session.userId, session.sessionEpoch ?? 0);
}

/** For pages: the signed-in user, or a redirect to sign-in that comes back here. */
export async function requireUser(returnTo: string): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/login?callbackUrl=${encodeURIComponent(returnTo)}`);
  return user;
}
