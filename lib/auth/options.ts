/**
 * next-auth 4: credentials sign-in, JWT sessions. The token carries the user id (and, for the UI,
 * role and departments, and the password's session epoch); the server re-reads the user on every
 * request (lib/auth/guards.ts), so a disabled account, a changed role or a reset password takes
 * effect at once.
 */
import type { NextAuthOptions, User } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { getDb, type Executor } from "../../db";
import {
  beginSignInAttempt,
  markSignInAttemptSucceeded,
  pruneSignInAttempts,
} from "../../db/queries/sign-in-attempts";
import { findActiveUserByUsername, loadSessionUser } from "../../db/queries/users";
import { verifyPassword } from "./password";
import { clientIp, decideSignIn, RATE_LIMITED, shouldPrune, SIGN_IN_POLICY } from "./rate-limit";
import { authSecret } from "./secret";

const credentialsSchema = z.object({
  username: z.string().trim().min(1).max(100),
  password: z.string().min(1).max(200),
});

/**
 * The credentials check, rate limited per account and per address (lib/auth/rate-limit.ts).
 * Every attempt is recorded; a refused one never reaches the password check. Throwing makes
 * next-auth answer 401 with the message as `error`, which the login form tells apart from null.
 */
export async function authorizeCredentials(
  db: Executor,
  raw: unknown,
  headers: Record<string, unknown> | undefined,
): Promise<User | null> {
  const parsed = credentialsSchema.safeParse(raw);
  if (!parsed.success) return null;
  const { username, password } = parsed.data;
  const attempt = await beginSignInAttempt(db, { username, ip: clientIp(headers) }, SIGN_IN_POLICY.windowMs);
  await pruneNow(db);
  if (!decideSignIn(attempt.failures).allowed) throw new Error(RATE_LIMITED);

  const user = await findActiveUserByUsername(db, username);
  if (!user || !(await verifyPassword(password, user.passwordHash))) return null;
  const sessionUser = await loadSessionUser(db, user.id);
  if (!sessionUser) return null;
  await markSignInAttemptSucceeded(db, attempt.id);
  return {
    id: String(user.id),
    name: user.displayName,
    userId: user.id,
    role: sessionUser.role,
    departmentIds: sessionUser.departmentIds,
    sessionEpoch: user.sessionEpoch,
  };
}

/** Now and then, so the table stays small without a scheduled job; a failure must not block sign-in. */
async function pruneNow(db: Executor) {
  if (!shouldPrune(Math.random())) return;
  try {
    await pruneSignInAttempts(db, SIGN_IN_POLICY.retentionMs);
  } catch (error) {
    console.error("pruning sign-in attempts failed", error);
  }
}

export function authOptions(): NextAuthOptions {
  return {
    secret: authSecret(),
    session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
    pages: { signIn: "/login" },
    providers: [
      CredentialsProvider({
        name: "账号密码",
        credentials: { username: { label: "用户名" }, password: { label: "密码", type: "password" } },
        async authorize(raw, req) {
          return authorizeCredentials(await getDb(), raw, req.headers);
        },
      }),
    ],
    callbacks: {
      async jwt({ token, user }) {
        if (user) {
          token.userId = user.userId;
          token.role = user.role;
          token.departmentIds = user.departmentIds;
          token.sessionEpoch = user.sessionEpoch;
        }
        return token;
      },
      async session({ session, token }) {
        if (token.userId === undefined || token.role === undefined) return session;
        return {
          ...session,
          userId: token.userId,
          role: token.role,
          departmentIds: token.departmentIds ?? [],
          sessionEpoch: token.sessionEpoch ?? 0,
        };
      },
    },
  };
}
