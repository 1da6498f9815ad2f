/**
 * next-auth 4: credentials sign-in, JWT session tokens backed by server-side sessions. The token
 * carries the session id (and, for the UI, role and departments); the server checks the session
 * row and re-reads the user on every request (lib/auth/guards.ts), so a sign-out, an ended
 * session, a disabled account, a changed role or a new password takes effect at once.
 */
import type { NextAuthOptions, User } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { getDb, type Database } from "../../db";
import { appendAudit } from "../../db/queries/audit";
import { createSession, pruneSessions, revokeSession } from "../../db/queries/sessions";
import {
  beginSignInAttempt,
  countRefusalsThisHour,
  finishSignInAttempt,
  pruneSignInAttempts,
  summarizeRefusals,
  type RefusalSummary,
} from "../../db/queries/sign-in-attempts";
import { findUserByUsername, loadSessionUser } from "../../db/queries/users";
import { clientIp } from "./client-ip";
import { DUMMY_HASH, verifyPassword } from "./password";
import { decideSignIn, planRefusalAudit, rateLimitedMessage, REFUSAL_AUDIT_POLICY, shouldPrune, SIGN_IN_POLICY } from "./rate-limit";
import { safeReturnPath } from "./safe-return-path";
import { authSecret } from "./secret";
import { SESSION_POLICY } from "./session-policy";

const credentialsSchema = z.object({
  username: z.string().trim().min(1).max(100),
  password: z.string().min(1).max(200),
});

type Headers_ = Record<string, unknown> | Headers | undefined;

function userAgentOf(headers: Headers_): string {
  const value = headers instanceof Headers ? headers.get("user-agent") : headers?.["user-agent"];
  return typeof value === "string" ? value : "";
}

/**
 * The credentials check, throttled (lib/auth/rate-limit.ts). Every attempt is recorded for the
 * throttle and audited; a throttled one never reaches the password check. Unknown and disabled
 * accounts take the same path and the same time as a wrong password (a bcrypt check against
 * DUMMY_HASH), so neither the answer nor its timing tells which user names exist. Throwing makes
 * next-auth answer 401 with the message as `error`, which the login form tells apart from null.
 */
export async function authorizeCredentials(db: Database, raw: unknown, headers: Headers_): Promise<User | null> {
  const parsed = credentialsSchema.safeParse(raw);
  if (!parsed.success) return null;
  const { username, password } = parsed.data;
  const ip = clientIp(headers);
  const attempt = await beginSignInAttempt(db, { username, ip }, SIGN_IN_POLICY);
  await pruneNow(db);

  const decision = decideSignIn(attempt.failures);
  const user = await findUserByUsername(db, username);
  /**
   * A refused attempt: its outcome for the throttle and its audit entries, in one transaction —
   * an entry of its own while the hour's refusals are few, else only the summaries due
   * (planRefusalAudit), so that a flood of guesses cannot flood the audit trail.
   */
  const refuse = async (outcome: "throttled" | "failed", note: string | null) => {
    const key = { username, ip };
    const plan = planRefusalAudit(await countRefusalsThisHour(db, key, attempt.id));
    const summaries = await Promise.all(plan.summaries.map((scope) => summarizeRefusals(db, scope, key, { id: attempt.id, outcome })));
    await db.transaction(async (tx) => {
      await finishSignInAttempt(tx, attempt.id, outcome);
      if (plan.individual) {
        await appendAudit(tx, {
          userId: null,
          action: outcome === "throttled" ? "auth.sign-in-throttled" : "auth.sign-in-failed",
          ip,
          subjectUserId: user?.id ?? null,
          subjectUsername: username,
          note,
        });
      }
      for (const summary of summaries) {
        await appendAudit(tx, {
          userId: null,
          action: "auth.sign-in-refusals",
          ip: summary.scope === "account" ? null : ip,
          subjectUserId: summary.scope === "address" ? null : (user?.id ?? null),
          subjectUsername: summary.scope === "address" ? null : username,
          note: refusalSummaryNote(summary),
        });
      }
    });
  };
  if (!decision.allowed) {
    await refuse("throttled", `${decision.reason}, ${Math.ceil(decision.retryAfterMs / 1000)}s`);
    throw new Error(rateLimitedMessage(decision.retryAfterMs));
  }

  const usable = user !== null && !user.disabled;
  const matches = await verifyPassword(password, usable ? user.passwordHash : DUMMY_HASH);
  const sessionUser = usable && matches ? await loadSessionUser(db, user.id) : null;
  if (!user || !sessionUser) {
    await refuse("failed", user?.disabled ? "disabled" : null);
    return null;
  }
  const sessionId = await db.transaction(async (tx) => {
    await finishSignInAttempt(tx, attempt.id, "succeeded");
    const id = await createSession(tx, { userId: user.id, ip, userAgent: userAgentOf(headers) });
    await appendAudit(tx, { userId: user.id, action: "auth.sign-in", ip, subjectUserId: user.id, subjectUsername: username });
    return id;
  });
  return {
    id: String(user.id),
    name: user.displayName,
    userId: user.id,
    role: sessionUser.role,
    departmentIds: sessionUser.departmentIds,
    sessionId,
  };
}

const HOUR_MINUTE = new Intl.DateTimeFormat("zh-CN", { timeZone: "Asia/Shanghai", hour: "2-digit", minute: "2-digit", hour12: false });

/**
 * The note of a summary entry, e.g. "14:00起本小时内，该账号自该地址第50次登录未成功（其中被限流38次）；
 * 前5次已逐条记录，此后在第10、20、50、100…次时汇总。"
 */
export function refusalSummaryNote(summary: RefusalSummary): string {
  const subject = { pair: "该账号自该地址", address: "该地址", account: "该账号" }[summary.scope];
  const spread =
    summary.scope === "address"
      ? `，涉及${summary.distinct}个账号名（${summary.examples.join("、")}${summary.distinct > summary.examples.length ? "等" : ""}）`
      : summary.scope === "account"
        ? `，来自${summary.distinct}个地址（${summary.examples.join("、")}${summary.distinct > summary.examples.length ? "等" : ""}）`
        : "";
  const individual = REFUSAL_AUDIT_POLICY.individual[summary.scope];
  return (
    `${HOUR_MINUTE.format(summary.since)}起本小时内，${subject}第${summary.total}次登录未成功（其中被限流${summary.throttled}次）${spread}；` +
    `前${individual}次已逐条记录，此后在第10、20、50、100…次时汇总。`
  );
}

/** Now and then, so the tables stay small without a scheduled job; a failure must not block sign-in. */
async function pruneNow(db: Database) {
  if (!shouldPrune(Math.random())) return;
  try {
    await pruneSignInAttempts(db, SIGN_IN_POLICY.retentionMs);
    await pruneSessions(db, SIGN_IN_POLICY.knownAddressMs);
  } catch (error) {
    console.error("pruning sign-in attempts failed", error);
  }
}

/** Sign-out: the session ends server-side, so a copy of the token kept from before is worthless. */
export async function signOutSession(db: Database, token: { userId?: number; sessionId?: string } | null, headers: Headers_) {
  if (typeof token?.userId !== "number" || typeof token.sessionId !== "string") return;
  const { userId, sessionId } = token;
  await db.transaction(async (tx) => {
    if (!(await revokeSession(tx, userId, sessionId, "sign-out"))) return;
    await appendAudit(tx, { userId, action: "auth.sign-out", ip: clientIp(headers), subjectUserId: userId });
  });
}

/** `request`: the route handler's request, for the address and browser of sign-out's audit entry. */
export function authOptions(request?: { headers: Headers }): NextAuthOptions {
  return {
    secret: authSecret(),
    // The token outlives no session: the session row's limits (lib/auth/session-policy.ts) decide.
    session: { strategy: "jwt", maxAge: SESSION_POLICY.absoluteMs / 1000 },
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
    events: {
      async signOut({ token }) {
        await signOutSession(await getDb(), token, request?.headers);
      },
    },
    callbacks: {
      async jwt({ token, user }) {
        if (user) {
          token.userId = user.userId;
          token.role = user.role;
          token.departmentIds = user.departmentIds;
          token.sessionId = user.sessionId;
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
          sessionId: token.sessionId,
        };
      },
      // Only the portal's own paths: anything else (another origin, `/\evil`, `//evil`) goes to the workspace.
      async redirect({ url, baseUrl }) {
        const path = url.startsWith(baseUrl) ? url.slice(baseUrl.length) || "/" : url;
        return `${baseUrl}${safeReturnPath(path)}`;
      },
    },
  };
}
