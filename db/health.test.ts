/**
 * The readiness check (/api/health) against a real database — the embedded PGlite, or a fresh
 * database of the PostgreSQL server when DATABASE_URL is set: current, pending (a migration
 * missing from the record, or a database never migrated), unreachable, and too slow.
 */
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { env } from "../lib/env";
import { MigrationRefusedError, type Database } from "./client";
import { checkReadiness, type Readiness } from "./health";
import { openTestDatabase, type TestDatabase } from "./test-database";

const CURRENT: Readiness = { status: "ok", database: "ok", migrations: "current" };
const PENDING: Readiness = { status: "unavailable", database: "ok", migrations: "pending" };
const UNREACHABLE: Readiness = { status: "unavailable", database: "unreachable", migrations: "unknown" };

let t: TestDatabase;

beforeAll(async () => {
  t = await openTestDatabase();
});

afterAll(async () => {
  await t?.close();
});

describe("checkReadiness", () => {
  it("is ok on a database with every migration applied", async () => {
    expect(await checkReadiness(async () => t.db)).toEqual(CURRENT);
  });

  it("says pending when the newest migration is missing from the record (rolled back afterwards)", async () => {
    const rollback = new Error("rollback");
    const attempt = t.db.transaction(async (tx) => {
      await tx.execute(
        sql`delete from drizzle.__drizzle_migrations where created_at = (select max(created_at) from drizzle.__drizzle_migrations)`,
      );
      expect(await checkReadiness(async () => tx)).toEqual(PENDING);
      throw rollback;
    });
    await expect(attempt).rejects.toBe(rollback);
    expect(await checkReadiness(async () => t.db)).toEqual(CURRENT);
  });

  it("says pending on a database never migrated", async () => {
    if (env.databaseUrl) {
      const { default: postgres } = await import("postgres");
      const { drizzle } = await import("drizzle-orm/postgres-js");
      const server = postgres(env.databaseUrl, { max: 1, onnotice: () => {} });
      const name = `portal_boot_health_${process.pid}_${randomBytes(3).toString("hex")}`;
      await server.unsafe(`create database ${name}`);
      const url = new URL(env.databaseUrl);
      url.pathname = `/${name}`;
      const client = postgres(url.toString(), { max: 1, onnotice: () => {} });
      try {
        expect(await checkReadiness(async () => drizzle(client) as unknown as Database)).toEqual(PENDING);
      } finally {
        await client.end();
        await server.unsafe(`drop database if exists ${name} with (force)`);
        await server.end();
      }
    } else {
      const { PGlite } = await import("@electric-sql/pglite");
      const { drizzle } = await import("drizzle-orm/pglite");
      // Ready before the check: its own start (initdb, seconds on a busy machine) is not what is timed.
      const client = await PGlite.create();
      try {
        expect(await checkReadiness(async () => drizzle(client) as unknown as Database)).toEqual(PENDING);
      } finally {
        await client.close();
      }
    }
  });

  it("says pending when the portal's role may not apply a pending migration", async () => {
    expect(await checkReadiness(() => Promise.reject(new MigrationRefusedError("refused")))).toEqual(PENDING);
  });

  it("says unreachable when nothing answers at the database's address", async () => {
    const { default: postgres } = await import("postgres");
    const { drizzle } = await import("drizzle-orm/postgres-js");
    const client = postgres("postgres://postgres@127.0.0.1:1/nowhere", { max: 1, connect_timeout: 1, onnotice: () => {} });
    try {
      expect(await checkReadiness(async () => drizzle(client) as unknown as Database)).toEqual(UNREACHABLE);
      // As the server sees it: opening the database fails.
      expect(await checkReadiness(() => Promise.reject(Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" })))).toEqual(
        UNREACHABLE,
      );
    } finally {
      await client.end();
    }
  });

  it("says unreachable when the database does not answer in time", async () => {
    const started = Date.now();
    expect(await checkReadiness(() => new Promise<never>(() => {}), 200)).toEqual(UNREACHABLE);
    expect(Date.now() - started).toBeLessThan(2_000);
  });
});
