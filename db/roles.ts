/**
 * The portal's database role on a real PostgreSQL: what the owner (who runs the migrations)
 * grants the role the portal runs as. It may read and write the portal's tables, but the audit
 * trail only SELECT and INSERT: no UPDATE, DELETE or TRUNCATE, and — not being the owner — it
 * cannot ALTER, DROP or disable the triggers of any table either. The append-only triggers
 * (migration 0002) stay as a second wall, against the owner's own mistakes.
 *
 * The statements are idempotent; run them again after a migration that adds an append-only
 * table. Tables created later by the owner get the ordinary rights through the default privileges.
 */
import { sql } from "drizzle-orm";
import type { Database } from "./client";

/** Tables the portal may only add to and read. */
export const APPEND_ONLY_TABLES = ["audit_entries"] as const;

const ROLE_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

export function isRoleName(role: string): boolean {
  return ROLE_NAME.test(role);
}

/** The statements, for a role name already checked by isRoleName (quoted anyway). */
export function portalRoleGrants(role: string): string[] {
  if (!isRoleName(role)) throw new Error(`角色名无效：${role}（小写字母、数字和 _，以字母或 _ 开头）`);
  const r = `"${role}"`;
  return [
    // PostgreSQL before 15 lets every role create tables in public; nobody but the owner should.
    `REVOKE CREATE ON SCHEMA public FROM PUBLIC`,
    `GRANT USAGE ON SCHEMA public TO ${r}`,
    `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${r}`,
    ...APPEND_ONLY_TABLES.flatMap((table) => [`REVOKE ALL ON TABLE "${table}" FROM ${r}`, `GRANT SELECT, INSERT ON TABLE "${table}" TO ${r}`]),
    // nextval() for serial ids; not UPDATE, which would allow setval().
    `GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${r}`,
    `ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${r}`,
    `ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ${r}`,
    // The portal checks at start (db/migrate.ts) and for /api/health (db/health.ts) that no migration is pending, reading drizzle's record.
    `GRANT USAGE ON SCHEMA drizzle TO ${r}`,
    `GRANT SELECT ON TABLE drizzle.__drizzle_migrations TO ${r}`,
  ];
}

/** Run by the owner, on a migrated database, in one transaction. */
export async function grantPortalRole(db: Database, role: string): Promise<void> {
  const statements = portalRoleGrants(role);
  await db.transaction(async (tx) => {
    for (const statement of statements) await tx.execute(sql.raw(statement));
  });
}
