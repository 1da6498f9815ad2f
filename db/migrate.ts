/**
 * Migrating a PostgreSQL server that several portal instances share. Each instance migrates on
 * open (db/client.ts) and `npm run db:migrate` is the deploy step, so two runs may start at the
 * same moment: unguarded, both would run drizzle's CREATE … IF NOT EXISTS and the same pending
 * migration (a duplicate-key error at best, a migration applied twice at worst). Every run
 * therefore holds a session-level advisory lock on its one connection: a second run waits for it,
 * then finds nothing pending and migrates nothing.
 */
import path from "node:path";
import type { Sql } from "postgres";

export const MIGRATIONS_FOLDER = path.join(process.cwd(), "db", "migrations");

/**
 * The advisory lock every migration run of the portal's database takes (pg_advisory_lock's
 * bigint form; advisory locks are per database, so other databases on the server are not
 * concerned). Arbitrary but fixed: changing it lets an old and a new release migrate at once.
 */
export const MIGRATION_LOCK_KEY = 5_024_140_006n;

let newest: number | undefined;

/** The timestamp of this release's newest migration, as drizzle's migrator orders them. */
export async function newestMigration(): Promise<number> {
  if (newest === undefined) {
    const { readMigrationFiles } = await import("drizzle-orm/migrator");
    newest = Math.max(...readMigrationFiles({ migrationsFolder: MIGRATIONS_FOLDER }).map((m) => m.folderMillis));
  }
  return newest;
}

/**
 * Whether the database lacks a migration of db/migrations, decided as drizzle's migrator decides
 * (the newest applied migration's timestamp against the newest here). A database never migrated,
 * or whose record the role cannot read, counts as pending: migrate() then runs or says why not.
 */
async function migrationsPending(client: Sql): Promise<boolean> {
  try {
    const [row] = await client`select max(created_at) as created_at from drizzle.__drizzle_migrations`;
    return Number(row?.created_at ?? 0) < (await newestMigration());
  } catch {
    return true;
  }
}

/**
 * Applies what is pending, over one connection of its own that holds the migration lock while
 * it checks and migrates. When nothing is pending it returns without taking the lock or running
 * any DDL (a role without CREATE may call it).
 */
export async function migratePostgres(url: string): Promise<void> {
  const { default: postgres } = await import("postgres");
  const { drizzle } = await import("drizzle-orm/postgres-js");
  const { migrate } = await import("drizzle-orm/postgres-js/migrator");
  // One connection: the lock is the session's, so the migration must run in that same session.
  const client = postgres(url, { max: 1, onnotice: () => {} });
  try {
    if (!(await migrationsPending(client))) return;
    const key = MIGRATION_LOCK_KEY.toString();
    await client`select pg_advisory_lock(${key}::bigint)`;
    try {
      // Another run may have migrated while this one waited.
      if (await migrationsPending(client)) await migrate(drizzle(client), { migrationsFolder: MIGRATIONS_FOLDER });
    } finally {
      await client`select pg_advisory_unlock(${key}::bigint)`;
    }
  } finally {
    // Ending the session would release the lock too, should the unlock itself have failed.
    await client.end();
  }
}
