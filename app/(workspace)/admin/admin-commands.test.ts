/**
 * The administrator's commands against a real database (PGlite, or the PostgreSQL server when
 * DATABASE_URL is set): what an admin may do, what everyone else is refused, and that a refused
 * command writes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import {
  createDepartmentCommand,
  createFiscalYearCommand,
  createUserCommand,
  renameDepartmentCommand,
  resetPasswordCommand,
  setDepartmentStatusCommand,
  setUserStatusCommand,
  updateUserScopeCommand,
  type AdminCommand,
} from "@/app/(workspace)/admin/admin-commands";
import type { SessionUser } from "@/lib/auth/permissions";
import { verifyPassword } from "@/lib/auth/password";
import { openTestDatabase, type TestDatabase, seededUser, seededDepartmentId } from "@/db/test-database";
import { seedAll, DEMO_PASSWORD, SEED_REGION } from "@/db/seed";
import { auditEntries, departments, fiscalYears, regions, userDepartments, users } from "@/db/schema";
import { SESSION_POLICY } from "@/lib/auth/session-policy";
import { checkSession, createSession } from "@/db/queries/sessions";
import { loadSessionUser } from "@/db/queries/users";
import { listUsers } from "@/db/queries/admin";
import { getPublishedDisclosure } from "@/db/queries/public";
import { createDraftCommand } from "@/app/(workspace)/edit/create-draft-command";

let t: TestDatabase;
let adminUser: SessionUser;
let editor: SessionUser;
let reviewer: SessionUser;
let regionId: number;
let dept401: number;
let dept434: number;



async function userRow(username: string) {
  const [row] = await t.db.select().from(users).where(eq(users.username, username));
  return row ?? null;
}

function form(fields: Record<string, string | number | (string | number)[]>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) {
    for (const v of Array.isArray(value) ? value : [value]) data.append(key, String(v));
  }
  return data;
}

/** Row counts of every table an admin command writes, its audit entries included. */
async function counts() {
  const n = async (table: typeof users | typeof userDepartments | typeof departments | typeof fiscalYears | typeof auditEntries) =>
    (await t.db.select({ n: sql<number>`count(*)::int` }).from(table))[0]!.n;
  return {
    users: await n(users),
    links: await n(userDepartments),
    departments: await n(departments),
    years: await n(fiscalYears),
    audit: await n(auditEntries),
  };
}

beforeAll(async () => {
  t = await openTestDatabase();
  await seedAll(t.db);
  [adminUser, editor, reviewer] = await Promise.all([seededUser(t.db, "admin"), seededUser(t.db, "editor434"), seededUser(t.db, "reviewer")]);
  const [region] = await t.db.select().from(regions).where(eq(regions.code, SEED_REGION.code));
  regionId = region!.id;
  [dept401, dept434] = await Promise.all([seededDepartmentId(t.db, "401"), seededDepartmentId(t.db, "434")]);
});

afterAll(async () => {
  await t?.close();
});

describe(`admin commands on ${process.env.DATABASE_URL ? "the PostgreSQL server" : "embedded PGlite"}`, () => {
  it("creates an editor with departments, in one piece, with a verifiable password", async () => {
    const result = await createUserCommand(
      t.db,
      adminUser,
      form({ username: "edu.editor-2", displayName: "教育局填报人二", role: "editor", password: "secret-pass-2026", regionId: String(regionId), departmentIds: [dept434, dept401] }),
    );
    expect(result).toEqual({ ok: true, message: expect.stringContaining("edu.editor-2") });
    const row = await userRow("edu.editor-2");
    expect(await verifyPassword("secret-pass-2026", row!.passwordHash)).toBe(true);
    const session = await loadSessionUser(t.db, row!.id);
    expect(session).toMatchObject({ role: "editor", regionId: null, name: "教育局填报人二" });
    expect(session!.departmentIds).toEqual([dept401, dept434].sort((a, b) => a - b));
  });

  it("creates a reviewer for a region, without departments", async () => {
    const result = await createUserCommand(
      t.db,
      adminUser,
      form({ username: "reviewer3", displayName: "审核人三", role: "reviewer", password: "another-pass-2026", regionId, departmentIds: [dept401] }),
    );
    expect(result.ok).toBe(true);
    const session = await loadSessionUser(t.db, (await userRow("reviewer3"))!.id);
    expect(session).toMatchObject({ role: "reviewer", regionId, departmentIds: [] });
  });

  it("refuses a duplicate username and writes nothing", async () => {
    const before = await counts();
    const result = await createUserCommand(
      t.db,
      adminUser,
      form({ username: "editor434", displayName: "重名", role: "editor", password: "secret-pass-2026", departmentIds: [dept401] }),
    );
    expect(result).toEqual({ ok: false, message: expect.stringContaining("用户名已存在") });
    expect(await counts()).toEqual(before);
  });

  const valid = { username: "newuser", displayName: "新用户", role: "editor", password: "long-enough-2026" };
  it.each([
    [{ ...valid, username: "ab" }, "用户名须为 3–40 个字符"],
    [{ ...valid, username: "张三abc" }, "用户名须为 3–40 个字符"],
    [{ ...valid, username: "a".repeat(41) }, "用户名须为 3–40 个字符"],
    [{ ...valid, displayName: "名".repeat(51) }, "姓名不能超过 50 个字"],
    [{ ...valid, displayName: "  " }, "请填写姓名"],
    [{ ...valid, password: "short" }, "密码至少 12 个字符"],
    [{ ...valid, password: "12345678" }, "密码至少 12 个字符"],
    [{ ...valid, password: "password1234" }, "密码过于常见或容易猜到"],
    [{ ...valid, password: "newuser-budget-2026" }, "密码不能包含用户名"],
    [{ ...valid, role: "superuser" }, "请选择角色"],
    [valid, "部门填报人至少须关联一个部门"],
    [{ ...valid, role: "reviewer", regionId: "" }, "审核人和管理员须选择所在地区"],
    [{ ...valid, departmentIds: ["999999"] }, "所选部门不存在"],
  ])("refuses invalid input %# with its message and writes nothing", async (fields, message) => {
    const before = await counts();
    const result = await createUserCommand(t.db, adminUser, form(fields));
    expect(result.ok).toBe(false);
    expect(result.message).toContain(message);
    expect(await counts()).toEqual(before);
  });

  it("refuses every command to an editor, a reviewer and a signed-out caller, writing nothing", async () => {
    const target = (await userRow("editor401"))!;
    const calls: [AdminCommand, FormData][] = [
      [createUserCommand, form({ ...valid, departmentIds: [dept401] })],
      [updateUserScopeCommand, form({ userId: target.id, role: "admin", regionId })],
      [setUserStatusCommand, form({ userId: target.id, disabled: "true" })],
      [resetPasswordCommand, form({ userId: target.id, password: "taken-over-2026" })],
      [createDepartmentCommand, form({ regionId, code: "777", name: "新部门" })],
      [renameDepartmentCommand, form({ departmentId: dept401, name: "改名" })],
      [createFiscalYearCommand, form({ year: 2031 })],
    ];
    const before = await counts();
    for (const caller of [editor, reviewer]) {
      for (const [command, data] of calls) {
        expect(await command(t.db, caller, data)).toEqual({ ok: false, message: "无权执行此操作。" });
      }
    }
    for (const [command, data] of calls) expect((await command(t.db, null, data)).ok).toBe(false);
    expect(await counts()).toEqual(before);
    const after = (await userRow("editor401"))!;
    expect(after).toMatchObject({ role: "editor", disabled: false, passwordHash: target.passwordHash });
    expect((await t.db.select().from(departments).where(eq(departments.id, dept401)))[0]!.name).not.toBe("改名");
  });

  it("disables a user (their session ends) and enables them again", async () => {
    const target = (await userRow("editor401"))!;
    expect(await setUserStatusCommand(t.db, adminUser, form({ userId: target.id, disabled: "true" }))).toMatchObject({ ok: true });
    expect(await loadSessionUser(t.db, target.id)).toBeNull();
    expect(await setUserStatusCommand(t.db, adminUser, form({ userId: target.id, disabled: "false" }))).toMatchObject({ ok: true });
    expect(await loadSessionUser(t.db, target.id)).toMatchObject({ username: "editor401" });
  });

  it("does not let an admin disable or demote themselves", async () => {
    expect(await setUserStatusCommand(t.db, adminUser, form({ userId: adminUser.id, disabled: "true" }))).toEqual({
      ok: false,
      message: "不能停用自己的账号。",
    });
    const demote = await updateUserScopeCommand(t.db, adminUser, form({ userId: adminUser.id, role: "editor", departmentIds: [dept401] }));
    expect(demote).toEqual({ ok: false, message: "不能更改自己的角色。" });
    expect(await loadSessionUser(t.db, adminUser.id)).toMatchObject({ role: "admin", departmentIds: [] });
  });

  it("resets a password: the new one verifies, the old one no longer does, sessions signed in before end", async () => {
    const target = (await userRow("reviewer2"))!;
    const before = await createSession(t.db, { userId: target.id, ip: "192.0.2.7", userAgent: "test" });
    expect(await checkSession(t.db, before, SESSION_POLICY)).toEqual({ userId: target.id });
    expect((await resetPasswordCommand(t.db, adminUser, form({ userId: target.id, password: "short" }))).message).toContain("密码至少 12 个字符");
    expect(await checkSession(t.db, before, SESSION_POLICY)).toEqual({ userId: target.id }); // a refused reset ends nothing
    expect(await resetPasswordCommand(t.db, adminUser, form({ userId: target.id, password: "fresh-password" }))).toMatchObject({ ok: true });
    const after = (await userRow("reviewer2"))!;
    expect(await verifyPassword("fresh-password", after.passwordHash)).toBe(true);
    expect(await verifyPassword(DEMO_PASSWORD, after.passwordHash)).toBe(false);
    expect(await checkSession(t.db, before, SESSION_POLICY)).toBeNull();
    const fresh = await createSession(t.db, { userId: target.id, ip: "192.0.2.7", userAgent: "test" });
    expect(await checkSession(t.db, fresh, SESSION_POLICY)).toEqual({ userId: target.id });
  });

  it("changes a role and replaces the department links", async () => {
    const target = (await userRow("reviewer3"))!;
    const toEditor = await updateUserScopeCommand(t.db, adminUser, form({ userId: target.id, role: "editor", departmentIds: [dept401] }));
    expect(toEditor.ok).toBe(true);
    expect(await loadSessionUser(t.db, target.id)).toMatchObject({ role: "editor", regionId: null, departmentIds: [dept401] });
    const before = await counts();
    const noDepartments = await updateUserScopeCommand(t.db, adminUser, form({ userId: target.id, role: "editor" }));
    expect(noDepartments.message).toContain("部门填报人至少须关联一个部门");
    expect(await counts()).toEqual(before);
    await updateUserScopeCommand(t.db, adminUser, form({ userId: target.id, role: "admin", regionId, departmentIds: [dept401] }));
    expect(await loadSessionUser(t.db, target.id)).toMatchObject({ role: "admin", regionId, departmentIds: [] });
  });

  it("never lists password hashes", async () => {
    const rows = await listUsers(t.db);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(JSON.stringify(row)).not.toMatch(/passwordHash|\$2[aby]\$/);
  });

  it("adds a department, refuses a duplicate code in its region, and renames it", async () => {
    const added = await createDepartmentCommand(t.db, adminUser, form({ regionId, code: "A-12", name: "县数据局" }));
    expect(added).toEqual({ ok: true, message: expect.stringContaining("A-12"), publicChange: { kind: "department", code: "A-12" } });
    const before = await counts();
    expect(await createDepartmentCommand(t.db, adminUser, form({ regionId, code: "A-12", name: "另一个" }))).toEqual({
      ok: false,
      message: "该地区已有编码为A-12的部门。",
    });
    expect((await createDepartmentCommand(t.db, adminUser, form({ regionId, code: "A 12", name: "x" }))).message).toContain("部门编码须为");
    expect((await createDepartmentCommand(t.db, adminUser, form({ regionId, code: "1", name: "名".repeat(101) }))).message).toContain("不能超过 100");
    expect(await counts()).toEqual(before);

    // The same code is free in another region.
    const [other] = await t.db.insert(regions).values({ code: "130100", name: "石家庄市", province: "河北省" }).returning();
    expect((await createDepartmentCommand(t.db, adminUser, form({ regionId: other!.id, code: "A-12", name: "市数据局" }))).ok).toBe(true);

    const [mine] = await t.db.select().from(departments).where(eq(departments.name, "县数据局"));
    expect(await renameDepartmentCommand(t.db, adminUser, form({ departmentId: mine!.id, name: "县数据和政务服务局" }))).toMatchObject({
      ok: true,
      publicChange: { kind: "department", code: "A-12" },
    });
    expect((await t.db.select().from(departments).where(eq(departments.id, mine!.id)))[0]!.name).toBe("县数据和政务服务局");
  });

  it("deactivates a department: its editors can no longer draft, its published budget stays public; and reactivates it", async () => {
    const published = await getPublishedDisclosure(t.db, "401", 2019);
    expect(published).not.toBeNull();
    const [row] = await t.db.insert(users).values({ username: "edu_clerk", displayName: "教育局新填报人", passwordHash: "x", role: "editor" }).returning();
    await t.db.insert(userDepartments).values({ userId: row!.id, departmentId: dept401 });
    const clerk = (await loadSessionUser(t.db, row!.id))!;
    expect(clerk.departmentIds).toEqual([dept401]);
    for (const caller of [editor, reviewer, null]) {
      expect((await setDepartmentStatusCommand(t.db, caller, form({ departmentId: dept401, active: "false" }))).ok).toBe(false);
    }
    expect(await setDepartmentStatusCommand(t.db, adminUser, form({ departmentId: dept401, active: "false" }))).toEqual({
      ok: true,
      message: expect.stringContaining("已停用部门"),
    });
    const editorNow = (await loadSessionUser(t.db, clerk.id))!;
    expect(editorNow.departmentIds).toEqual([]);
    const refused = await createDraftCommand(t.db, editorNow, form({ departmentId: dept401, year: 2019, start: "published" }));
    expect(refused.ok).toBe(false);
    expect((await getPublishedDisclosure(t.db, "401", 2019))?.versionNo).toBe(published!.versionNo);

    expect((await setDepartmentStatusCommand(t.db, adminUser, form({ departmentId: dept401, active: "true" }))).ok).toBe(true);
    expect((await loadSessionUser(t.db, clerk.id))!.departmentIds).toEqual([dept401]);
    const trail = await t.db.select().from(auditEntries).where(eq(auditEntries.departmentId, dept401));
    expect(trail.filter((e) => e.action.startsWith("admin.department-")).map((e) => [e.action, e.changes])).toEqual([
      ["admin.department-deactivate", [{ field: "department.active", old: true, new: false }]],
      ["admin.department-activate", [{ field: "department.active", old: false, new: true }]],
    ]);
  });

  it("adds a fiscal year and refuses a duplicate or out-of-range one", async () => {
    expect(await createFiscalYearCommand(t.db, adminUser, form({ year: 2020 }))).toMatchObject({ ok: true });
    const before = await counts();
    expect(await createFiscalYearCommand(t.db, adminUser, form({ year: 2020 }))).toEqual({ ok: false, message: "该年度已存在。" });
    expect(await createFiscalYearCommand(t.db, adminUser, form({ year: 2018 }))).toEqual({ ok: false, message: "该年度已存在。" });
    for (const year of ["1989", "2101", "2020.5", "", "abc"]) {
      expect((await createFiscalYearCommand(t.db, adminUser, form({ year }))).ok).toBe(false);
    }
    expect(await counts()).toEqual(before);
  });
});
