/**
 * The administrator's audit trail on a real database (PGlite, or the PostgreSQL server when
 * DATABASE_URL is set): every admin command leaves exactly one entry with old → new values, the
 * acting admin, the account concerned and the address — never a password or its hash — and the
 * trail's filters, paging and CSV batches find exactly the entries they should.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { desc, eq, gt, sql } from "drizzle-orm";
import {
  createDepartmentCommand,
  createFiscalYearCommand,
  createUserCommand,
  renameDepartmentCommand,
  resetPasswordCommand,
  setUserStatusCommand,
  updateUserScopeCommand,
} from "@/app/(workspace)/admin/admin-commands";
import type { SessionUser } from "@/lib/auth/permissions";
import { parseAuditQuery, type AuditFilter } from "@/lib/audit/filter";
import { openTestDatabase, type TestDatabase, seededUser, seededDepartmentId } from "@/db/test-database";
import { seedAll, SEED_REGION } from "@/db/seed";
import { auditEntries, departments, regions, users } from "@/db/schema";
import { appendAudit } from "@/db/queries/audit";
import { auditTrailBatches, auditTrailPage, type AuditTrailRow } from "@/db/queries/audit-trail";

let t: TestDatabase;
let adminUser: SessionUser;
let editor: SessionUser;
let regionId: number;
let dept401: number;
let dept434: number;
const ADMIN_IP = { ip: "203.0.113.7" };



function form(fields: Record<string, string | number | (string | number)[]>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) {
    for (const v of Array.isArray(value) ? value : [value]) data.append(key, String(v));
  }
  return data;
}

async function lastId(): Promise<number> {
  const [row] = await t.db.select({ id: auditEntries.id }).from(auditEntries).orderBy(desc(auditEntries.id)).limit(1);
  return row?.id ?? 0;
}

/** The entries written since `since` (an id from lastId()). */
async function entriesSince(since: number) {
  return t.db.select().from(auditEntries).where(gt(auditEntries.id, since)).orderBy(auditEntries.id);
}

async function all(filter: AuditFilter): Promise<AuditTrailRow[]> {
  return (await auditTrailPage(t.db, filter, 1, 10_000)).rows;
}

beforeAll(async () => {
  t = await openTestDatabase();
  await seedAll(t.db);
  [adminUser, editor] = await Promise.all([seededUser(t.db, "admin"), seededUser(t.db, "editor434")]);
  const [region] = await t.db.select().from(regions).where(eq(regions.code, SEED_REGION.code));
  regionId = region!.id;
  [dept401, dept434] = await Promise.all([seededDepartmentId(t.db, "401"), seededDepartmentId(t.db, "434")]);
});

afterAll(async () => {
  await t?.close();
});

describe(`the admin's audit trail on ${process.env.DATABASE_URL ? "the PostgreSQL server" : "embedded PGlite"}`, () => {
  it("records a new account with its scope, the admin and the address — never the password or its hash", async () => {
    const since = await lastId();
    const password = "a-secret-never-logged";
    const result = await createUserCommand(
      t.db,
      adminUser,
      form({ username: "audit.editor", displayName: "审计测试填报人", role: "editor", password, departmentIds: [dept434, dept401] }),
      ADMIN_IP,
    );
    expect(result.ok).toBe(true);
    const [entry, ...more] = await entriesSince(since);
    expect(more).toEqual([]);
    const [created] = await t.db.select().from(users).where(eq(users.username, "audit.editor"));
    expect(entry).toMatchObject({ action: "admin.user-create", userId: adminUser.id, subjectUserId: created!.id, ip: "203.0.113.7" });
    expect(entry!.changes).toEqual([
      { field: "user.username", old: null, new: "audit.editor" },
      { field: "user.displayName", old: null, new: "审计测试填报人" },
      { field: "user.role", old: null, new: "editor" },
      { field: "user.departments", old: [], new: ["401 县教育局", "434 正定县人民政府办公室"] },
    ]);
    const text = JSON.stringify(entry);
    expect(text).not.toContain(password);
    expect(text).not.toContain(created!.passwordHash);
    expect(text).not.toMatch(/\$2[aby]\$/);
  });

  it("records a role and scope change as old → new", async () => {
    const [target] = await t.db.select().from(users).where(eq(users.username, "audit.editor"));
    const since = await lastId();
    expect((await updateUserScopeCommand(t.db, adminUser, form({ userId: target!.id, role: "reviewer", regionId }), ADMIN_IP)).ok).toBe(true);
    const [entry, ...more] = await entriesSince(since);
    expect(more).toEqual([]);
    expect(entry).toMatchObject({ action: "admin.user-update", userId: adminUser.id, subjectUserId: target!.id });
    expect(entry!.changes).toEqual([
      { field: "user.role", old: "editor", new: "reviewer" },
      { field: "user.region", old: null, new: `${SEED_REGION.province} ${SEED_REGION.name}` },
      { field: "user.departments", old: ["401 县教育局", "434 正定县人民政府办公室"], new: [] },
    ]);
  });

  it("records disabling and enabling, and a password reset as a fact without the password", async () => {
    const [target] = await t.db.select().from(users).where(eq(users.username, "audit.editor"));
    const since = await lastId();
    await setUserStatusCommand(t.db, adminUser, form({ userId: target!.id, disabled: "true" }), ADMIN_IP);
    await setUserStatusCommand(t.db, adminUser, form({ userId: target!.id, disabled: "false" }), ADMIN_IP);
    await resetPasswordCommand(t.db, adminUser, form({ userId: target!.id, password: "the-new-password-1" }), ADMIN_IP);
    const entries = await entriesSince(since);
    expect(entries.map((e) => [e.action, e.subjectUserId, e.changes])).toEqual([
      ["admin.user-disable", target!.id, [{ field: "user.disabled", old: false, new: true }]],
      ["admin.user-enable", target!.id, [{ field: "user.disabled", old: true, new: false }]],
      ["admin.password-reset", target!.id, []],
    ]);
    const [after] = await t.db.select().from(users).where(eq(users.id, target!.id));
    const text = JSON.stringify(entries);
    expect(text).not.toContain("the-new-password-1");
    expect(text).not.toContain(after!.passwordHash);
  });

  it("records a department created and renamed (with the department) and a fiscal year created", async () => {
    const since = await lastId();
    await createDepartmentCommand(t.db, adminUser, form({ regionId, code: "AUD-1", name: "审计测试局" }), ADMIN_IP);
    const [dept] = await t.db.select().from(departments).where(eq(departments.code, "AUD-1"));
    await renameDepartmentCommand(t.db, adminUser, form({ departmentId: dept!.id, name: "审计测试和数据局" }), ADMIN_IP);
    await createFiscalYearCommand(t.db, adminUser, form({ year: 2035 }), ADMIN_IP);
    const entries = await entriesSince(since);
    expect(entries.map((e) => [e.action, e.departmentId, e.changes])).toEqual([
      [
        "admin.department-create",
        dept!.id,
        [
          { field: "department.region", old: null, new: `${SEED_REGION.province} ${SEED_REGION.name}` },
          { field: "department.code", old: null, new: "AUD-1" },
          { field: "department.name", old: null, new: "审计测试局" },
        ],
      ],
      ["admin.department-rename", dept!.id, [{ field: "department.name", old: "审计测试局", new: "审计测试和数据局" }]],
      ["admin.year-create", null, [{ field: "fiscalYear.year", old: null, new: 2035 }]],
    ]);
    expect(entries.every((e) => e.userId === adminUser.id && e.ip === "203.0.113.7")).toBe(true);
  });

  it("writes no entry for a refused command (wrong role, bad input, duplicate)", async () => {
    const since = await lastId();
    expect((await createFiscalYearCommand(t.db, editor, form({ year: 2036 }))).ok).toBe(false);
    expect((await createFiscalYearCommand(t.db, adminUser, form({ year: 2035 }))).ok).toBe(false);
    expect((await renameDepartmentCommand(t.db, adminUser, form({ departmentId: dept401, name: "" }))).ok).toBe(false);
    expect((await createUserCommand(t.db, adminUser, form({ username: "admin", displayName: "重名", role: "reviewer", password: "long-enough-pw", regionId }))).ok).toBe(false);
    expect(await entriesSince(since)).toEqual([]);
  });

  it("filters by kind, action, user (actor or subject, or a name a sign-in tried), department and address", async () => {
    // Sign-in events as lib/auth writes them: an unknown name tried from one address, a success from another.
    await appendAudit(t.db, { userId: null, action: "auth.sign-in-failed", subjectUsername: "Nobody_Here", ip: "198.51.100.23" });
    await appendAudit(t.db, { userId: editor.id, action: "auth.sign-in", subjectUserId: editor.id, ip: "2001:db8::5" });

    const auth = await all({ kind: "auth" });
    expect(auth.map((r) => r.action).sort()).toEqual(["auth.sign-in", "auth.sign-in-failed"]);
    const admin = await all({ kind: "admin" });
    expect(admin.length).toBeGreaterThanOrEqual(8);
    expect(admin.every((r) => r.action.startsWith("admin."))).toBe(true);
    expect((await all({ action: "admin.department-rename" })).map((r) => r.changes)).toContainEqual([
      { field: "department.name", old: "审计测试局", new: "审计测试和数据局" },
    ]);

    // The account concerned, by its user name, whatever the case.
    const subject = await all({ user: "AUDIT.EDITOR" });
    expect(subject.map((r) => r.action).sort()).toEqual(
      ["admin.password-reset", "admin.user-create", "admin.user-disable", "admin.user-enable", "admin.user-update"].sort(),
    );
    expect(subject.every((r) => r.subjectUsername === "audit.editor" && r.actorUsername === "admin")).toBe(true);
    // The actor: every admin entry above, and nothing of anyone else.
    const byAdmin = await all({ user: "admin", kind: "admin" });
    expect(byAdmin.length).toBe(admin.length);
    expect((await all({ user: "nobody_here" })).map((r) => r.action)).toEqual(["auth.sign-in-failed"]);

    const [dept] = await t.db.select().from(departments).where(eq(departments.code, "AUD-1"));
    const ofDept = await all({ departmentId: dept!.id });
    expect(ofDept.map((r) => r.action)).toEqual(["admin.department-rename", "admin.department-create"]);
    expect(ofDept[0]).toMatchObject({ departmentCode: "AUD-1", departmentName: "审计测试和数据局" });

    expect((await all({ ip: "198.51." })).map((r) => r.subjectUsername)).toEqual(["Nobody_Here"]);
    expect((await all({ ip: "2001:DB8:" })).map((r) => r.action)).toEqual(["auth.sign-in"]);
    expect(await all({ ip: "10." })).toEqual([]);
  });

  it("filters by China's calendar days, both ends inclusive", async () => {
    const at = (iso: string) => new Date(iso);
    // 2030-03-01 in China runs from 2030-02-28T16:00Z to 2030-03-01T16:00Z.
    await t.db.insert(auditEntries).values([
      { userId: adminUser.id, action: "admin.year-create", at: at("2030-02-28T15:59:59Z"), note: "before" },
      { userId: adminUser.id, action: "admin.year-create", at: at("2030-02-28T16:00:00Z"), note: "first" },
      { userId: adminUser.id, action: "admin.year-create", at: at("2030-03-02T15:59:59Z"), note: "last" },
      { userId: adminUser.id, action: "admin.year-create", at: at("2030-03-02T16:00:00Z"), note: "after" },
    ]);
    const notes = async (filter: AuditFilter) => (await all(filter)).map((r) => r.note);
    expect(await notes({ from: "2030-03-01", to: "2030-03-02" })).toEqual(["last", "first"]);
    expect(await notes({ from: "2030-03-03", to: "2030-12-31" })).toEqual(["after"]);
    expect(await notes({ to: "2030-02-28", from: "2030-01-01" })).toEqual(["before"]);
  });

  it("pages newest first, and the CSV batches hold exactly the filtered rows, ties included", async () => {
    // Ten entries at the same instant: the order falls back to the id, and no batch boundary loses one.
    const same = new Date("2031-06-01T02:00:00.123456Z");
    await t.db.insert(auditEntries).values(
      Array.from({ length: 10 }, (_, i) => ({ userId: adminUser.id, action: "admin.year-create", at: same, note: `tie-${i}`, ip: "192.0.2.50" })),
    );
    const filter = { ip: "192.0.2.50" };
    const first = await auditTrailPage(t.db, filter, 1, 4);
    const third = await auditTrailPage(t.db, filter, 3, 4);
    expect(first.total).toBe(10);
    expect(first.rows.map((r) => r.note)).toEqual(["tie-9", "tie-8", "tie-7", "tie-6"]);
    expect(third.rows.map((r) => r.note)).toEqual(["tie-1", "tie-0"]);

    const batched: string[] = [];
    for await (const batch of auditTrailBatches(t.db, filter, 3)) batched.push(...batch.map((r) => r.note ?? ""));
    expect(batched).toEqual(Array.from({ length: 10 }, (_, i) => `tie-${9 - i}`));

    // The whole trail: every row once, in the page's order.
    const everything = (await auditTrailPage(t.db, {}, 1, 100_000)).rows.map((r) => r.id);
    const streamed: number[] = [];
    for await (const batch of auditTrailBatches(t.db, {}, 7)) streamed.push(...batch.map((r) => r.id));
    expect(streamed).toEqual(everything);
    const [{ n }] = (await t.db.select({ n: sql<number>`count(*)::int` }).from(auditEntries)) as [{ n: number }];
    expect(streamed.length).toBe(n);
  });

  it("reads the filters from the address, dropping what does not parse with a message", () => {
    expect(parseAuditQuery(new URLSearchParams("kind=admin&user=editor434&department=12&from=2026-01-01&to=2026-01-31&ip=10.0.&page=3"))).toEqual({
      filter: { kind: "admin", user: "editor434", departmentId: 12, from: "2026-01-01", to: "2026-01-31", ip: "10.0." },
      page: 3,
      problems: [],
    });
    const bad = parseAuditQuery({ kind: "root", action: "admin.drop", user: "x' or 1=1", department: "-1", from: "2026-02-30", ip: "<script>", page: "0" });
    expect(bad.filter).toEqual({});
    expect(bad.page).toBe(1);
    expect(bad.problems).toHaveLength(6);
    expect(parseAuditQuery({ from: "2026-03-01", to: "2026-01-01" })).toMatchObject({ filter: {}, problems: ["起始日期晚于截止日期"] });
    expect(parseAuditQuery({ kind: "", user: "  " })).toEqual({ filter: {}, page: 1, problems: [] });
  });
});
