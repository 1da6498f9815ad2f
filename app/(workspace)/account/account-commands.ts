/**
 * A user's own account: ending their sessions and changing their password. Free of Next's
 * request APIs (actions.ts adds the session and the client's address), so tests call these
 * directly against a real database. Each change and its audit entry are one transaction.
 */
import { z } from "zod";
import type { Database } from "@/db";
import { appendAudit } from "@/db/queries/audit";
import { keepSessionThroughPasswordChange, revokeOtherSessions, revokeSession } from "@/db/queries/sessions";
import { beginSignInAttempt, finishSignInAttempt } from "@/db/queries/sign-in-attempts";
import { passwordHashOf, setPasswordHash } from "@/db/queries/users";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { passwordProblem } from "@/lib/auth/password-policy";
import { firstIssue, refused, SIGNED_OUT, type FormResult } from "@/lib/action-result";
import type { SessionUser } from "@/lib/auth/permissions";
import { decideSignIn, SIGN_IN_POLICY } from "@/lib/auth/rate-limit";

/** Who is asking: the signed-in user and the session they ask from, and their address. */
export interface AccountCaller {
  user: SessionUser;
  sessionId: string;
  ip: string;
}
export type AccountCommand = (db: Database, caller: AccountCaller | null, formData: FormData) => Promise<FormResult>;

const endSessionInput = z.object({ sessionId: z.string("未找到该会话。").min(1, "未找到该会话。").max(100, "未找到该会话。") });

export const endSessionCommand: AccountCommand = async (db, caller, formData) => {
  if (!caller) return refused(SIGNED_OUT);
  const parsed = endSessionInput.safeParse({ sessionId: formData.get("sessionId") });
  if (!parsed.success) return { ok: false, message: "未找到该会话。" };
  const { sessionId } = parsed.data;
  if (sessionId === caller.sessionId) return { ok: false, message: "这是当前会话，请使用“退出登录”。" };
  return db.transaction(async (tx) => {
    // Only the caller's own sessions: another user's id is "not found", like one that does not exist.
    if (!(await revokeSession(tx, caller.user.id, sessionId, "ended-by-user"))) return { ok: false, message: "未找到该会话。" };
    await appendAudit(tx, { userId: caller.user.id, action: "auth.session-revoke", ip: caller.ip, subjectUserId: caller.user.id, note: "one" });
    return { ok: true, message: "已结束该会话。" };
  });
};

export const endOtherSessionsCommand: AccountCommand = async (db, caller) => {
  if (!caller) return refused(SIGNED_OUT);
  return db.transaction(async (tx) => {
    const ended = await revokeOtherSessions(tx, caller.user.id, caller.sessionId, "ended-by-user");
    if (ended === 0) return { ok: true, message: "没有其他会话。" };
    await appendAudit(tx, { userId: caller.user.id, action: "auth.session-revoke", ip: caller.ip, subjectUserId: caller.user.id, note: `others: ${ended}` });
    return { ok: true, message: `已结束其他 ${ended} 个会话。` };
  });
};

const changePasswordInput = z.object({
  currentPassword: z.string("请填写当前密码").min(1, "请填写当前密码").max(200, "当前密码不正确。"),
  newPassword: z.string("请填写新密码").max(200, "密码过长（不超过 72 字节）"),
  confirmPassword: z.string("请再次输入新密码"),
});

/**
 * The current password is required, and its check is throttled like a sign-in of this account
 * from this address (lib/auth/rate-limit.ts), so a borrowed or stolen session cannot guess the
 * password faster than the login page allows. Success ends every other session of the user.
 */
export const changePasswordCommand: AccountCommand = async (db, caller, formData) => {
  if (!caller) return refused(SIGNED_OUT);
  const parsed = changePasswordInput.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return refused(firstIssue(parsed.error));
  const { currentPassword, newPassword, confirmPassword } = parsed.data;
  if (newPassword !== confirmPassword) return { ok: false, message: "两次输入的新密码不一致。" };
  const problem = passwordProblem(newPassword, caller.user.username);
  if (problem) return { ok: false, message: `${problem}。` };
  if (newPassword === currentPassword) return { ok: false, message: "新密码不能与当前密码相同。" };

  const { user, ip } = caller;
  const attempt = await beginSignInAttempt(db, { username: user.username, ip }, SIGN_IN_POLICY);
  const decision = decideSignIn(attempt.failures);
  if (!decision.allowed) {
    await finishSignInAttempt(db, attempt.id, "throttled");
    return { ok: false, message: `尝试过于频繁，请在 ${Math.ceil(decision.retryAfterMs / 1000)} 秒后再试。` };
  }
  const hash = await passwordHashOf(db, user.id);
  if (!hash || !(await verifyPassword(currentPassword, hash))) {
    await db.transaction(async (tx) => {
      await finishSignInAttempt(tx, attempt.id, "failed");
      await appendAudit(tx, {
        userId: user.id,
        action: "auth.sign-in-failed",
        ip,
        subjectUserId: user.id,
        subjectUsername: user.username,
        note: "password-change: wrong current password",
      });
    });
    return { ok: false, message: "当前密码不正确。" };
  }
  const newHash = await hashPassword(newPassword);
  const ended = await db.transaction(async (tx) => {
    await finishSignInAttempt(tx, attempt.id, "succeeded");
    const others = await revokeOtherSessions(tx, user.id, caller.sessionId, "password-change");
    // The database ends every session on a new password (migration 0008); this one stays.
    await keepSessionThroughPasswordChange(tx, caller.sessionId);
    await setPasswordHash(tx, user.id, newHash);
    await appendAudit(tx, { userId: user.id, action: "auth.password-change", ip, subjectUserId: user.id, note: "own" });
    if (others > 0) {
      await appendAudit(tx, { userId: user.id, action: "auth.session-revoke", ip, subjectUserId: user.id, note: `password-change: ${others}` });
    }
    return others;
  });
  return { ok: true, message: ended > 0 ? `密码已修改，其他 ${ended} 个会话已结束。` : "密码已修改。" };
};
