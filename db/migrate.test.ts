/**
 * Migration runs under the advisory lock, on a real PostgreSQL server (PGlite is one process per
 * folder, guarded by its lock file instead): instances that start together on a fresh database
 * all open it and apply each migration once, and a run waits while another holds the lock.
 */
import { randomBytes } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import type { Sql } from "postgres";
import { env } from "../lib/env";
import { openDatabase } from "./client";
import { MIGRATION_LOCK_KEY, MIGRATIONS_FOLDER } from "./migrate";

const KEY = MIGRATION_LOCK_KEY.toString();

describe.runIf(Boolean(env.databaseUrl))("migrations under the advisory lock (PostgreSQL)", () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  /** A fresh, empty database of its own; a connection to it for the test's own statements. */
  async function freshDatabase(): Promise<{ url: string; sql: Sql }> {
    const { default: postgres } = await import("postgres");
    const server = postgres(env.databaseUrl!, { max: 1, onnotice: () => {} });
    const name = `portal_boot_migrate_${process.pid}_${randomBytes(3).toString("hex")}`;
    await server.unsafe(`create database ${name}`);
    const url = new URL(env.databaseUrl!);
    url.pathname = `/${name}`;
    const sql = postgres(url.toString(), { max: 1, onnotice: () => {} });
    cleanups.push(async () => {
      await sql.end();
      await server.unsafe(`drop database if exists ${name} with (force)`);
      await server.end();
    });
    return { url: url.toString(), sql };
  }

  async function migrationCount(): Promise<number> {
    const { readMigrationFiles } = await import("drizzle-orm/migrator");
    return readMigrationFiles({ migrationsFolder: MIGRATIONS_FOLDER }).length;
  }

  /** Sessions of this database waiting for an advisory lock they have not been granted. */
  async function waitingForLock(sql: Sql): Promise<number> {
    const [row] = await sql`
      select count(*)::int as n from pg_locks
      where locktype = 'advisory' and not granted and database = (select oid from pg_database where datname = current_database())`;
    return row!.n as number;
  }

  it("five instances opening a fresh database at once all succeed, and each migration is applied once", async () => {
    const { url, sql } = await freshDatabase();
    const opened = await Promise.allSettled(
      Array.from({ length: 5 }, () => openDatabase({ engine: "postgres", url, maxConnections: 1 })),
    );
    for (const result of opened) if (result.status === "fulfilled") cleanups.push(() => result.value.close());
    expect(opened.map((r) => (r.status === "rejected" ? String(r.reason) : "ok"))).toEqual(Array(5).fill("ok"));

    const rows = await sql`select hash, count(*)::int as n from drizzle.__drizzle_migrations group by hash`;
    expect(rows).toHaveLength(await migrationCount());
    expect(rows.every((r) => r.n === 1)).toBe(true);
    // Every instance left the lock behind it.
    const [held] = await sql`select count(*)::int as n from pg_locks where locktype = 'advisory'`;
    expect(held!.n).toBe(0);
  });

  it("a migration run waits while another session holds the lock, migrating nothing until it is released", async () => {
    const { url, sql } = await freshDatabase();
    const [{ locked }] = (await sql`select pg_try_advisory_lock(${KEY}::bigint) as locked`) as unknown as [{ locked: boolean }];
    expect(locked).toBe(true);

    let settled = false;
    const opening = openDatabase({ engine: "postgres", url, maxConnections: 1 }).finally(() => {
      settled = true;
    });
    for (let i = 0; i < 100 && (await waitingForLock(sql)) === 0; i++) await new Promise((r) => setTimeout(r, 100));
    expect(await waitingForLock(sql)).toBe(1);
    await new Promise((r) => setTimeout(r, 300));
    expect(settled).toBe(false);
    const [before] = await sql`select count(*)::int as n from pg_namespace where nspname = 'drizzle'`;
    expect(before!.n).toBe(0);

    await sql`select pg_advisory_unlock(${KEY}::bigint)`;
    const connection = await opening;
    cleanups.push(() => connection.close());
    const [after] = await sql`select count(*)::int as n from drizzle.__drizzle_migrations`;
    expect(after!.n).toBe(await migrationCount());
  });

  it("opening a database with nothing pending does not wait for the lock", async () => {
    const { url, sql } = await freshDatabase();
    await (await openDatabase({ engine: "postgres", url, maxConnections: 1 })).close();
    await sql`select pg_advisory_lock(${KEY}::bigint)`;
    const started = Date.now();
    const connection = await openDatabase({ engine: "postgres", url, maxConnections: 1 });
    cleanups.push(() => connection.close());
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(await waitingForLock(sql)).toBe(0);
    await sql`select pg_advisory_unlock(${KEY}::bigint)`;
  });
});
