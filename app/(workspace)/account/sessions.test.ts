/**
 * Server-side sessions against a real database: a sign-in creates one, every request checks it,
 * and sign-out, "end this session", idleness, age and a new password end it (finding 5). The
 * account commands (own sessions, own password) run here too, as the server actions call them.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import { authorizeCredentials, signOutSession } from "@/lib/auth/options";
import { appendForwardedFor } from "@/lib/auth/client-ip";
import { verifyPassword } from "@/lib/auth/password";
import { SESSION_POLICY } from "@/lib/auth/session-policy";
import type { SessionUser } from "@/lib/auth/permissions";
import { changePasswordCommand, endOtherSessionsCommand, endSessionCommand } from "@/app/(workspace)/account/account-commands";
import { resetPasswordCommand } from "@/app/(workspace)/admin/admin-commands";
import { openTestDatabase, type TestDatabase } from "@/db/test-database";
import { DEMO_PASSWORD, seedAll } from "@/db/seed";
import { auditEntries, userSessions, users } from "@/db/schema";
import { checkSession, listLiveSessions, pruneSessions } from "@/db/queries/sessions";
import { loadSessionUser } from "@/db/queries/users";

let t: TestDatabase;
const MINUTE = 60 * 1000;

beforeAll(async () => {
  t = await openTestDatabase();
  await seedAll(t.db);
});

afterAll(async () => {
  await t?.close();
});

function from(ip: string) {
  return { "x-forwarded-for": appendForwardedFor(undefined, ip), "user-agent": "Mozilla/5.0 (X11; Linux x86_64) Chrome/156.0 Safari/537.36" };
}

/** Signs in as the server does and returns the session id the token would carry. */
async function signIn(username: string, ip = "203.0.113.1", password = DEMO_PASSWORD) {
  const user = await authorizeCredentials(t.db, { username, password }, from(ip));
  if (!user) throw new Error(`sign-in of ${username} failed`);
  return { userId: user.userId, sessionId: user.sessionId };
}

async function live(sessionId: string) {
  return checkSession(t.db, sessionId, SESSION_POLICY);
}

async function sessionRow(id: string) {
  const [row] = await t.db.select().from(userSessions).where(eq(userSessions.id, id));
  return row!;
}

async function caller(username: string, sessionId: string, ip = "203.0.113.1") {
  const [row] = await t.db.select().from(users).where(eq(users.username, username));
  const user = (await loadSessionUser(t.db, row!.id)) as SessionUser;
  return { user, sessionId, ip };
}

function form(fields: Record<string, string>) {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.append(k, v);
  return data;
}

async function auditActions(userId: number) {
  return (await t.db.select().from(auditEntries).where(eq(auditEntries.subjectUserId, userId)).orderBy(auditEntries.id)).map((e) => e.action);
}

describe(`sessions on ${process.env.DATABASE_URL ? "the PostgreSQL server" : "embedded PGlite"}`, () => {
  it("a sign-in creates a live session with its address and browser", async () => {
    const { userId, sessionId } = await signIn("editor434", "203.0.113.7");
    expect(sessionId).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await live(sessionId)).toEqual({ userId });
    expect(await sessionRow(sessionId)).toMatchObject({ userId, ip: "203.0.113.7", revokedAt: null, userAgent: expect.stringContaining("Chrome/156") });
  });

  it("sign-out ends the session server-side, and audits it once", async () => {
    const { userId, sessionId } = await signIn("editor401");
    await signOutSession(t.db, { userId, sessionId }, new Headers({ "x-forwarded-for": "203.0.113.8" }));
    expect(await live(sessionId)).toBeNull();
    expect(await sessionRow(sessionId)).toMatchObject({ revokedReason: "sign-out" });
    // A replayed sign-out (the saved cookie posted again) changes nothing and is not audited again.
    await signOutSession(t.db, { userId, sessionId }, undefined);
    expect((await auditActions(userId)).filter((a) => a === "auth.sign-out")).toHaveLength(1);
    // Another user's token cannot end this user's session.
    const other = await signIn("editor401");
    await signOutSession(t.db, { userId: userId + 1000, sessionId: other.sessionId }, undefined);
    expect(await live(other.sessionId)).toEqual({ userId });
  });

  it("ends a session idle for 30 minutes, or 8 hours after sign-in", async () => {
    const idle = await signIn("reviewer");
    await t.db.update(userSessions).set({ lastSeenAt: new Date(Date.now() - 31 * MINUTE) }).where(eq(userSessions.id, idle.sessionId));
    expect(await live(idle.sessionId)).toBeNull();
    const old = await signIn("reviewer");
    await t.db
      .update(userSessions)
      .set({ createdAt: new Date(Date.now() - 8 * 60 * MINUTE - MINUTE), lastSeenAt: new Date() })
      .where(eq(userSessions.id, old.sessionId));
    expect(await live(old.sessionId)).toBeNull();
    expect(await live("no-such-session")).toBeNull();
  });

  it("marks a session seen at most once a minute", async () => {
    const { sessionId } = await signIn("reviewer2");
    const twoMinutesAgo = new Date(Date.now() - 2 * MINUTE);
    await t.db.update(userSessions).set({ lastSeenAt: twoMinutesAgo }).where(eq(userSessions.id, sessionId));
    await live(sessionId);
    const touched = (await sessionRow(sessionId)).lastSeenAt;
    expect(touched.getTime()).toBeGreaterThan(twoMinutesAgo.getTime() + MINUTE);
    await live(sessionId);
    expect((await sessionRow(sessionId)).lastSeenAt.getTime()).toBe(touched.getTime());
  });

  it("an admin's password reset ends every session of that user, in the database itself", async () => {
    const a = await signIn("editor401", "198.51.100.1");
    const b = await signIn("editor401", "198.51.100.2");
    const admin = await caller("admin", "n/a");
    expect(await resetPasswordCommand(t.db, admin.user, form({ userId: String(a.userId), password: "zhengding-2026-reset" }))).toMatchObject({ ok: true });
    expect(await live(a.sessionId)).toBeNull();
    expect(await live(b.sessionId)).toBeNull();
    expect(await sessionRow(a.sessionId)).toMatchObject({ revokedReason: "password-change" });
    // Any other write of a new hash too (a script, a future code path).
    const c = await signIn("editor401", "198.51.100.3", "zhengding-2026-reset");
    await t.db.execute(sql`update users set password_hash = 'x' where id = ${c.userId}`);
    expect(await live(c.sessionId)).toBeNull();
  });

  it("prunes sessions begun longer ago than the known-address memory, and only those", async () => {
    const old = await signIn("reviewer", "203.0.113.90");
    const recent = await signIn("reviewer", "203.0.113.91");
    await t.db.update(userSessions).set({ createdAt: new Date(Date.now() - 31 * 24 * 60 * MINUTE) }).where(eq(userSessions.id, old.sessionId));
    expect(await pruneSessions(t.db, 30 * 24 * 60 * MINUTE)).toBe(1);
    expect(await live(recent.sessionId)).not.toBeNull();
  });
});

describe("a user's own sessions and password", () => {
  it("lists the live sessions, ends one, then all others, and audits each", async () => {
    const here = await signIn("reviewer2", "203.0.113.21");
    const phone = await signIn("reviewer2", "203.0.113.22");
    const laptop = await signIn("reviewer2", "203.0.113.23");
    const me = await caller("reviewer2", here.sessionId);
    const listed = (await listLiveSessions(t.db, here.userId, SESSION_POLICY)).map((s) => s.id);
    expect(listed).toEqual(expect.arrayContaining([here.sessionId, phone.sessionId, laptop.sessionId]));

    expect(await endSessionCommand(t.db, me, form({ sessionId: phone.sessionId }))).toEqual({ ok: true, message: "已结束该会话。" });
    expect(await live(phone.sessionId)).toBeNull();
    expect(await endSessionCommand(t.db, me, form({ sessionId: here.sessionId }))).toMatchObject({ ok: false });
    expect(await endOtherSessionsCommand(t.db, me, form({}))).toMatchObject({ ok: true });
    expect(await live(laptop.sessionId)).toBeNull();
    expect(await live(here.sessionId)).toEqual({ userId: here.userId });
    expect((await auditActions(here.userId)).filter((a) => a === "auth.session-revoke")).toHaveLength(2);
  });

  it("cannot end another user's session, and refuses the signed-out", async () => {
    const victim = await signIn("admin", "203.0.113.31");
    const me = await caller("editor434", (await signIn("editor434", "203.0.113.32")).sessionId);
    expect(await endSessionCommand(t.db, me, form({ sessionId: victim.sessionId }))).toEqual({ ok: false, message: "未找到该会话。" });
    expect(await live(victim.sessionId)).toEqual({ userId: victim.userId });
    expect(await endSessionCommand(t.db, null, form({ sessionId: victim.sessionId }))).toMatchObject({ message: expect.stringContaining("登录已失效") });
  });

  it("changes the own password only with the current one and under the policy; ends the other sessions, keeps this one", async () => {
    const here = await signIn("editor434", "203.0.113.41");
    const elsewhere = await signIn("editor434", "203.0.113.42");
    const me = await caller("editor434", here.sessionId, "203.0.113.41");
    const change = (current: string, next: string, confirm = next) =>
      changePasswordCommand(t.db, me, form({ currentPassword: current, newPassword: next, confirmPassword: confirm }));

    expect(await change(DEMO_PASSWORD, "12345678")).toEqual({ ok: false, message: "密码至少 12 个字符。" });
    expect((await change(DEMO_PASSWORD, "password1234")).message).toMatch(/常见或容易猜到/);
    expect(await change(DEMO_PASSWORD, "editor434-county-2026")).toEqual({ ok: false, message: "密码不能包含用户名。" });
    expect(await change(DEMO_PASSWORD, "zhengding-2026-budget", "zhengding-2026-budgeT")).toMatchObject({ ok: false, message: "两次输入的新密码不一致。" });
    expect(await change("not-my-password", "zhengding-2026-budget")).toEqual({ ok: false, message: "当前密码不正确。" });
    expect(await live(elsewhere.sessionId)).not.toBeNull();

    // Earlier tests left other sessions of editor434 too: all of them end.
    expect(await change(DEMO_PASSWORD, "zhengding-2026-budget")).toEqual({ ok: true, message: expect.stringMatching(/^密码已修改，其他 \d+ 个会话已结束。$/) });
    expect(await live(elsewhere.sessionId)).toBeNull();
    expect(await live(here.sessionId)).toEqual({ userId: here.userId });
    const [row] = await t.db.select().from(users).where(eq(users.id, here.userId));
    expect(await verifyPassword("zhengding-2026-budget", row!.passwordHash)).toBe(true);
    const trail = await auditActions(here.userId);
    expect(trail).toContain("auth.password-change");
    expect(trail.slice(-2)).toEqual(["auth.password-change", "auth.session-revoke"]);
  });

  it("throttles guesses of the current password like sign-ins", async () => {
    const here = await signIn("reviewer", "203.0.113.51");
    const me = await caller("reviewer", here.sessionId, "203.0.113.51");
    const results = [];
    for (let i = 0; i < 7; i++) {
      results.push((await changePasswordCommand(t.db, me, form({ currentPassword: `guess-${i}`, newPassword: "zhengding-2026-budget", confirmPassword: "zhengding-2026-budget" }))).message);
    }
    expect(results.slice(0, 5)).toEqual(Array(5).fill("当前密码不正确。"));
    expect(results[5]).toMatch(/^尝试过于频繁，请在 \d+ 秒后再试。$/);
  });
});
