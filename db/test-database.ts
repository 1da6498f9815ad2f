/**
 * A real, empty, migrated database for one integration-test file: a fresh database on the
 * PostgreSQL server when DATABASE_URL is set (dropped afterwards), an in-memory PGlite otherwise.
 */
import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import type { SessionUser } from "../lib/auth/permissions";
import { env } from "../lib/env";
import { openDatabase, type Connection, type Executor } from "./client";
import { loadSessionUser } from "./queries/users";
import { departments, users } from "./schema";

export interface TestDatabase extends Connection {
  /** Runs raw SQL outside drizzle, to prove what the database itself refuses. */
  raw(query: string): Promise<unknown>;
}

export async function openTestDatabase(): Promise<TestDatabase> {
  if (!env.databaseUrl) {
    const connection = await openDatabase({ engine: "pglite" });
    return { ...connection, raw: (query) => connection.db.execute(query) };
  }
  const { default: postgres } = await import("postgres");
  const name = `portal_test_${process.pid}_${randomBytes(4).toString("hex")}`;
  const admin = postgres(env.databaseUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(env.databaseUrl);
  url.pathname = `/${name}`;
  const connection = await openDatabase({ engine: "postgres", url: url.toString(), maxConnections: 4 });
  return {
    ...connection,
    raw: (query) => connection.db.execute(query),
    close: async () => {
      await connection.close();
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

/** A seeded account as the server sees it on a request (role, county, departments). */
export async function seededUser(db: Executor, username: string): Promise<SessionUser> {
  const [row] = await db.select({ id: users.id }).from(users).where(eq(users.username, username));
  const user = row && (await loadSessionUser(db, row.id));
  if (!user) throw new Error(`${username} not seeded`);
  return user;
}

/** The id of a seeded department of the seed's county, by code. */
export async function seededDepartmentId(db: Executor, code: string): Promise<number> {
  const [row] = await db.select({ id: departments.id }).from(departments).where(eq(departments.code, code));
  if (!row) throw new Error(`department ${code} not seeded`);
  return row.id;
}
