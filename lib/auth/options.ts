/**
 * next-auth 4: credentials sign-in, JWT sessions. The token carries the user id (and, for the UI,
 * role and departments); the server re-reads the user on every request (lib/auth/guards.ts), so a
 * disabled account or a changed role takes effect at once.
 */
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { getDb } from "../../db";
import { findActiveUserByUsername, loadSessionUser } from "../../db/queries/users";
import { verifyPassword } from "./password";
import { authSecret } from "./secret";

const credentialsSchema = z.object({
  username: z.string().trim().min(1).max(100),
  password: z.string().min(1).max(200),
});

export function authOptions(): NextAuthOptions {
  return {
    secret: authSecret(),
    session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
    pages: { signIn: "/login" },
    providers: [
      CredentialsProvider({
        name: "账号密码",
        credentials: { username: { label: "用户名" }, password: { label: "密码", type: "password" } },
        async authorize(raw) {
          const parsed = credentialsSchema.safeParse(raw);
          if (!parsed.success) return null;
          const db = await getDb();
          const user = await findActiveUserByUsername(db, parsed.data.username);
          if (!user || !(await verifyPassword(parsed.data.password, user.passwordHash))) return null;
          const sessionUser = await loadSessionUser(db, user.id);
          if (!sessionUser) return null;
          return {
            id: String(user.id),
            name: user.displayName,
            userId: user.id,
            role: sessionUser.role,
            departmentIds: sessionUser.departmentIds,
          };
        },
      }),
    ],
    callbacks: {
      async jwt({ token, user }) {
        if (user) {
          token.userId = user.userId;
          token.role = user.role;
          token.departmentIds = user.departmentIds;
        }
        return token;
      },
      async session({ session, token }) {
        if (token.userId === undefined || token.role === undefined) return session;
        return { ...session, userId: token.userId, role: token.role, departmentIds: token.departmentIds ?? [] };
      },
    },
  };
}
