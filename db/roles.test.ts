/**
 * The two database roles on a real PostgreSQL: the portal, running as the role db/roles.ts
 * grants, can add to and read the audit trail and write its ordinary tables, but cannot rewrite
 * the trail, switch its triggers off or change the schema — even if an attacker gets to run SQL
 * as the portal. The owner (who migrates) still can, which is what the control case shows.
 */
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import { env } from "../lib/env";
import { openDatabase, type Connection } from "./client";
import { openTestDatabase, type TestDatabase } from "./test-database";
import { grantPortalRole, portalRoleGrants } from "./roles";
import { auditEntries, fiscalYears, regions, users } from "./schema";
import { appendAudit } from "./queries/audit";
import { createFiscalYear } from "./queries/admin-departments";

/** The error PostgreSQL answered with (drizzle wraps it), or null when the statement ran. */
async function refusal(run: Promise<unknown>): Promise<{ code: string; message: string } | null> {
  try {
    await run;
    return null;
  } catch (error) {
    const e = error as { code?: string; message?: string; cause?: { code?: string; message?: string } };
    const source = e.cause?.code ? e.cause : e;
    return { code: String(source.code), message: String(source.message) };
  }
}

// PGlite has a single role (the embedded default keeps one): only a PostgreSQL server can show this.
describe.runIf(Boolean(env.databaseUrl))("the portal's restricted role on the PostgreSQL server", () => {
  const role = `portal_app_${process.pid}_${randomBytes(3).toString("hex")}`;
  let owner: TestDatabase;
  let portal: Connection;
  let adminId: number;

  beforeAll(async () => {
    owner = await openTestDatabase();
    const [{ name }] = (await owner.raw("select current_database() as name")) as [{ name: string }];
    await owner.raw(`create role "${role}" login`);
    await grantPortalRole(owner.db, role);
    const [region] = await owner.db.insert(regions).values({ code: "139999", name: "测试县", province: "河北省" }).returning();
    const [admin] = await owner.db
      .insert(users)
      .values({ username: "role_admin", displayName: "角色测试管理员", passwordHash: "x", role: "admin", regionId: region!.id })
      .returning();
    adminId = admin!.id;
    const url = new URL(env.databaseUrl!);
    url.pathname = `/${name}`;
    url.username = role;
    url.password = "";
    // Opening as the restricted role with every migration applied must not attempt any DDL.
    portal = await openDatabase({ engine: "postgres", url: url.toString(), maxConnections: 2 });
  });

  afterAll(async () => {
    await portal?.close();
    await owner?.close();
    const { default: postgres } = await import("postgres");
    const server = postgres(env.databaseUrl!, { max: 1, onnotice: () => {} });
    await server.unsafe(`drop role if exists "${role}"`);
    await server.end();
  });

  const exec = (statement: string) => portal.db.execute(sql.raw(statement));

  it("opens without migrating, and adds to and reads the audit trail", async () => {
    const [{ who }] = (await exec("select current_user as who")) as unknown as [{ who: string }];
    expect(who).toBe(role);
    await appendAudit(portal.db, { userId: adminId, action: "auth.sign-in", subjectUserId: adminId, ip: "192.0.2.1" });
    const rows = await portal.db.select().from(auditEntries).where(eq(auditEntries.userId, adminId));
    expect(rows.map((r) => r.action)).toContain("auth.sign-in");
  });

  it("does the portal's ordinary work: a write and its audit entry in one transaction, and pruning", async () => {
    // The query the admin's 新增年度 command runs (the command itself is tested in app/).
    expect(await createFiscalYear(portal.db, 2040, { userId: adminId, ip: "192.0.2.1" })).toBe(true);
    expect(await portal.db.select().from(fiscalYears).where(eq(fiscalYears.year, 2040))).toHaveLength(1);
    expect((await portal.db.select().from(auditEntries).where(eq(auditEntries.action, "admin.year-create"))).length).toBe(1);
    expect(await refusal(exec("update users set display_name = display_name where false"))).toBeNull();
    expect(await refusal(exec("delete from sign_in_attempts where at < now() - interval '1 day'"))).toBeNull();
  });

  it("is refused by privilege — before any trigger — to update, delete or truncate the audit trail", async () => {
    for (const statement of ["update audit_entries set note = 'rewritten'", "delete from audit_entries", "truncate audit_entries"]) {
      const refused = await refusal(exec(statement));
      expect(refused, statement).toMatchObject({ code: "42501", message: expect.stringMatching(/permission denied/) });
    }
  });

  it("cannot switch off or drop the append-only triggers, nor alter or drop any table", async () => {
    for (const statement of [
      "alter table audit_entries disable trigger audit_entries_no_update_or_delete",
      "alter table audit_entries disable trigger all",
      "drop trigger audit_entries_no_truncate on audit_entries",
      "drop function audit_entries_append_only() cascade",
      "alter table audit_entries drop column note",
      "drop table audit_entries",
      "alter table users add column backdoor text",
      "drop table fiscal_years cascade",
      "create table public.shadow (id int)",
      "create trigger sneaky before insert on audit_entries for each row execute function audit_entries_append_only()",
    ]) {
      expect(await refusal(exec(statement)), statement).toMatchObject({ code: "42501" });
    }
    const [{ n }] = (await owner.raw(
      "select count(*)::int as n from pg_trigger where tgrelid = 'audit_entries'::regclass and not tgisinternal and tgenabled <> 'D'",
    )) as [{ n: number }];
    expect(n).toBe(2);
  });

  it("control: the owner — the portal's only role before — can switch the triggers off (rolled back here)", async () => {
    const rollback = new Error("rollback");
    const attempt = owner.db.transaction(async (tx) => {
      await tx.execute(sql.raw("alter table audit_entries disable trigger all"));
      await tx.execute(sql.raw("update audit_entries set note = 'rewritten'"));
      throw rollback;
    });
    await expect(attempt).rejects.toBe(rollback);
    expect((await owner.db.select().from(auditEntries)).every((e) => e.note !== "rewritten")).toBe(true);
  });

  it("with an owner URL, the owner migrates a new database and the portal's connection runs no DDL", async () => {
    const { default: postgres } = await import("postgres");
    const server = postgres(env.databaseUrl!, { max: 1, onnotice: () => {} });
    const fresh = `portal_roles_${process.pid}_${randomBytes(3).toString("hex")}`;
    await server.unsafe(`create database ${fresh}`);
    const at = (user: string) => {
      const url = new URL(env.databaseUrl!);
      url.pathname = `/${fresh}`;
      url.username = user;
      return url.toString();
    };
    try {
      // Without the owner, the restricted role cannot migrate: a clear message, not a half-made schema.
      await expect(openDatabase({ engine: "postgres", url: at(role), maxConnections: 1 })).rejects.toThrow(/DATABASE_OWNER_URL/);
      const ownerName = new URL(env.databaseUrl!).username || "postgres";
      const connection = await openDatabase({ engine: "postgres", url: at(role), ownerUrl: at(ownerName), maxConnections: 1 });
      await connection.close();
      const inFresh = postgres(at(ownerName), { max: 1, onnotice: () => {} });
      const owners = await inFresh`select distinct tableowner from pg_tables where schemaname = 'public'`;
      await inFresh.end();
      expect(owners.map((o) => o.tableowner)).toEqual([ownerName]);
    } finally {
      await server.unsafe(`drop database if exists ${fresh} with (force)`);
      await server.end();
    }
  });

  it("refuses a role name that is not a plain identifier", () => {
    expect(() => portalRoleGrants('x"; drop table users; --')).toThrow(/角色名无效/);
    expect(portalRoleGrants("portal_app").join("\n")).toMatch(/GRANT SELECT, INSERT ON TABLE "audit_entries" TO "portal_app"/);
  });
});
